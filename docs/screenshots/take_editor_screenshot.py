#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Takes docs/screenshots/editor.png: the real desktop on a private Xvfb with an embedded database, the tree
editor opened with Ctrl+Shift+E and driven with xdotool. Needs Xvfb, xdotool and imagemagick (import).

  docs/screenshots/take_editor_screenshot.py BUILD_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))


def xdotool(*args):
    return subprocess.run(["xdotool", *args], capture_output=True, text=True).stdout.strip()


def wait_for_window(name, timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = xdotool("search", "--onlyvisible", "--name", name).split("\n")[0]
        if found:
            return found
        time.sleep(0.3)
    raise SystemExit("no window " + name)


def keys(window, *sequence):
    xdotool("windowfocus", "--sync", window, "key", "--delay", "60", *sequence)
    time.sleep(0.6)


def main():
    build = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="ww-editor-shot-")
    env = dict(os.environ, HOME=work, USER="maria", XDG_CONFIG_HOME=work + "/config", XDG_DATA_HOME=work + "/data",
               XDG_RUNTIME_DIR=work + "/run", QT_QPA_PLATFORM="xcb", LANG="nl_NL.UTF-8")
    os.makedirs(work + "/run", mode=0o700)
    display = ":%d" % (50 + os.getpid() % 40)
    processes = [subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"])]
    env["DISPLAY"] = os.environ["DISPLAY"] = display
    try:
        time.sleep(1.5)
        desk = os.path.join(build, "app/desk/wegwijzer-desk")
        processes.append(subprocess.Popen([desk, "--db", "sqlite://" + os.path.join(work, "cases.db")], env=env))
        main_window = wait_for_window("Wegwijzer")
        keys(main_window, "ctrl+shift+e")
        editor = wait_for_window("Boom bewerken")
        xdotool("windowsize", "--sync", editor, "1400", "900")
        xdotool("windowmove", "--sync", editor, "0", "0")
        # Find a question with answers, add jargon to its text (a language warning appears while typing),
        # and show the drawing and the problems list.
        keys(editor, "ctrl+f")
        xdotool("type", "--delay", "40", "wie-belt")
        keys(editor, "Return", "alt+3", "ctrl+End")
        xdotool("type", "--delay", "40", " Gaat het om een zedendelict?")
        keys(editor, "alt+2", "ctrl+minus")
        keys(editor, "alt+4")
        time.sleep(1.0)
        path = os.path.join(here, "editor.png")
        subprocess.run(["import", "-window", "root", "-crop", "1400x900+0+0", path], check=True, env=env)
        print("wrote", path)
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
