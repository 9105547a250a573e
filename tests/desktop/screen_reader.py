#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Works a phone case in the real desktop as a screen reader sees it: through the accessibility bus
(AT-SPI), with real key presses (xdotool). Started by screen-reader.sh inside a private X server and
D-Bus session. Fails on what would leave a blind agent stuck:

- an interactive object (button, field, list, ...) without a name;
- a focus event for an object the agent did not move to (a key press moves focus at most once);
- a question or an error that reaches the bus without being announced: an alert or notification
  that shows its text, or the text in the description of the control that has the focus;
- a Tab or Shift+Tab cycle that misses a control the other one reaches, or that does not come round.
"""
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

INTERACTIVE = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box', 'text', 'password text',
    'entry', 'spin button', 'list', 'table', 'tree', 'tree table', 'slider', 'page tab', 'menu item',
    'check menu item', 'radio menu item',
}
ANNOUNCING_ROLES = {'alert', 'notification'}
CONTAINERS = {'list', 'table', 'tree', 'tree table'}


class Bus:
    """Records the events a screen reader acts on. Every wait pumps the GLib loop that delivers them:
    libatspi is not made for threads, so everything here runs on one."""

    EVENTS = ('object:state-changed:focused', 'object:state-changed:showing')

    def __init__(self):
        self.events = []
        self.context = GLib.MainContext.default()
        self.listen()

    def listen(self):
        pyatspi.Registry.registerEventListener(self._on_event, *self.EVENTS)

    def listen_again(self):
        """Tells the desktop anew what a screen reader listens to, as one that starts later does."""
        pyatspi.Registry.deregisterEventListener(self._on_event, *self.EVENTS)
        self.listen()

    def _on_event(self, event):
        if event.detail1 != 1:
            return
        try:
            source = event.source
            self.events.append({
                'type': event.type, 'object': source, 'role': source.getRoleName(), 'name': source.name or '',
                'description': source.description or '', 'text': self._text(source),
            })
        except Exception:  # the object went away before it could be read
            return

    @staticmethod
    def _text(source):
        try:
            text = source.queryText()
            return text.getText(0, text.characterCount)
        except Exception:
            return ''

    def wait(self, seconds):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while self.context.iteration(False):
                pass
            time.sleep(0.01)

    def take(self):
        taken, self.events = self.events, []
        return taken


class Probe:
    def __init__(self):
        self.bus = Bus()
        self.failures = []
        self.focus = None

    def fail(self, step, message):
        self.failures.append(f'{step}: {message}')
        print(f'FAIL {step}: {message}', flush=True)

    def press(self, key, settle=1.0):
        self.bus.wait(0.05)
        self.bus.take()
        subprocess.run(['xdotool', 'key', '--clearmodifiers', key], check=True)
        self.bus.wait(settle)
        events = self.bus.take()
        focused = collapse([e for e in events if e['type'] == 'object:state-changed:focused'])
        if focused:
            self.focus = focused[-1]
        return events, focused

    def step(self, key, label, *, announce=None, settle=1.0):
        """Presses key; fails on more than one focus event and on an unannounced text."""
        events, focused = self.press(key, settle)
        if len(focused) > 1:
            moved = ', '.join(f"{e['role']} '{e['name']}'" for e in focused)
            self.fail(label, f'{len(focused)} focus events for one key press: {moved}')
        if announce is not None:
            self.check_announced(label, announce, events)
        return events

    def check_announced(self, label, text, events):
        for event in events:
            if event['type'] == 'object:state-changed:showing' and event['role'] in ANNOUNCING_ROLES:
                if text.lower() in (event['name'] + ' ' + event['text']).lower():
                    return
        focus = self.focus
        if focus and text.lower() in focus['description'].lower():
            return
        self.fail(label, f"'{text}' reached the screen without an announcement "
                         f"(focus: {focus['role'] if focus else None} '{focus['name'] if focus else ''}')")

    def application(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == 'Wegwijzer Desk':
                return app
        raise SystemExit('the desktop is not on the accessibility bus')

    def active_window(self):
        for window in self.application():
            if window is not None and window.getState().contains(pyatspi.STATE_ACTIVE):
                return window
        return None

    def check_names(self, label):
        """Every showing interactive object of the active window has a name."""
        window = self.active_window()
        if window is None:
            self.fail(label, 'no active window')
            return
        unnamed = []

        def visit(node, depth):
            if node is None or depth > 40:
                return
            state = node.getState()
            if not state.contains(pyatspi.STATE_SHOWING):
                return
            role = node.getRoleName()
            if role in INTERACTIVE and not (node.name or '').strip():
                unnamed.append(f'{role} in {node.parent.getRoleName() if node.parent else "?"} '
                               f"'{node.parent.name if node.parent else ''}'")
            if role in ('table', 'tree', 'tree table', 'list'):
                return  # cells are named by their contents
            for child in node:
                visit(child, depth + 1)

        visit(window, 0)
        for item in unnamed:
            self.fail(label, f'{item} has no name')

    def check_checkable_themes(self, label):
        window = self.active_window()
        found = []

        def visit(node, depth):
            if node is None or depth > 40 or found:
                return
            if (node.name or '').lower().startswith(('thema', 'theme')) and node.getRoleName() != 'label':
                found.append(node)
                return
            for child in node:
                visit(child, depth + 1)

        visit(window, 0)
        if not found:
            self.fail(label, 'no list of themes')
            return
        items = [item for item in found[0] if item is not None and item.getRoleName() != 'scroll bar']
        # A check box is checkable by its role (Qt 6.4 does not send the checkable state itself).
        not_checkable = [item.name for item in items if item.getRoleName() != 'check box'
                         and not item.getState().contains(pyatspi.STATE_CHECKABLE)]
        if not items or not_checkable:
            self.fail(label, f'{len(not_checkable)} of {len(items)} themes are not exposed as checkable')

    def cycle(self, key, label, limit=90):
        """Presses key until focus comes back where it started; returns the objects passed."""
        start = self.focus
        if start is None:
            self.fail(label, 'nothing has the focus')
            return []
        seen = []
        for _ in range(limit):
            _, focused = self.press(key, 0.25)
            if not focused:
                self.bus.wait(0.5)
                _, focused = self.press(key, 0.4)  # a slow paint; try once more
                if not focused:
                    self.fail(label, f'{key} moved focus nowhere after {describe(self.focus)}')
                    return seen
            for event in focused[:-1]:
                self.fail(label, f'{key} passed through {describe(event)} on its way')
            current = focused[-1]
            if current['object'] == start['object']:
                return seen
            seen.append(current)
        self.fail(label, f'{key} did not come back to {describe(start)} in {limit} presses: '
                         + ', '.join(describe(e) for e in seen[:30]))
        return seen

    def check_tab_cycles(self, label):
        forward = self.cycle('Tab', label + ' (Tab)')
        backward = self.cycle('shift+Tab', label + ' (Shift+Tab)')
        ids = lambda events: {describe(e) for e in events}
        for missing in sorted(ids(forward) - ids(backward)):
            self.fail(label, f'Shift+Tab never reaches {missing}, Tab does')
        for missing in sorted(ids(backward) - ids(forward)):
            self.fail(label, f'Tab never reaches {missing}, Shift+Tab does')
        print(f'{label}: Tab passes {len(forward) + 1} controls, Shift+Tab {len(backward) + 1}', flush=True)


def collapse(focused):
    """A list or table that takes the focus passes it on to its current item: one move, not two."""
    moves = []
    for event in focused:
        if moves and related(moves[-1], event):
            moves[-1] = event
            continue
        moves.append(event)
    return moves


def related(first, second):
    """One is a list or table and the other one of its items, in either order."""
    try:
        return ((first['role'] in CONTAINERS and second['object'].parent == first['object'])
                or (second['role'] in CONTAINERS and first['object'].parent == second['object']))
    except Exception:
        return False


def describe(event):
    return f"{event['role']} '{event['name']}'" if event else 'nothing'


def start_desk(probe, desk, work):
    """Starts the desktop once the probe listens, and gives its window the keyboard. Returns the process."""
    log = open(f'{work}/desk.log', 'w')
    process = subprocess.Popen([desk, '--db', f'sqlite://{work}/cases.db'], stdout=log, stderr=subprocess.STDOUT)
    end = time.monotonic() + 60
    while time.monotonic() < end:
        found = subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', 'Wegwijzer Desk'],
                               capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            break
        probe.bus.wait(0.2)
    else:
        raise SystemExit('the desktop showed no window within 60 s')
    # As a window manager would: the desktop's window has the keyboard. The focus it gets is the first
    # event a screen reader hears; without it nothing later can be judged.
    for _ in range(3):
        subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', 'Wegwijzer Desk', 'windowfocus', '--sync'],
                       check=True)
        probe.bus.wait(2.0)
        focused = [e for e in probe.bus.take() if e['type'] == 'object:state-changed:focused']
        if focused:
            probe.focus = focused[-1]
            return process
        print('no focus event from the desktop yet; listening anew', flush=True)
        probe.bus.listen_again()
        probe.bus.wait(1.0)
        # Move the focus: a change the desktop must report.
        subprocess.run(['xdotool', 'key', '--clearmodifiers', 'Tab'], check=True)
        probe.bus.wait(1.0)
        focused = [e for e in probe.bus.take() if e['type'] == 'object:state-changed:focused']
        if focused:
            probe.focus = focused[-1]
            subprocess.run(['xdotool', 'key', '--clearmodifiers', 'shift+Tab'], check=True)
            probe.bus.wait(1.0)
            probe.bus.take()
            return process
    window = subprocess.run(['xdotool', 'getwindowfocus', 'getwindowname'], capture_output=True, text=True)
    raise SystemExit('the desktop sends no focus events over the accessibility bus '
                     f"(the keyboard is on the window '{window.stdout.strip()}')")


def main():
    desk, work = sys.argv[1], sys.argv[2]
    probe = Probe()
    process = start_desk(probe, desk, work)
    try:
        return work_a_phone_case(probe)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        if probe.failures:
            print('--- desktop log', flush=True)
            print(open(f'{work}/desk.log').read(), flush=True)


def work_a_phone_case(probe):
    probe.check_names('my cases')

    # A phone case: the first question is announced, and only the answer chosen is ever focused.
    probe.step('F2', 'F2 opens a phone case', announce='is er nu gevaar')
    probe.check_names('phone case')
    probe.step('5', 'answer "no danger"', announce='Wie belt')
    probe.step('2', 'answer "parent"')
    probe.step('BackSpace', 'one step back', announce='Wie belt')

    # Hold is announced; so are the missing items when closing is refused.
    probe.step('F6', 'hold', announce='in de wacht')
    probe.step('F6', 'resume')
    probe.step('F8', 'end the contact', announce='Voordat je deze casus kunt sluiten')
    probe.step('F9', 'closing refused', announce='Kies wie er belde')
    probe.check_tab_cycles('case in wrap-up')

    # The themes can be ticked: a screen reader must hear that each one is a check box, and whether ticked.
    probe.check_checkable_themes('themes')

    # Every dialog: names, the Tab cycle both ways, an error announced, Esc closes it.
    probe.step('ctrl+h', 'hand-over dialog')
    probe.check_names('hand-over dialog')
    probe.check_tab_cycles('hand-over dialog')
    probe.step('Return', 'hand over without a receiver', announce='wie de casus overneemt')
    probe.step('Escape', 'hand-over dialog closed')

    probe.step('F10', 'follow-up dialog')
    probe.check_names('follow-up dialog')
    probe.check_tab_cycles('follow-up dialog')
    probe.step('Escape', 'follow-up dialog closed')

    probe.step('ctrl+F2', 'website code dialog')
    probe.check_names('website code dialog')
    probe.check_tab_cycles('website code dialog')
    probe.step('Return', 'no code typed', announce='6 cijfers')
    probe.step('Escape', 'website code dialog closed')

    for key, name in (('ctrl+shift+l', 'case log'), ('ctrl+shift+d', 'dashboard')):
        probe.step(key, name, settle=2.0)
        window = probe.active_window()
        if window is None or window.getRoleName() not in ('frame', 'window', 'dialog'):
            probe.fail(name, f"has no window role ({window.getRoleName() if window else 'no window'})")
        probe.check_names(name)
        probe.check_tab_cycles(name)
        probe.step('Escape', name + ' closed by Esc')
        window = probe.active_window()
        if window is not None and window.name and name.split()[0].lower() in window.name.lower():
            probe.fail(name, 'Esc does not close it')

    if probe.failures:
        print(f'{len(probe.failures)} problem(s) a screen-reader user meets', flush=True)
        return 1
    print('a screen-reader user can work the phone case and every dialog', flush=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
