#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test of the phone code: the page `tree export-html --chat URL --phone NUMBER` writes, in headless
Chromium, a real wegwijzer-chatd on PostgreSQL, and the desk.

Walks the page along seeded random paths; at each outcome the visitor asks for a code (by mouse or by keyboard),
the page shows and announces it, and the desk redeems it as an agent through its core path (the case it starts
must stand where `tree walk` with the same answers stands, with the same parties); a second redeem says "used".
Once mid-walk with "Ik wil bellen", redeemed through the desk's real window (Ctrl+F2's dialog). An expired code
(its expiry moved back by the database's owner) is refused. Python standard library only; fails (never skips)
when Chromium, chromedriver or the PostgreSQL test server (WW_TEST_POSTGRES_URL) is missing.

  phone_code_e2e.py --admin BIN --chatd BIN --desk BIN --tree FILE --directory FILE [--paths N] [--seed S]
"""
import argparse
import functools
import http.server
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.dont_write_bytecode = True  # the modules imported below leave nothing in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chat_widget_e2e import ENTER, _answers, free_port, start_gateway, wait_until  # noqa: E402
from tree_page_e2e import (STATE, Browser, Content, CountingHandler, Failures, check, compare, export,  # noqa: E402
                           random_walk, tree_walk)

PHONE = "0800 1234 567"

# What the phone block shows: the code, the live region's text, and where the focus is.
PHONE_STATE = """
var code = document.getElementById('ww-phone-code');
var status = document.getElementById('ww-phone-status');
return { shown: !document.getElementById('ww-phone').hidden, code: code.hidden ? null : code.textContent,
         codeLabel: code.getAttribute('aria-label'), status: status.textContent,
         live: status.getAttribute('aria-live'), role: status.getAttribute('role'),
         focused: document.activeElement ? document.activeElement.id : null,
         number: document.getElementById('ww-phone-number').textContent,
         callShown: !document.getElementById('ww-call').hidden };
"""


def psql(url, sql):
    run = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-At", "-c", sql],
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise AssertionError("psql failed: %s: %s" % (sql[:80], run.stderr))
    return run.stdout.strip()


def with_database(url, user=None, database=None):
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc
    if user:
        netloc = user + "@" + netloc.split("@", 1)[-1]
    return urllib.parse.urlunsplit((parts.scheme, netloc, "/" + (database or parts.path.lstrip("/")), "", ""))


def ask_for_code(driver, by_keyboard):
    """Presses "Give me a code" and waits until the page shows and announces one; returns the six digits."""
    if by_keyboard:
        driver.script("document.getElementById('ww-phone-get').focus();")
        driver.keys(ENTER)
    else:
        driver.script("document.getElementById('ww-phone-get').click();")
    wait_until("a code on the page", lambda: driver.script(PHONE_STATE)["code"], timeout=10)
    shown = driver.script(PHONE_STATE)
    digits = shown["code"].replace(" ", "")
    check(len(digits) == 6 and digits.isdigit() and shown["code"] == digits[:3] + " " + digits[3:],
          "the code is shown as %r" % shown["code"])
    spoken = " ".join(digits)
    check(shown["codeLabel"] == spoken, "the code is not read out digit by digit: %r" % shown["codeLabel"])
    check(spoken in shown["status"] and shown["live"] == "polite" and shown["role"] == "status",
          "the code is not announced in the live region: %r" % shown)
    check(PHONE in shown["number"], "the service's number is not shown: %r" % shown["number"])
    return digits


class Desk:
    def __init__(self, binary, db, tree, directory, agent):
        self.command = [binary, "--db", db, "--tree", tree, "--directory", directory, "--agent", agent]

    def redeem(self, code, ui=False):
        run = subprocess.run(self.command + ["--code", code] + (["--ui"] if ui else []), capture_output=True,
                             text=True, timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
        if run.returncode != 0 or not lines:
            raise AssertionError("the desk failed (%d): %s %s" % (run.returncode, run.stdout, run.stderr[-2000:]))
        return json.loads(lines[-1])


def check_restored(restored, walked, answers, how):
    node = walked["node"]
    check(restored["status"] == "ok", "%s: the desk says %s for answers %s" % (how, restored, answers))
    check(restored["path"] == walked["path"],
          "%s: the case's path %s, tree walk's %s" % (how, restored["path"], walked["path"]))
    check(restored["node"] == node["id"], "%s: the case stands at %s, tree walk at %s" % (how, restored["node"],
                                                                                         node["id"]))
    check(restored["referrals"] == node["referrals"],
          "%s: the case suggests %s, tree walk %s" % (how, restored["referrals"], node["referrals"]))
    check("website-path" in restored["events"], "%s: no website-path event: %s" % (how, restored["events"]))


def main():
    parser = argparse.ArgumentParser()
    for option in ("--admin", "--chatd", "--desk", "--tree", "--directory"):
        parser.add_argument(option, required=True)
    parser.add_argument("--paths", type=int, default=12, help="random paths to an outcome, each with a code")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    chromedriver = shutil.which("chromedriver")
    if not chromedriver or not shutil.which("chromium"):
        print("FAIL: chromium and chromedriver are needed (Debian packages chromium, chromium-driver)")
        return 1
    server = os.environ.get("WW_TEST_POSTGRES_URL")
    if not server or not shutil.which("psql"):
        print("FAIL: the PostgreSQL test server (WW_TEST_POSTGRES_URL) and psql are needed")
        return 1

    print("seed %d (run again with --seed %d)" % (args.seed, args.seed))
    rng = random.Random(args.seed)
    started = time.monotonic()
    suffix = "%08x" % random.SystemRandom().getrandbits(32)
    database = "ww_phone_e2e_" + suffix
    gateway_role, agent_role = "pc_gw_" + suffix, "pc_agent_" + suffix
    work = tempfile.mkdtemp(prefix="ww-phone-code-e2e-")
    processes = []
    driver = None
    web = None
    created = False
    try:
        psql(server, "CREATE DATABASE " + database)
        created = True
        owner_url = with_database(server, database=database)
        subprocess.run([args.admin, "db", "migrate", "--db", owner_url], check=True, stdout=subprocess.DEVNULL)
        psql(owner_url, "CREATE ROLE %s LOGIN IN ROLE ww_gateway; CREATE ROLE %s LOGIN IN ROLE ww_agent"
             % (gateway_role, agent_role))

        site = os.path.join(work, "site")
        os.makedirs(site)
        with open(os.path.join(site, "neutral.html"), "w") as neutral:
            neutral.write("<!DOCTYPE html><link rel=\"icon\" href=\"data:,\"><title>Weer</title><p>Het weer</p>")
        web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(CountingHandler, directory=site))
        web.requests = []
        threading.Thread(target=web.serve_forever, daemon=True).start()
        origin = "http://127.0.0.1:%d" % web.server_port
        gateway_port = free_port()
        gateway = "ws://127.0.0.1:%d/" % gateway_port
        export(args.admin, args.tree, args.directory, os.path.join(site, "phone.html"), "--exit-url",
               origin + "/neutral.html", "--chat", gateway, "--phone", PHONE)
        content = Content("given tree with phone codes", args.tree, args.directory, origin + "/phone.html")
        processes.append(start_gateway(args.chatd, with_database(server, gateway_role, database), gateway_port))
        desk = Desk(args.desk, with_database(server, agent_role, database), args.tree, args.directory, agent_role)

        driver_port = free_port()
        processes.append(subprocess.Popen([chromedriver, "--port=%d" % driver_port],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_until("chromedriver", lambda: _answers(driver_port))
        driver = Browser(driver_port)
        driver.get(content.url)
        check(not [u for u in driver.network() if u.startswith("ws")], "the page connected before it was asked")

        # Random paths to an outcome: the code restores the same node, path and parties as tree walk.
        outcomes = set()
        lang = "nl"
        for path in range(args.paths):
            answers, lang, state = random_walk(driver, content, rng, outcomes, lang)
            walked = tree_walk(args.admin, content, answers, lang)
            compare(content, answers, lang, state, walked)
            code = ask_for_code(driver, by_keyboard=path % 2 == 1)
            check_restored(desk.redeem(code), walked, answers, "code %d" % path)
            # Every refused redeem counts towards the agent's 10 a minute: a few are enough here.
            if path < 3:
                again = desk.redeem(code)
                check(again["status"] == "used", "a second redeem of code %d says %s" % (path, again))
        print("%d random paths reached %d outcomes; each code restored what tree walk gives; a second redeem failed"
              % (args.paths, len(outcomes)))

        # Mid-walk: "Ik wil bellen" shows the number and a code for where the visitor is now; the desk's window
        # (Ctrl+F2, the code typed in the dialog) puts the case and its tree view there.
        driver.script(STATE + "document.getElementById('ww-restart').click();")
        first = driver.script(STATE + "return state();")
        following = content.next_nodes(first["node"])
        onwards = [o for o in first["options"] if content.nodes[following[o]]["kind"] == "question"]
        check(onwards, "the first question has no answer that leads to another question")
        answers = [rng.choice(onwards)]
        driver.script("document.querySelector('#ww-options button[data-option=\"' + arguments[0] + '\"]').click();",
                      answers[0])
        before = driver.script(PHONE_STATE)
        check(before["callShown"] and not before["shown"], "mid-walk the page hides the call button or shows the code")
        driver.script("document.getElementById('ww-call').focus();")
        driver.keys(ENTER)
        opened = driver.script(PHONE_STATE)
        check(opened["shown"] and opened["focused"] == "ww-phone-heading",
              "\"Ik wil bellen\" did not open the phone block with the focus on it: %s" % opened)
        code = ask_for_code(driver, by_keyboard=True)
        walked = tree_walk(args.admin, content, answers, driver.script(STATE + "return state();")["lang"])
        restored = desk.redeem(code, ui=True)
        check_restored(restored, walked, answers, "the desk's window")
        check(restored.get("walker") == walked["node"]["id"],
              "the desk's tree view stands at %s, not %s" % (restored.get("walker"), walked["node"]["id"]))
        again = desk.redeem(code, ui=True)
        check(again["status"] == "refused" and "used already" in again.get("message", ""),
              "the window let a code be used twice: %s" % again)
        # A new answer makes the code stale: the page takes it off the screen.
        driver.script("document.querySelector('#ww-options button').click();")
        check(driver.script(PHONE_STATE)["code"] is None, "a code for an earlier path stays on the screen")
        print("mid-walk: \"Ik wil bellen\" by keyboard, the code redeemed in the desk's window at %s"
              % walked["node"]["id"])

        # An expired code is refused.
        answers, lang, state = random_walk(driver, content, rng, outcomes, lang)
        code = ask_for_code(driver, by_keyboard=False)
        psql(owner_url, "UPDATE phone_codes SET expires_at = now() - interval '1 second' WHERE code = '%s'" % code)
        expired = desk.redeem(code)
        check(expired["status"] == "expired", "an expired code gave %s" % expired)
        print("an expired code was refused")

        sockets = set(u for u in driver.network() if u.startswith("ws"))
        check(sockets == {gateway}, "the page connected to %s, not only %s" % (sockets, gateway))
        check(set(web.requests) == {"/phone.html"}, "the server saw requests beyond the page: %s" % web.requests)
        problems = driver.problems()
        check(not problems, "console errors or policy violations: %s" % problems[:5])
        print("no requests beyond the page and the gateway, no policy violations or script errors")
        print("PASS in %.1f s" % (time.monotonic() - started))
        return 0
    except (AssertionError, Failures, subprocess.CalledProcessError) as failure:
        print("FAIL (seed %d): %s" % (args.seed, failure))
        return 1
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
        if created:
            try:
                psql(server, "DROP DATABASE IF EXISTS %s WITH (FORCE)" % database)
                psql(server, "DROP ROLE IF EXISTS %s; DROP ROLE IF EXISTS %s" % (gateway_role, agent_role))
            except AssertionError as failure:
                print("cleaning up: %s" % failure)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
