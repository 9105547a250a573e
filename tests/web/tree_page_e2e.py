#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test of the page `wegwijzer-admin tree export-html` writes, in headless Chromium.

Walks the page along many seeded random paths (answers, back, breadcrumb jumps, language switches) on the
given tree and on a generated larger one, and checks that each ends at the outcome and the parties, in order
and with their details, that `wegwijzer-admin tree walk --json` gives for the same answers. Also: walking
with the keyboard only, the focus and the live region after each step, hostile texts shown as text, no
request beyond the page itself, no policy violation, "Snel weg", and a chat that hands the walked path to a
real gateway. Python standard library only; fails (never skips) when Chromium or chromedriver is missing.

  tree_page_e2e.py --admin BIN --chatd BIN --agent BIN --tree FILE --directory FILE
                   [--paths N] [--generated-paths N] [--seed S]
"""
import argparse
import concurrent.futures
import functools
import hashlib
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

sys.dont_write_bytecode = True  # the modules imported below leave nothing in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chat_widget_e2e import (ENTER, ESCAPE, Agent, WebDriver, _answers, free_port,  # noqa: E402
                             start_gateway, wait_until)
import tree_content_generator  # noqa: E402

TAB = "\ue004"
SPACE = "\ue00d"

# The page's state as the tests read it; every action returns it, with what an outcome shows.
STATE = """
function outcome() {
  var texts = (section, css) => Array.from(section.querySelectorAll(css)).map(e => e.textContent);
  return {
    urgent: !document.getElementById('ww-urgent').hidden,
    whiteSpot: !document.getElementById('ww-white-spot').hidden,
    parties: Array.from(document.querySelectorAll('#ww-parties .party')).map(p => ({
      id: p.getAttribute('data-party'), name: p.querySelector('h3').textContent,
      script: p.querySelector('.script').textContent,
      can: texts(p, 'ul.can li'), cannot: texts(p, 'ul.cannot li'), conditions: texts(p, 'ul.conditions li'),
      channels: texts(p, 'ul.channels li'), checked: p.querySelector('.checked').textContent }))
  };
}
function state() {
  var step = document.getElementById('ww-step');
  var kind = step.getAttribute('data-kind');
  // The node's own text: a question is the heading, an outcome's text follows the heading.
  var text = document.getElementById(kind === 'outcome' ? 'ww-outcome-text' : 'ww-step-heading');
  return {
    node: step.getAttribute('data-node'), kind: kind,
    lang: document.documentElement.lang, text: text.textContent, textLang: text.getAttribute('lang'),
    options: Array.from(document.querySelectorAll('#ww-options button')).map(b => b.getAttribute('data-option')),
    labels: Array.from(document.querySelectorAll('#ww-options button'))
                 .map(b => [b.textContent, b.getAttribute('lang')]),
    crumbs: document.querySelectorAll('#ww-crumb-list button').length,
    focused: document.activeElement ? document.activeElement.id : null,
    announced: document.getElementById('ww-announce').textContent,
    contactShown: !document.getElementById('ww-contact').hidden,
    chat: !!window.wegwijzerChat,
    outcome: kind === 'outcome' ? outcome() : null
  };
}
"""

ACT = STATE + """
function act(action, arg) {
  if (action === 'start' && document.getElementById('ww-restart').hidden)
    return state();
  var target = document.querySelector({
    answer: '#ww-options button[data-option="' + arg + '"]', back: '#ww-back', start: '#ww-restart',
    crumb: '#ww-crumb-list button[data-step="' + arg + '"]', lang: '#ww-language'}[action]);
  target.focus();  // as a real click does
  target.click();
  return Object.assign(state(), {acted: true});
}
"""

# One action: arguments action, arg. A series of them: a list of [action, arg]; returns the state after each.
ONE = ACT + "return act(arguments[0], arguments[1]);"
SERIES = ACT + "return arguments[0].map(a => act(a[0], a[1]));"

# Every rendered text whose colour has less than 4.5:1 contrast with the background behind it (WCAG 1.4.3).
LOW_CONTRAST = """
var parse = c => {
  var p = c.match(/[\\d.]+/g).map(Number);
  return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
};
var channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
var luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
var background = e => {
  for (; e; e = e.parentElement) { var c = parse(getComputedStyle(e).backgroundColor); if (c.a > 0) return c; }
  return {r: 255, g: 255, b: 255, a: 1};
};
var low = [], checked = 0;
document.querySelectorAll('body *').forEach(e => {
  if (!Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()) || !e.getClientRects().length)
    return;
  var a = luminance(parse(getComputedStyle(e).color)), b = luminance(background(e));
  var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  checked++;
  if (ratio < 4.5)
    low.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + ratio.toFixed(2) + ': ' + e.textContent.slice(0, 40));
});
return {low: low, checked: checked};
"""

# Markup that hostile texts would have created, had the page inserted them as HTML.
INJECTED = """
return { images: document.images.length, links: document.querySelectorAll('link[rel=stylesheet]').length,
         bold: document.querySelectorAll('b').length, pwned: window.pwned || 0,
         scripts: document.scripts.length,
         startText: document.getElementById('ww-step-heading').textContent,
         firstLabel: document.querySelector('#ww-options button').textContent,
         javascriptLinks: document.querySelectorAll('a[href^="javascript"]').length };
"""


class Browser(WebDriver):
    """Chromium with its network and console logs kept, at a given window size."""

    def __init__(self, port, width=1280, height=900):
        self.base = "http://127.0.0.1:%d" % port
        options = {"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update",
                            "--window-size=%d,%d" % (width, height)]}
        binary = shutil.which("chromium")
        if binary:
            options["binary"] = binary
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options,
            "goog:loggingPrefs": {"performance": "ALL", "browser": "ALL"}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def log(self, kind):
        return self.s("POST", "/se/log", {"type": kind})

    def network(self):
        """URLs of every request and WebSocket since the last call, in order."""
        urls = []
        for entry in self.log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
            elif message["method"] == "Network.webSocketCreated":
                urls.append(message["params"]["url"])
        return urls

    def problems(self):
        """Console errors and policy violations since the last call."""
        return [e["message"] for e in self.log("browser")
                if e["level"] == "SEVERE" or "Content Security Policy" in e["message"]]


class CountingHandler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        self.server.requests.append(self.path)
        super().do_GET()

    def log_message(self, *args):
        pass


def pick(text, lang):
    return text["en"] if lang == "en" and "en" in text else text["nl"]


def expected_parties(directory, tree, outcome_id, lang):
    """The parties as the desk shows them (ui/tree/OutcomeHtml.cpp), from the content files themselves."""
    parties = {p["id"]: p for p in directory["parties"]}
    node = next(n for n in tree["nodes"] if n["id"] == outcome_id)
    result = []
    for referral in node["referrals"]:
        party = parties[referral["party"]]
        name = pick(party["name"], lang) + (" (%s)" % party["alternate_name"] if party.get("alternate_name") else "")
        result.append({"id": party["id"], "name": name, "script": pick(referral["script"], lang),
                       "can": [pick(t, lang) for t in party["can"]],
                       "cannot": [pick(t, lang) for t in party["cannot"]],
                       "conditions": [pick(t, lang) for t in party.get("conditions", [])],
                       "channels": len(party["channels"]) + (1 if party.get("url") else 0),
                       "values": [c["value"] for c in party["channels"]]})
    return result


class Content:
    """One exported page with the files it was made from."""

    def __init__(self, name, tree_file, directory_file, page_url):
        self.name = name
        self.tree_file = tree_file
        self.directory_file = directory_file
        with open(tree_file, encoding="utf-8") as f:
            self.tree = json.load(f)
        with open(directory_file, encoding="utf-8") as f:
            self.directory = json.load(f)
        self.url = page_url
        self.nodes = {n["id"]: n for n in self.tree["nodes"]}
        self.next = {n["id"]: {o["id"]: o["next"] for o in n.get("options", [])} for n in self.tree["nodes"]}

        self.reachable = {}

    def next_nodes(self, node_id):
        """Option id -> the node it leads to."""
        return self.next[node_id]

    def outcomes_from(self, node_id):
        """The outcomes reachable from a node (a tree has no cycles)."""
        if node_id not in self.reachable:
            order, stack = [], [node_id]
            while stack:  # children before parents, without recursion
                current = stack.pop()
                if current in self.reachable:
                    continue
                missing = [n for n in self.next[current].values() if n not in self.reachable]
                if missing:
                    stack.append(current)
                    stack.extend(missing)
                    continue
                children = self.next[current].values()
                self.reachable[current] = (frozenset().union(*(self.reachable[n] for n in children)) if children
                                           else frozenset([current]))
        return self.reachable[node_id]


def export(admin, content_tree, directory, output, *extra):
    run = subprocess.run([admin, "tree", "export-html", content_tree, "--directory", directory, "-o", output, *extra],
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise AssertionError("export failed: %s" % run.stderr)


def tree_walk(admin, content, answers, lang):
    command = [admin, "tree", "walk", content.tree_file, "--directory", content.directory_file, "--lang", lang,
               "--json"]
    for answer in answers:
        command += ["--answer", answer]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        raise AssertionError("tree walk failed for %s: %s" % (answers, run.stderr))
    return json.loads(run.stdout)


class Failures(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise Failures(message)


def check_step(state, action):
    """After every step: the focus is on the new question or outcome, and the live region names it."""
    check(state["focused"] == "ww-step-heading",
          "after %s the focus is on %r, not the heading" % (action, state["focused"]))
    check(state["announced"].endswith(state["text"]),
          "after %s the live region says %r, not the text %r" % (action, state["announced"], state["text"]))


def shown_as(text, page_lang):
    """What the page shows of a content text and its lang attribute: Dutch, marked, where no English exists."""
    if page_lang == "en" and "en" not in text:
        return [text["nl"], "nl"]
    return [pick(text, page_lang), None]


def check_texts(content, state):
    """The node's text and its answers, in the page's language, with lang="nl" on untranslated ones."""
    node = content.nodes[state["node"]]
    check([state["text"], state["textLang"]] == shown_as(node["text"], state["lang"]),
          "%s shows %r (lang %s) on a page in %s" % (node["id"], state["text"], state["textLang"], state["lang"]))
    expected = [shown_as(option["label"], state["lang"]) for option in node.get("options", [])]
    check(state["labels"] == expected, "%s shows the answers %s, expected %s" % (node["id"], state["labels"], expected))


def random_walk(driver, content, rng, seen, lang):
    """Walks from the start to an outcome with random answers, backs, breadcrumb jumps and language
    switches, sent to the page in one series. Answers lead towards the most outcomes not yet seen (ties at
    random), so the paths spread over the tree. The page must follow the walk the file gives, step by step.
    Returns the answers that stand, the page's language and the page's state at the outcome."""
    actions = [["start", None]]
    expected = [(content.tree["start"], 0, lang)]
    path, answers = [content.tree["start"]], []
    steps = 0
    for steps in range(500):
        node = content.nodes[path[-1]]
        if node["kind"] == "outcome" and rng.random() < 0.7:
            break
        roll = rng.random()
        if roll < 0.08 and answers:
            actions.append(["back", None])
            path.pop()
            answers.pop()
        elif roll < 0.12 and len(answers) >= 2:
            step = rng.randrange(len(answers))
            actions.append(["crumb", step])
            del path[step + 1:]
            del answers[step:]
        elif roll < 0.2:
            actions.append(["lang", None])
            lang = "en" if lang == "nl" else "nl"
        elif node["kind"] == "question":
            following = content.next_nodes(node["id"])
            unseen = {o: len(content.outcomes_from(n) - seen) for o, n in following.items()}
            most = max(unseen.values())
            answer = rng.choice([o for o in following if unseen[o] == most])
            actions.append(["answer", answer])
            path.append(following[answer])
            answers.append(answer)
        else:
            continue
        expected.append((path[-1], len(answers), lang))
    check(content.nodes[path[-1]]["kind"] == "outcome", "no outcome after 500 steps")

    states = driver.script(SERIES, actions)
    for (action, arg), state, (node, answered, language) in zip(actions, states, expected):
        done = action + ("" if arg is None else " " + str(arg))
        check(state["node"] == node, "after %s the page is at %s, not %s" % (done, state["node"], node))
        check(state["crumbs"] == answered,
              "after %s the breadcrumb has %d steps, not %d" % (done, state["crumbs"], answered))
        check(state["lang"] == language, "after %s the page is in %s, not %s" % (done, state["lang"], language))
        if action == "lang":
            check(state["focused"] == "ww-language", "the language switch moved the focus")
        elif action != "start" or state.get("acted"):
            check_step(state, done)
        check_texts(content, state)
    state = states[-1]
    check(state["contactShown"] == state["chat"], "the contact section is shown without a chat, or hidden with one")
    state["steps"] = len(actions)
    seen.add(state["node"])
    return answers, state["lang"], state


def compare(content, answers, lang, state, walked):
    """The page's outcome against tree walk's and the directory's."""
    node = walked["node"]
    shown = state["outcome"]
    shown["node"] = state["node"]
    shown["text"] = state["text"]
    check(node["kind"] == "outcome", "tree walk did not reach an outcome with %s" % answers)
    check(shown["node"] == node["id"], "page at %s, tree walk at %s" % (shown["node"], node["id"]))
    check(shown["text"] == node["text"], "outcome text %r, tree walk says %r" % (shown["text"], node["text"]))
    raw = next(n for n in content.tree["nodes"] if n["id"] == node["id"])
    dutch_on_english_page = lang == "en" and "en" not in raw["text"]
    check(state["textLang"] == ("nl" if dutch_on_english_page else None),
          "the outcome text has lang=%r on a page in %s" % (state["textLang"], lang))
    check([p["id"] for p in shown["parties"]] == node["referrals"],
          "parties %s, tree walk says %s" % ([p["id"] for p in shown["parties"]], node["referrals"]))
    check(shown["urgent"] == raw.get("urgent", False), "urgent shown %s in %s" % (shown["urgent"], node["id"]))
    check(shown["whiteSpot"] == node["whiteSpot"],
          "white spot shown %s, tree walk says %s" % (shown["whiteSpot"], node["whiteSpot"]))
    for got, want in zip(shown["parties"], expected_parties(content.directory, content.tree, node["id"], lang)):
        for field in ("name", "script", "can", "cannot", "conditions"):
            check(got[field] == want[field],
                  "party %s %s: %r, expected %r" % (want["id"], field, got[field], want[field]))
        check(len(got["channels"]) == want["channels"], "party %s: %d ways to reach it, expected %d"
              % (want["id"], len(got["channels"]), want["channels"]))
        for value, line in zip(want["values"], got["channels"]):
            check(value in line, "party %s: %r does not show %r" % (want["id"], line, value))
        check(got["checked"].strip() != "", "party %s: no check date" % want["id"])


def walk_paths(admin, driver, content, count, rng):
    """Random paths through the page; each is compared with tree walk while the browser walks on."""
    driver.get(content.url)
    started = time.monotonic()
    outcomes = set()
    steps = 0
    lang = "nl"
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        pending = []
        for path in range(count):
            answers, lang, state = random_walk(driver, content, rng, outcomes, lang)
            if path < 20 or state["outcome"]["urgent"] or state["outcome"]["whiteSpot"]:
                contrast = driver.script(LOW_CONTRAST)
                check(not contrast["low"] and contrast["checked"] > 10,
                      "%s at %s: text with too little contrast: %s" % (content.name, state["node"], contrast["low"]))
            steps += state["steps"]
            pending.append((answers, lang, state, pool.submit(tree_walk, admin, content, answers, lang)))
        for answers, lang, state, walked in pending:
            try:
                compare(content, answers, lang, state, walked.result())
            except Failures as failure:
                raise Failures("%s, answers %s, language %s: %s" % (content.name, " ".join(answers), lang, failure))
    print("  %s: %d steps in %.1f s" % (content.name, steps, time.monotonic() - started))
    return outcomes


def keyboard_walk(admin, driver, content, rng, paths):
    """Walks with Tab, Enter and Space only: the keys choose, and the focus follows."""
    def focused():
        return driver.script("var e = document.activeElement; return e ? (e.id || e.getAttribute('data-option') || "
                             "('step:' + e.getAttribute('data-step'))) : null;")

    def tab_to(target, limit=120):
        for _ in range(limit):
            driver.keys(TAB)
            if focused() == target:
                ring = driver.script("var s = getComputedStyle(document.activeElement); "
                                     "return [s.outlineStyle, parseFloat(s.outlineWidth)];")
                check(ring[0] != "none" and ring[1] >= 2, "no visible focus on %s: %s" % (target, ring))
                return
        raise Failures("Tab never reached %s" % target)

    driver.get(content.url)
    for path in range(paths):
        state = driver.script(STATE + "return state();")
        if state["crumbs"]:
            tab_to("ww-restart")
            driver.keys(ENTER)
            state = driver.script(STATE + "return state();")
            check_step(state, "restart by keyboard")
        answers = []
        went_back = False
        while state["kind"] == "question":
            answer = rng.choice(state["options"])
            tab_to(answer)
            driver.keys(SPACE if len(answers) % 2 else ENTER)
            state = driver.script(STATE + "return state();")
            answers.append(answer)
            check_step(state, "a key on " + answer)
            if not went_back and len(answers) == 2:
                tab_to("ww-back")
                driver.keys(ENTER)
                answers.pop()
                went_back = True
                state = driver.script(STATE + "return state();")
                check_step(state, "back by keyboard")
        if path == 0 and len(answers) >= 2:
            tab_to("step:0")
            driver.keys(ENTER)
            answers = []
            state = driver.script(STATE + "return state();")
            check_step(state, "a breadcrumb by keyboard")
            while state["kind"] == "question":
                answer = state["options"][0]
                tab_to(answer)
                driver.keys(ENTER)
                answers.append(answer)
                state = driver.script(STATE + "return state();")
        compare(content, answers, state["lang"], state, tree_walk(admin, content, answers, state["lang"]))


def tree_identity(document):
    canonical = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return document["version"] + "@sha256:" + hashlib.sha256(canonical).hexdigest()


def main():
    parser = argparse.ArgumentParser()
    for option in ("--admin", "--chatd", "--agent", "--tree", "--directory"):
        parser.add_argument(option, required=True)
    parser.add_argument("--paths", type=int, default=200, help="random paths on the given tree")
    parser.add_argument("--generated-paths", type=int, default=50, help="random paths on the generated tree")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    chromedriver = shutil.which("chromedriver")
    if not chromedriver or not shutil.which("chromium"):
        print("FAIL: chromium and chromedriver are needed (Debian packages chromium, chromium-driver)")
        return 1

    print("seed %d (run again with --seed %d)" % (args.seed, args.seed))
    rng = random.Random(args.seed)
    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="ww-tree-page-e2e-")
    processes = []
    driver = None
    web = None
    try:
        site = os.path.join(work, "site")
        os.makedirs(site)
        with open(os.path.join(site, "neutral.html"), "w") as neutral:
            neutral.write("<!DOCTYPE html><link rel=\"icon\" href=\"data:,\"><title>Weer</title><p>Het weer</p>")
        web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(CountingHandler, directory=site))
        web.requests = []
        threading.Thread(target=web.serve_forever, daemon=True).start()
        origin = "http://127.0.0.1:%d" % web.server_port
        exit_url = origin + "/neutral.html"

        generated_tree, generated_directory = tree_content_generator.generate(args.seed)
        big_tree = os.path.join(work, "generated.tree.json")
        big_directory = os.path.join(work, "generated.directory.json")
        for path, document in ((big_tree, generated_tree), (big_directory, generated_directory)):
            with open(path, "w", encoding="utf-8") as f:
                json.dump(document, f, ensure_ascii=False, indent=1)
        gateway_port = free_port()
        gateway = "ws://127.0.0.1:%d/" % gateway_port
        export(args.admin, args.tree, args.directory, os.path.join(site, "shipped.html"), "--exit-url", exit_url)
        export(args.admin, big_tree, big_directory, os.path.join(site, "generated.html"), "--exit-url", exit_url)
        export(args.admin, args.tree, args.directory, os.path.join(site, "chat.html"), "--exit-url", exit_url,
               "--chat", gateway)
        shipped = Content("given tree", args.tree, args.directory, origin + "/shipped.html")
        generated = Content("generated tree (%d nodes)" % len(generated_tree["nodes"]), big_tree, big_directory,
                            origin + "/generated.html")

        driver_port = free_port()
        processes.append(subprocess.Popen([chromedriver, "--port=%d" % driver_port],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_until("chromedriver", lambda: _answers(driver_port))
        driver = Browser(driver_port)

        # Random walks, compared with tree walk.
        outcomes = walk_paths(args.admin, driver, shipped, args.paths, rng)
        print("%s: %d random paths reached %d different outcomes, each as tree walk says" %
              (shipped.name, args.paths, len(outcomes)))
        driver.get(generated.url)
        injected = driver.script(INJECTED)
        check(injected == {"images": 0, "links": 0, "bold": 0, "pwned": 0, "scripts": 2, "javascriptLinks": 0,
                           "startText": tree_content_generator.HOSTILE_QUESTION,
                           "firstLabel": tree_content_generator.HOSTILE_LABEL},
              "hostile texts were not shown as plain text: %s" % injected)
        outcomes = walk_paths(args.admin, driver, generated, args.generated_paths, rng)
        print("%s: %d random paths reached %d different outcomes, each as tree walk says" %
              (generated.name, args.generated_paths, len(outcomes)))
        keyboard_walk(args.admin, driver, shipped, rng, 3)
        print("keyboard only: 3 paths with Tab, Enter and Space, back and a breadcrumb, focus and live region")

        # Nothing but the pages themselves was requested, by the browser or from the server.
        urls = driver.network()
        pages = {shipped.url, generated.url}
        others = [u for u in urls if u not in pages]
        check(not others, "the page made requests: %s" % others[:10])
        check(set(web.requests) == {"/shipped.html", "/generated.html"},
              "the server saw requests beyond the pages: %s" % sorted(set(web.requests)))
        problems = driver.problems()
        check(not problems, "console errors or policy violations: %s" % problems[:5])
        print("no requests beyond the %d page loads, no policy violations or script errors" % len(web.requests))

        # "Snel weg": Esc twice leaves for the neutral page, which replaces this one in the history.
        driver.keys(ESCAPE, ESCAPE)
        wait_until("the neutral page", lambda: driver.url() == exit_url)
        check(driver.script("return document.title;") == "Weer", "not on the neutral page")

        # A chat started at an outcome hands the walked path to the gateway, which gives it to the agent.
        db = "sqlite://" + os.path.join(work, "cases.db")
        subprocess.run([args.admin, "db", "migrate", "--db", db], check=True, stdout=subprocess.DEVNULL)
        processes.append(start_gateway(args.chatd, db, gateway_port))
        agent = Agent(args.agent, gateway, db, "maria")
        processes.append(agent.process)
        agent.saw("ready maria")
        driver.network()
        chat = Content("given tree with chat", args.tree, args.directory, origin + "/chat.html")
        driver.get(chat.url)
        answers, lang, state = random_walk(driver, chat, rng, set(), "nl")
        walked = tree_walk(args.admin, chat, answers, lang)
        compare(chat, answers, lang, state, walked)
        check(state["contactShown"], "no chat at the outcome")
        check(not [u for u in driver.network() if u.startswith("ws")], "the page connected before the chat started")
        driver.click("#wwc-start")
        agent.saw("assigned tree=%s path=%s" % (tree_identity(chat.tree), ",".join(walked["path"])))
        driver.type("#wwc-input", "Hallo" + ENTER)
        agent.saw("message visitor Hallo")
        sockets = [u for u in driver.network() if u.startswith("ws")]
        check(sockets and set(sockets) == {gateway}, "the chat connected to %s, not only %s" % (sockets, gateway))
        problems = driver.problems()
        check(not problems, "console errors or policy violations with the chat: %s" % problems[:5])
        driver.keys(ESCAPE, ESCAPE)
        agent.saw("ended visitor-ended")
        wait_until("the neutral page after the chat", lambda: driver.url() == exit_url)
        print("chat: the agent got the tree %s and the path of %d nodes; Esc twice ended the chat"
              % (tree_identity(chat.tree)[:30] + "…", len(walked["path"])))
        print("PASS in %.1f s" % (time.monotonic() - started))
        return 0
    except (AssertionError, Failures) as failure:
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
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
