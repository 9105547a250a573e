#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Takes the README's screenshots of the chat and supervisor windows: a real wegwijzer-chatd, the
real desktop on a private Xvfb driven with xdotool, and a visitor in headless Chromium using the web
widget. Needs Xvfb, xdotool, imagemagick (import), chromium and chromium-driver.

  docs/screenshots/take_screenshots.py BUILD_DIR
"""
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.dirname(os.path.dirname(here))
sys.path.insert(0, os.path.join(source, "tests", "web"))
from chat_widget_e2e import ENTER, QuietHandler, WebDriver, _answers, free_port, start_gateway, wait_until  # noqa: E402


def xdotool(*args):
    return subprocess.run(["xdotool", *args], capture_output=True, text=True).stdout.strip()


def window(name, timeout=20.0):
    return wait_until("window " + name, lambda: xdotool("search", "--onlyvisible", "--name", name).split("\n")[0],
                      timeout)


def keys(name, *sequence):
    xdotool("search", "--onlyvisible", "--name", name, "windowfocus", "--sync", "key", *sequence)


def shoot(name, path):
    subprocess.run(["import", "-window", window(name), path], check=True)
    print("wrote", path)


def main():
    build = os.path.abspath(sys.argv[1])
    admin = os.path.join(build, "app/admin/wegwijzer-admin")
    work = tempfile.mkdtemp(prefix="ww-shots-")
    env = dict(os.environ, HOME=work, USER="maria", XDG_CONFIG_HOME=work + "/config", XDG_DATA_HOME=work + "/data",
               XDG_RUNTIME_DIR=work + "/run", QT_QPA_PLATFORM="xcb", LANG="nl_NL.UTF-8")
    os.makedirs(work + "/run", mode=0o700)
    db = "sqlite://" + os.path.join(work, "cases.db")
    processes = []
    try:
        subprocess.run([admin, "db", "migrate", "--db", db], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([admin, "demo", "seed", "--db", db, "--cases", "3000", "--owner", "maria", "--owner", "ahmed"],
                       check=True, stdout=subprocess.DEVNULL)
        port = free_port()
        processes.append(start_gateway(os.path.join(build, "app/chatd/wegwijzer-chatd"), db, port))

        display = ":%d" % (50 + os.getpid() % 40)
        processes.append(subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"]))
        env["DISPLAY"] = os.environ["DISPLAY"] = display
        time.sleep(1)
        processes.append(subprocess.Popen([os.path.join(build, "app/desk/wegwijzer-desk"), "--db", db,
                                           "--chat", "ws://127.0.0.1:%d" % port], env=env))
        window("^Wegwijzer Desk$")
        time.sleep(1)

        # The visitor on the website: the tree path they walked goes with the chat.
        site = os.path.join(work, "site")
        shutil.copytree(os.path.join(source, "resources/web"), site)
        web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=site))
        threading.Thread(target=web.serve_forever, daemon=True).start()
        driver_port = free_port()
        processes.append(subprocess.Popen(["chromedriver", "--port=%d" % driver_port],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_until("chromedriver", lambda: _answers(driver_port))
        driver = WebDriver(driver_port)
        identity = subprocess.run(["sqlite3", os.path.join(work, "cases.db"), "SELECT identity FROM trees LIMIT 1"],
                                  capture_output=True, text=True).stdout.strip()
        walk = json.loads(subprocess.run([admin, "tree", "walk", os.path.join(source, "resources/tree/wegwijzer.tree.json"),
                                          "--answer", "geen-gevaar", "--json"], capture_output=True, text=True).stdout)
        driver.get("http://127.0.0.1:%d/index.html?gateway=ws://127.0.0.1:%d/" % (web.server_port, port))
        driver.script("window.wegwijzerChat.setTreePath(arguments[0], arguments[1]);", identity, walk["path"])
        driver.click("#wwc-start")

        keys("^Wegwijzer Desk$", "ctrl+shift+c")
        window("Chats")
        time.sleep(2)
        shoot("Chats", os.path.join(here, "chat-queue.png"))
        # Chats are offered by availability: the agent accepts the offer.
        keys("Chats", "ctrl+shift+Return")
        time.sleep(2)
        keys("Chats", "ctrl+t")
        time.sleep(1)
        driver.type("#wwc-input", "Ik ben een leerling. Ik word gepest in de klas en weet niet wat ik moet doen" + ENTER)
        time.sleep(2)
        shoot("Chats", os.path.join(here, "chat-conversation.png"))

        keys("^Wegwijzer Desk$", "ctrl+shift+l")
        window("Casuslogboek")
        time.sleep(2)
        shoot("Casuslogboek", os.path.join(here, "case-log.png"))
        for _ in range(3):  # the keystroke may reach the case log window first
            keys("^Wegwijzer Desk$", "ctrl+shift+d")
            time.sleep(1)
            if xdotool("search", "--onlyvisible", "--name", "Dashboard"):
                break
        window("Dashboard")
        time.sleep(3)
        shoot("Dashboard", os.path.join(here, "dashboard.png"))
        driver.quit()
    finally:
        for process in reversed(processes):
            process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
