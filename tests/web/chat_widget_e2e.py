#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test of resources/web/chat-widget.js in headless Chromium, against a real
wegwijzer-chatd and a real agent client (chat_test_agent). Python standard library only: it talks
WebDriver over HTTP to chromedriver. Fails (never skips) when Chromium or chromedriver is missing.

  chat_widget_e2e.py --chatd BIN --admin BIN --agent BIN --web DIR
"""
import argparse
import functools
import http.server
import json
import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ENTER = "\ue007"
ESCAPE = "\ue00c"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(what, condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out waiting for " + what)


class WebDriver:
    def __init__(self, port):
        self.base = "http://127.0.0.1:%d" % port
        options = {"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--no-first-run", "--disable-background-networking"]}
        binary = shutil.which("chromium")
        if binary:
            options["binary"] = binary
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body if body is not None else {}).encode() if method == "POST" else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as error:
            raise AssertionError("WebDriver %s %s: %s" % (method, path, error.read().decode()[:500]))

    def s(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.session, path), body)

    def get(self, url):
        self.s("POST", "/url", {"url": url})

    def url(self):
        return self.s("GET", "/url")

    def find(self, css):
        found = self.s("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(found.values()))

    def click(self, css):
        self.s("POST", "/element/%s/click" % self.find(css))

    def type(self, css, text):
        self.s("POST", "/element/%s/value" % self.find(css), {"text": text})

    def script(self, source, *args):
        return self.s("POST", "/execute/sync", {"script": source, "args": list(args)})

    def keys(self, *keys):
        actions = []
        for key in keys:
            actions += [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]
        self.s("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})

    def quit(self):
        try:
            self.call("DELETE", "/session/" + self.session)
        except Exception:
            pass


class Agent:
    """The agent test program, its stdout lines collected in a queue."""

    def __init__(self, binary, url, db, name):
        self.process = subprocess.Popen([binary, "--url", url, "--db", db, "--name", name],
                                        stdout=subprocess.PIPE, text=True)
        self.lines = []
        self.queue = queue.Queue()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        for line in self.process.stdout:
            self.queue.put(line.rstrip("\n"))

    def saw(self, text, timeout=10.0):
        def found():
            while not self.queue.empty():
                self.lines.append(self.queue.get())
            return any(line == text or line.startswith(text) for line in self.lines)
        wait_until("the agent to see %r (saw %r)" % (text, self.lines), found, timeout)

    def count(self, text):
        while not self.queue.empty():
            self.lines.append(self.queue.get())
        return sum(1 for line in self.lines if line == text)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def start_gateway(binary, db, port):
    """Starts wegwijzer-chatd and waits until it listens; its log is read on so it never blocks."""
    process = subprocess.Popen([binary, "--db", db, "--listen", "127.0.0.1:%d" % port],
                               stderr=subprocess.PIPE, text=True)
    listening = threading.Event()

    def drain():
        for line in process.stderr:
            if "listening" in line:
                listening.set()
    threading.Thread(target=drain, daemon=True).start()
    if not listening.wait(10):
        raise AssertionError("wegwijzer-chatd did not start")
    return process


def transcript(driver):
    return driver.script("return Array.from(document.querySelectorAll('#wwc-log .wwc-text')).map(e => e.textContent);")


def main():
    parser = argparse.ArgumentParser()
    for option in ("--chatd", "--admin", "--agent", "--web"):
        parser.add_argument(option, required=True)
    args = parser.parse_args()
    chromedriver = shutil.which("chromedriver")
    if not chromedriver or not shutil.which("chromium"):
        print("FAIL: chromium and chromedriver are needed (Debian packages chromium, chromium-driver)")
        return 1

    processes = []
    work = tempfile.mkdtemp(prefix="ww-widget-e2e-")
    driver = None
    web = None
    try:
        db = "sqlite://" + os.path.join(work, "cases.db")
        subprocess.run([args.admin, "db", "migrate", "--db", db], check=True, stdout=subprocess.DEVNULL)
        gateway_port = free_port()
        chatd = start_gateway(args.chatd, db, gateway_port)
        processes.append(chatd)
        gateway = "ws://127.0.0.1:%d/" % gateway_port

        site = os.path.join(work, "site")
        shutil.copytree(args.web, site)
        with open(os.path.join(site, "neutral.html"), "w") as neutral:
            neutral.write("<!DOCTYPE html><title>Weer</title><p>Het weer</p>")
        handler = functools.partial(QuietHandler, directory=site)
        web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=web.serve_forever, daemon=True).start()
        page = "http://127.0.0.1:%d/index.html?gateway=%s&exit=/neutral.html" % (web.server_port, gateway)

        driver_port = free_port()
        processes.append(subprocess.Popen([chromedriver, "--port=%d" % driver_port],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_until("chromedriver", lambda: _answers(driver_port))
        driver = WebDriver(driver_port)

        # The visitor opens the page, hands over a tree path and starts a chat while no agent is there:
        # the widget says so plainly, with the service's number to call instead.
        driver.get(page + "&phone=0800%20123%2045%2067")
        assert driver.script("return document.getElementById('wwc-start').textContent;") == "Chat starten"
        assert driver.script("return document.querySelector('label[for=wwc-input]').textContent;") == "Je bericht"
        driver.script("window.wegwijzerChat.setTreePath('website-tree-1', ['start', 'who', 'bullying']);")
        driver.click("#wwc-start")
        nobody = "Je staat in de wachtrij. Je bent nummer 1. Er is nu niemand vrij om te chatten. " \
                 "Je kunt blijven wachten, of bellen naar 0800 123 45 67."
        wait_until("the nobody-free status", lambda: driver.script(
            "return document.getElementById('wwc-status').textContent;") == nobody)
        assert driver.script("return document.getElementById('wwc-phone').getAttribute('href');") == "tel:08001234567"

        # An agent logs in: the chat is theirs, and the widget says so.
        agent = Agent(args.agent, gateway, db, "maria")
        processes.append(agent.process)
        agent.saw("ready maria")
        agent.saw("assigned tree=website-tree-1 path=start,who,bullying")
        wait_until("the joined status", lambda: "medewerker bij je" in driver.script(
            "return document.getElementById('wwc-status').textContent;"))

        # Both ways: the visitor's message reaches the agent, the agent's answer the visitor.
        driver.type("#wwc-input", "Ik word gepest" + ENTER)
        agent.saw("message visitor Ik word gepest")
        wait_until("the agent's answer in the widget",
                   lambda: transcript(driver) == ["Ik word gepest", "Ontvangen: Ik word gepest"])
        assert driver.script("return document.getElementById('wwc-log').getAttribute('aria-live');") == "polite"

        # English, then a reload: the chat resumes with the token and shows each message once.
        driver.click("#wwc-language")
        assert driver.script("return document.getElementById('wwc-send').textContent;") == "Send"
        driver.get(page)
        wait_until("the resumed transcript", lambda: transcript(driver) == ["Ik word gepest", "Ontvangen: Ik word gepest"])
        driver.type("#wwc-input", "Nog een vraag" + ENTER)
        wait_until("the second answer", lambda: transcript(driver)[-1:] == ["Ontvangen: Nog een vraag"])
        assert agent.count("message visitor Ik word gepest") == 1, agent.lines
        assert transcript(driver).count("Ik word gepest") == 1

        # The gateway drops the connection (restart): the widget reconnects by itself.
        chatd.terminate()
        chatd.wait(10)
        chatd = start_gateway(args.chatd, db, gateway_port)
        processes.append(chatd)
        wait_until("the widget to reconnect", lambda: driver.script(
            "return window.wegwijzerChat.ready === true;"), timeout=20)
        driver.type("#wwc-input", "Na de herstart" + ENTER)
        wait_until("an answer after the restart", lambda: transcript(driver)[-1:] == ["Ontvangen: Na de herstart"],
                   timeout=15)

        # A long conversation, then a reload: the transcript comes back at once and is acknowledged
        # cumulatively, so the child is not told to slow down and the connection stays open.
        for number in range(20):
            driver.script("var w = window.wegwijzerChat; w.input.value = arguments[0]; w.sendText();",
                          "Bericht %d" % number)
            time.sleep(0.15)
        wait_until("twenty answers", lambda: transcript(driver)[-1:] == ["Ontvangen: Bericht 19"], timeout=20)
        long_transcript = transcript(driver)
        assert len(long_transcript) == 46, long_transcript
        driver.get(page)
        wait_until("the long transcript again", lambda: transcript(driver) == long_transcript, timeout=15)
        time.sleep(1.0)  # any refusal of the replay's acknowledgements would have arrived by now
        alert = driver.script("return document.getElementById('wwc-alert').textContent;")
        assert alert == "", "after a reload of %d messages the widget says %r" % (len(long_transcript), alert)
        assert driver.script("return window.wegwijzerChat.ready === true;")
        driver.type("#wwc-input", "Na het herladen" + ENTER)
        wait_until("an answer after the long reload", lambda: transcript(driver)[-1:] == ["Ontvangen: Na het herladen"])
        assert agent.count("message visitor Bericht 3") == 1, agent.lines

        # Quick exit with Esc twice: the page is replaced, and nothing of the chat stays.
        driver.keys(ESCAPE, ESCAPE)
        wait_until("the neutral page", lambda: driver.url().endswith("/neutral.html"))
        agent.saw("ended visitor-ended")
        driver.get(page)
        assert driver.script("return window.sessionStorage.length;") == 0
        assert transcript(driver) == []
        assert driver.script("return document.getElementById('wwc-form').hidden;") is True
        print("PASS: messages went both ways, resumed after a reload and a gateway restart, a long transcript "
              "reloaded without a rate limit, quick exit left nothing")
        return 0
    finally:
        if driver:
            driver.quit()
        if web:
            web.shutdown()
        for process in processes:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(work, ignore_errors=True)


def _answers(port):
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d/status" % port, timeout=1) as response:
            return json.loads(response.read())["value"]["ready"]
    except Exception:
        return False


if __name__ == "__main__":
    sys.exit(main())
