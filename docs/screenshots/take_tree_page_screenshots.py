#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders the page `wegwijzer-admin tree export-html` writes in headless Chromium, as its users see it:
a question and an outcome at desktop and at phone width (whole pages, to look at), and the README's
picture docs/screenshots/tree-page.png. Needs chromium and chromium-driver.

  docs/screenshots/take_tree_page_screenshots.py BUILD_DIR OUT_DIR [--lang en] [--answers A,B,...]

The walk takes the given answers, then the first answer at every further question.
"""
import argparse
import base64
import os
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.dirname(os.path.dirname(here))
sys.dont_write_bytecode = True  # the modules imported below leave nothing in the source tree
sys.path.insert(0, os.path.join(source, "tests", "web"))
from chat_widget_e2e import _answers, free_port, wait_until  # noqa: E402
from tree_page_e2e import ONE, STATE, Browser  # noqa: E402


def screen(driver, width, height, phone):
    driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setDeviceMetricsOverride", "params": {
        "width": width, "height": height, "deviceScaleFactor": 2 if phone else 1, "mobile": phone}})


def png(driver, path, width, phone, whole):
    """The viewport, or the whole page shown in one viewport (so the sticky header stays on top)."""
    driver.script("window.scrollTo(0, 0); document.activeElement.blur();")
    if whole:
        screen(driver, width, driver.script("return document.documentElement.scrollHeight;"), phone)
    shot = driver.s("POST", "/goog/cdp/execute", {"cmd": "Page.captureScreenshot", "params": {"format": "png"}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    print("wrote", path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("out")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--answers", default="")
    args = parser.parse_args()
    admin = os.path.join(os.path.abspath(args.build), "app/admin/wegwijzer-admin")
    work = tempfile.mkdtemp(prefix="ww-tree-shots-")
    os.makedirs(args.out, exist_ok=True)
    page = os.path.join(work, "page.html")
    subprocess.run([admin, "tree", "export-html", os.path.join(source, "resources/tree/wegwijzer.tree.json"),
                    "--chat", "wss://chat.example/", "-o", page], check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    chromedriver = subprocess.Popen(["chromedriver", "--port=%d" % port], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
    try:
        wait_until("chromedriver", lambda: _answers(port))
        for name, width, height, phone in (("desktop", 1280, 1000, False), ("phone", 390, 844, True)):
            driver = Browser(port, width, height)
            try:
                screen(driver, width, height, phone)
                driver.get("file://" + page)
                state = driver.script(STATE + "return state();")
                if args.lang != state["lang"]:
                    state = driver.script(ONE, "lang", None)
                answers = [a for a in args.answers.split(",") if a]
                taken = 0
                while state["kind"] == "question":
                    answer = answers[taken] if taken < len(answers) else state["options"][0]
                    state = driver.script(ONE, "answer", answer)
                    taken += 1
                    if taken == 2:
                        png(driver, os.path.join(args.out, "tree-page-question-%s.png" % name), width, phone, True)
                        screen(driver, width, height, phone)
                if name == "desktop":
                    png(driver, os.path.join(here, "tree-page.png"), width, phone, False)
                png(driver, os.path.join(args.out, "tree-page-outcome-%s.png" % name), width, phone, True)
            finally:
                driver.quit()
    finally:
        chromedriver.terminate()
        chromedriver.wait(5)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
