#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Takes the README's screenshots of a phone case in each appearance (View → Appearance): the real desktop on
a private Xvfb with a window manager, driven by keyboard with xdotool. Needs Xvfb, openbox, xdotool and
imagemagick (import).

  docs/screenshots/take_appearance_screenshots.py BUILD_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from take_editor_screenshot import wait_for_window, xdotool  # noqa: E402


def shoot_case(desk, appearance, path):
    work = tempfile.mkdtemp(prefix="ww-appearance-")
    config = os.path.join(work, "config", "Wegwijzer")
    os.makedirs(config)
    with open(os.path.join(config, "Wegwijzer Desk.conf"), "w") as settings:
        settings.write("[appearance]\ntheme=%s\n\n[firstRun]\ndone=true\n" % appearance)
    env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"), QT_QPA_PLATFORM="xcb")
    process = subprocess.Popen([desk, "--db", "sqlite://" + os.path.join(work, "cases.db")], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        window = wait_for_window("Wegwijzer")
        xdotool("windowsize", window, "1500", "900")
        xdotool("windowfocus", "--sync", window)
        time.sleep(1.0)
        # A phone case: F2, the pupil answer and two more, a note, and the wrap-up checklist (F9).
        for key in ("F2", "1", "1", "1"):
            xdotool("key", "--window", window, key)
            time.sleep(0.6)
        xdotool("key", "--window", window, "F9")
        time.sleep(1.0)
        subprocess.run(["import", "-window", window, path], check=True)
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(work, ignore_errors=True)


def main():
    desk = os.path.join(sys.argv[1], "app", "desk", "wegwijzer-desk")
    display = ":97"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
    os.environ["DISPLAY"] = display
    time.sleep(1.0)
    manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        for appearance, name in (("system", "desk-case.png"), ("dark", "desk-dark.png"),
                                 ("high-contrast", "desk-high-contrast.png")):
            shoot_case(desk, appearance, os.path.join(here, name))
            print("wrote", name)
    finally:
        manager.terminate()
        xvfb.terminate()


if __name__ == "__main__":
    main()
