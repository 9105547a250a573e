// SPDX-License-Identifier: GPL-3.0-or-later
// The exported tree page: walks the embedded decision tree as the desk's ww::TreeWalker does, and shows an
// outcome's parties with the same information as the desk's ww::OutcomeHtml. It loads and stores nothing.
(function () {
    "use strict";

    var TEXTS = {
        nl: {
            skip: "Naar de vraag",
            exit: "Snel weg",
            exitHint: "Snel weg: klik hier of druk twee keer op Esc. Deze pagina verdwijnt dan meteen.",
            language: "English",
            languageLabel: "Switch to English",
            intro: "Beantwoord een paar vragen. Dan zie je wie je kan helpen. Je hoeft je naam niet te geven. " +
                   "Deze pagina bewaart niets.",
            draft: "Let op: dit is een proefversie. De gegevens zijn nog niet gecontroleerd.",
            crumbs: "Jouw antwoorden",
            crumbHint: "Vraag: %1 Ga terug naar deze vraag.",
            now: "Nu",
            question: "Vraag %1",
            outcome: "Ons advies",
            announceQuestion: "Vraag %1: %2",
            announceOutcome: "Ons advies: %1",
            urgent: "Dit is dringend. Wacht niet en neem nu contact op.",
            whiteSpot: "Er is geen organisatie die precies past bij jouw situatie.",
            whiteSpotNearest: "Er is geen organisatie die precies past bij jouw situatie. Hieronder staat wie je " +
                              "misschien toch verder kan helpen.",
            back: "Terug",
            restart: "Opnieuw beginnen",
            can: "Wat ze kunnen doen",
            cannot: "Wat ze niet kunnen doen",
            conditions: "Voorwaarden",
            reach: "Zo bereik je ze",
            phone: "Telefoon",
            chat: "Chat",
            email: "E-mail",
            web: "Website",
            checked: "Gegevens voor het laatst gecontroleerd: %1",
            contact: "Praten met een medewerker",
            call: "Ik wil bellen",
            phoneHeading: "Bellen met een medewerker",
            phoneNumber: "Bel ons: ",
            phoneExplain: "Vraag hier een code en noem die aan de telefoon. Dan ziet de medewerker welke vragen je " +
                          "al hebt beantwoord. De code zegt niets over wie je bent. " +
                          "Hij werkt 30 minuten en één keer.",
            phoneGet: "Geef mij een code",
            phoneNew: "Geef mij een nieuwe code",
            phoneWaiting: "Even geduld: je code wordt gemaakt.",
            phoneExpiry: "Noem deze code aan de telefoon. Hij werkt tot %1 uur.",
            phoneAnnounce: "Je code is %1. Noem deze code aan de telefoon. Hij werkt tot %2 uur.",
            phoneExpired: "Je code werkt niet meer. Vraag een nieuwe code als je nu belt.",
            phoneBusy: "Er zijn net te veel codes gevraagd. Probeer het over een paar minuten opnieuw.",
            phoneFailed: "Het lukt nu niet om een code te maken. Bel ons gewoon: de medewerker stelt de vragen dan " +
                         "opnieuw."
        },
        en: {
            skip: "Go to the question",
            exit: "Leave quickly",
            exitHint: "Leave quickly: click here or press Esc twice. This page disappears at once.",
            language: "Nederlands",
            languageLabel: "Naar het Nederlands",
            intro: "Answer a few questions. Then you will see who can help you. You do not have to give your name. " +
                   "This page stores nothing.",
            draft: "Please note: this is a trial version. The details have not been checked yet.",
            crumbs: "Your answers",
            crumbHint: "Question: %1 Go back to this question.",
            now: "Now",
            question: "Question %1",
            outcome: "Our advice",
            announceQuestion: "Question %1: %2",
            announceOutcome: "Our advice: %1",
            urgent: "This is urgent. Do not wait: get in touch now.",
            whiteSpot: "There is no organisation that fits your situation exactly.",
            whiteSpotNearest: "There is no organisation that fits your situation exactly. Below is who may still " +
                              "be able to help you.",
            back: "Back",
            restart: "Start again",
            can: "What they can do",
            cannot: "What they cannot do",
            conditions: "Conditions",
            reach: "How to reach them",
            phone: "Phone",
            chat: "Chat",
            email: "E-mail",
            web: "Website",
            checked: "Details last checked: %1",
            contact: "Talk to a member of staff",
            call: "I want to call",
            phoneHeading: "Call a member of staff",
            phoneNumber: "Call us: ",
            phoneExplain: "Get a code here and say it on the phone. Then the member of staff sees which questions " +
                          "you have answered. The code says nothing about who you are. It works for 30 minutes, " +
                          "once.",
            phoneGet: "Give me a code",
            phoneNew: "Give me a new code",
            phoneWaiting: "Please wait: your code is being made.",
            phoneExpiry: "Say this code on the phone. It works until %1.",
            phoneAnnounce: "Your code is %1. Say this code on the phone. It works until %2.",
            phoneExpired: "Your code no longer works. Get a new code if you call now.",
            phoneBusy: "Too many codes were asked for just now. Please try again in a few minutes.",
            phoneFailed: "A code cannot be made right now. Just call us: the member of staff will ask the questions " +
                         "again."
        }
    };
    // The chat protocol takes at most this many node ids (docs/chat-protocol.md, hello).
    var MAX_CHAT_PATH = 200;

    var data = JSON.parse(document.getElementById("ww-data").textContent);
    var nodes = new Map(data.nodes.map(function (node) { return [node.id, node]; }));
    var parties = new Map(data.parties.map(function (party) { return [party.id, party]; }));

    function $(id) { return document.getElementById(id); }

    function el(tag, attributes, text) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
        if (text !== undefined)
            node.textContent = text;
        return node;
    }

    function format(template) {
        var args = Array.prototype.slice.call(arguments, 1);
        return template.replace(/%(\d)/g, function (match, n) { return String(args[Number(n) - 1]); });
    }

    // A content text in the page's language, or in Dutch when it has no translation (as on the desk).
    function pick(text, lang) {
        return lang === "en" && text.en ? { value: text.en, lang: "en" } : { value: text.nl, lang: "nl" };
    }

    // Shows a content text; marks it as Dutch when the page is in English and the text has no translation.
    function show(node, text, pageLang) {
        var chosen = pick(text, pageLang);
        node.textContent = chosen.value;
        if (chosen.lang === pageLang)
            node.removeAttribute("lang");
        else
            node.setAttribute("lang", chosen.lang);
        return node;
    }

    // The path from the start node to the current node, with the option chosen at each earlier step.
    function Walk(startId) {
        this.startId = startId;
        this.restart();
    }

    Walk.prototype.restart = function () { this.steps = [{ node: this.startId, chosen: null }]; };
    Walk.prototype.current = function () { return nodes.get(this.steps[this.steps.length - 1].node); };
    Walk.prototype.atStart = function () { return this.steps.length === 1; };
    Walk.prototype.nodeIds = function () { return this.steps.map(function (step) { return step.node; }); };

    Walk.prototype.answer = function (optionId) {
        var node = this.current();
        var option = (node.options || []).find(function (candidate) { return candidate.id === optionId; });
        if (!option)
            return false;
        this.steps[this.steps.length - 1].chosen = option.id;
        this.steps.push({ node: option.next, chosen: null });
        return true;
    };

    // Makes step index current again, forgetting the steps after it.
    Walk.prototype.jumpTo = function (index) {
        if (index < 0 || index >= this.steps.length - 1)
            return false;
        this.steps.length = index + 1;
        this.steps[index].chosen = null;
        return true;
    };

    Walk.prototype.back = function () { return this.jumpTo(this.steps.length - 2); };

    // A web link only for values that clearly are one; anything else is shown as plain text.
    function channelHref(type, value) {
        if (type === "phone" && /^\+?[0-9][0-9 ()-]{1,24}$/.test(value))
            return "tel:" + value.replace(/[^0-9+]/g, "");
        if (type === "email" && /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(value))
            return "mailto:" + value;
        if (/^https:\/\/[^\s<>"]+$/.test(value))
            return value;
        return null;
    }

    // A content text with the same characters before and after it in each language.
    function framed(before, text, after) {
        return { nl: before + text.nl + after, en: text.en && before + text.en + after };
    }

    function valueNode(type, value) {
        var href = channelHref(type, value);
        return href ? el("a", { href: href }, value) : document.createTextNode(value);
    }

    // One party as the desk shows it: the script for this outcome, what they can and cannot do, conditions,
    // how to reach them and when the details were checked.
    function partySection(referral, party, lang, t) {
        var section = el("section", { "class": "party", "data-party": party.id });
        var heading = show(el("h3"), party.name, lang);
        if (party.alternateName)
            heading.textContent += " (" + party.alternateName + ")";
        section.appendChild(heading);
        section.appendChild(show(el("p", { "class": "script" }), referral.script, lang));
        [["can", party.can], ["cannot", party.cannot], ["conditions", party.conditions]].forEach(function (entry) {
            if (!entry[1].length)
                return;
            section.appendChild(el("h4", {}, t[entry[0]]));
            var list = el("ul", { "class": entry[0] });
            entry[1].forEach(function (item) { list.appendChild(show(el("li"), item, lang)); });
            section.appendChild(list);
        });
        section.appendChild(el("h4", {}, t.reach));
        var channels = el("ul", { "class": "channels" });
        party.channels.forEach(function (channel) {
            var item = el("li", {}, (t[channel.type] || t.web) + ": ");
            item.appendChild(valueNode(channel.type, channel.value));
            if (channel.hours)
                item.appendChild(show(el("span"), framed(" — ", channel.hours, ""), lang));
            if (channel.note)
                item.appendChild(show(el("span"), framed(" (", channel.note, ")"), lang));
            channels.appendChild(item);
        });
        if (party.url) {
            var web = el("li", {}, t.web + ": ");
            web.appendChild(valueNode("web", party.url));
            channels.appendChild(web);
        }
        section.appendChild(channels);
        section.appendChild(el("p", { "class": "checked" }, format(t.checked, party.checked[lang])));
        return section;
    }

    // The chat route: the widget (chat-widget.js, inlined) starts a chat that hands the walked path to the
    // gateway, so the agent's desk continues from here. Shown at an outcome, and while a chat is running.
    function ChatRoute(widget) {
        this.widget = widget;
    }

    ChatRoute.prototype.running = function () {
        return ["connecting", "queued", "joined"].indexOf(this.widget.state) >= 0;
    };

    ChatRoute.prototype.update = function (walk, lang) {
        if (!this.running())
            this.widget.setTreePath(data.identity, walk.nodeIds().slice(0, MAX_CHAT_PATH));
        if (this.widget.lang !== lang)
            this.widget.languageButton.click();
        return walk.current().kind === "outcome" || this.running();
    };

    ChatRoute.prototype.leave = function () { this.widget.quickExit(); };

    // The phone route: the page asks the chat gateway for a short code for the walked path (the "phone-code"
    // frame of docs/chat-protocol.md) and shows it with the service's number; the agent types the code in the
    // desk, and the phone case starts where the visitor stopped. The code holds the path and nothing else; a
    // new answer makes it stale, so it is taken off the screen. Shown at an outcome, or when the visitor
    // says "I want to call" on the way.
    function PhoneRoute(settings, onChange) {
        var self = this;
        this.settings = settings;
        this.onChange = onChange;
        this.wanted = false;
        this.shown = null;     // {code, path, expires} while a code is on screen
        this.pending = null;   // the request on its way: {socket, id, path, timer}
        this.message = null;   // the key of a text in the status line, with .alert when it is a problem
        this.texts = TEXTS.nl;
        $("ww-call").addEventListener("click", function () {
            self.wanted = true;
            self.onChange();
            $("ww-phone-heading").focus();
        });
        $("ww-phone-get").addEventListener("click", function () { self.request(); });
    }

    PhoneRoute.prototype.update = function (walk, lang) {
        var t = TEXTS[lang];
        var outcome = walk.current().kind === "outcome";
        this.texts = t;
        this.path = walk.nodeIds().slice(0, MAX_CHAT_PATH);
        if (this.shown && this.shown.path !== this.path.join(" ")) {
            this.shown = null; // the code is for another path
            this.message = null;
        }
        var visible = outcome || this.wanted || !!this.pending || !!this.shown;
        $("ww-call").textContent = t.call;
        $("ww-call").hidden = visible;
        $("ww-phone").hidden = !visible;
        $("ww-phone-heading").textContent = t.phoneHeading;
        var number = $("ww-phone-number");
        number.textContent = t.phoneNumber;
        number.appendChild(el("a", { href: "tel:" + this.settings.number.replace(/[^0-9+]/g, "") },
                              this.settings.number));
        $("ww-phone-explain").textContent = t.phoneExplain;
        $("ww-phone-get").textContent = this.shown ? t.phoneNew : t.phoneGet;
        $("ww-phone-get").disabled = !!this.pending;
        $("ww-phone-code").hidden = !this.shown;
        $("ww-phone-expiry").hidden = !this.shown;
        if (this.shown) {
            $("ww-phone-code").textContent = spacedCode(this.shown.code);
            $("ww-phone-code").setAttribute("aria-label", spokenCode(this.shown.code));
            $("ww-phone-expiry").textContent = format(t.phoneExpiry, clockTime(this.shown.expires));
        }
        var status = $("ww-phone-status");
        status.className = this.message && this.message.alert ? "phone-alert" : "";
        if (this.message)
            status.textContent = this.message.key === "phoneAnnounce" && this.shown
                ? format(t.phoneAnnounce, spokenCode(this.shown.code), clockTime(this.shown.expires))
                : t[this.message.key];
        else
            status.textContent = "";
        return visible;
    };

    PhoneRoute.prototype.say = function (key, alert) {
        this.message = { key: key, alert: !!alert };
        this.onChange();
    };

    PhoneRoute.prototype.request = function () {
        if (this.pending)
            return;
        var self = this;
        var id = "pc-" + randomId();
        var path = this.path.slice();
        var socket;
        try {
            socket = new WebSocket(this.settings.gateway);
        } catch (error) {
            this.say("phoneFailed", true);
            return;
        }
        var pending = { socket: socket, id: id, path: path.join(" ") };
        this.pending = pending;
        this.shown = null;
        var finish = function (answer) {
            if (self.pending !== pending)
                return;
            self.pending = null;
            clearTimeout(pending.timer);
            try { socket.close(); } catch (ignored) { /* already closed */ }
            if (answer.code) {
                self.shown = { code: answer.code, path: pending.path,
                               expires: new Date(Date.now() + 1000 * answer.expiresSeconds) };
                clearTimeout(self.expiryTimer);
                self.expiryTimer = setTimeout(function () {
                    self.shown = null;
                    self.say("phoneExpired", true);
                }, 1000 * answer.expiresSeconds);
                self.say("phoneAnnounce", false);
            } else {
                self.say(answer.error === "rate-limited" ? "phoneBusy" : "phoneFailed", true);
            }
        };
        pending.timer = setTimeout(function () { finish({ error: "timeout" }); }, 15000);
        socket.onopen = function () {
            socket.send(JSON.stringify({ v: 1, type: "phone-code", id: id,
                                         tree: { identity: data.identity, path: path } }));
        };
        socket.onmessage = function (event) {
            var frame;
            try { frame = JSON.parse(event.data); } catch (ignored) { return; }
            if (frame.type === "ack" && frame.ack === id && /^[0-9]{6}$/.test(frame.code || "")
                && typeof frame.expiresSeconds === "number")
                finish({ code: frame.code, expiresSeconds: frame.expiresSeconds });
            else if (frame.type === "error" && frame.ref === id)
                finish({ error: frame.code });
        };
        socket.onerror = function () { finish({ error: "unavailable" }); };
        socket.onclose = function () { finish({ error: "unavailable" }); };
        this.say("phoneWaiting", false);
    };

    PhoneRoute.prototype.leave = function () {
        if (this.pending) {
            try { this.pending.socket.close(); } catch (ignored) { /* already closed */ }
            this.pending = null;
        }
        clearTimeout(this.expiryTimer);
        this.shown = null;
        this.wanted = false;
    };

    function spacedCode(code) { return code.slice(0, 3) + " " + code.slice(3); }
    // Read out digit by digit by a screen reader, not as "one hundred and twenty-three".
    function spokenCode(code) { return code.split("").join(" "); }
    function clockTime(date) {
        var two = function (n) { return (n < 10 ? "0" : "") + n; };
        return two(date.getHours()) + ":" + two(date.getMinutes());
    }
    function randomId() {
        var bytes = new Uint8Array(8);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    }

    // The ways to reach a staff member, each with its own block in #ww-contact: the chat, then the phone
    // code. A route has update(walk, lang), which returns whether it wants the contact section shown, and
    // leave(), which "Snel weg" calls.
    function contactRoutes(page) {
        var routes = [];
        if (window.wegwijzerChat)
            routes.push(new ChatRoute(window.wegwijzerChat));
        if (data.phone)
            routes.push(new PhoneRoute(data.phone, function () { page.render(false); }));
        return routes;
    }

    function Page() {
        this.lang = "nl";
        this.walk = new Walk(data.start);
        this.routes = contactRoutes(this);
        this.lastEsc = 0;
        this.bind();
        this.render(false);
    }

    Page.prototype.t = function () { return TEXTS[this.lang]; };

    Page.prototype.bind = function () {
        var self = this;
        $("ww-exit").addEventListener("click", function () { self.quickExit(); });
        $("ww-language").addEventListener("click", function () {
            self.lang = self.lang === "nl" ? "en" : "nl";
            self.render(false);
        });
        $("ww-back").addEventListener("click", function () {
            if (self.walk.back())
                self.render(true);
        });
        $("ww-restart").addEventListener("click", function () {
            self.walk.restart();
            self.render(true);
        });
        $("ww-options").addEventListener("click", function (event) {
            var button = event.target.closest("button[data-option]");
            if (button && self.walk.answer(button.getAttribute("data-option")))
                self.render(true);
        });
        $("ww-crumb-list").addEventListener("click", function (event) {
            var button = event.target.closest("button[data-step]");
            if (button && self.walk.jumpTo(Number(button.getAttribute("data-step"))))
                self.render(true);
        });
        // Esc twice within a second leaves at once, wherever the focus is (as in the chat widget).
        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape")
                return;
            var now = Date.now();
            if (now - self.lastEsc < 1000)
                self.quickExit();
            self.lastEsc = now;
        }, true);
    };

    // Everything on screen follows from the walk and the language, so a language switch keeps the position.
    Page.prototype.render = function (moveFocus) {
        var t = this.t();
        var lang = this.lang;
        document.documentElement.setAttribute("lang", lang);
        document.title = pick(data.title, lang).value;
        show($("ww-title"), data.title, lang);
        $("ww-skip").textContent = t.skip;
        $("ww-exit").textContent = t.exit;
        $("ww-exit").setAttribute("aria-label", t.exitHint);
        $("ww-exit").title = t.exitHint;
        $("ww-language").textContent = t.language;
        $("ww-language").setAttribute("aria-label", t.languageLabel);
        $("ww-language").setAttribute("lang", lang === "nl" ? "en" : "nl");
        $("ww-intro").textContent = t.intro;
        $("ww-draft").textContent = t.draft;
        $("ww-draft").hidden = !data.draft;
        $("ww-back").textContent = t.back;
        $("ww-restart").textContent = t.restart;
        $("ww-back").hidden = this.walk.atStart();
        $("ww-restart").hidden = this.walk.atStart();
        $("ww-contact-heading").textContent = t.contact;
        this.renderCrumbs(t);
        this.renderStep(t);
        var walk = this.walk;
        var anyRoute = false;
        this.routes.forEach(function (route) { anyRoute = route.update(walk, lang) || anyRoute; });
        $("ww-contact").hidden = !anyRoute;
        if (moveFocus) {
            $("ww-step-heading").focus();
            this.announce();
        }
    };

    Page.prototype.renderCrumbs = function (t) {
        var list = $("ww-crumb-list");
        list.textContent = "";
        $("ww-crumbs").hidden = this.walk.atStart();
        $("ww-crumbs-heading").textContent = t.crumbs;
        $("ww-crumbs").setAttribute("aria-labelledby", "ww-crumbs-heading");
        var lang = this.lang;
        var steps = this.walk.steps;
        steps.forEach(function (step, index) {
            var item = el("li");
            if (index > 0)
                item.appendChild(el("span", { "class": "sep", "aria-hidden": "true" }, "›"));
            if (index + 1 === steps.length) {
                item.appendChild(el("span", { "class": "now", "aria-current": "step" }, (index + 1) + ". " + t.now));
                list.appendChild(item);
                return;
            }
            var node = nodes.get(step.node);
            var option = node.options.find(function (candidate) { return candidate.id === step.chosen; });
            var question = pick(node.text, lang).value;
            var button = el("button", { type: "button", "data-step": String(index), title: question });
            button.appendChild(document.createTextNode((index + 1) + ". "));
            button.appendChild(show(el("span"), option.label, lang));
            button.appendChild(el("span", { "class": "sr-only" }, " " + format(t.crumbHint, question)));
            item.appendChild(button);
            list.appendChild(item);
        });
    };

    Page.prototype.renderStep = function (t) {
        var lang = this.lang;
        var node = this.walk.current();
        var outcome = node.kind === "outcome";
        var step = $("ww-step");
        step.setAttribute("data-node", node.id);
        step.setAttribute("data-kind", node.kind);
        // A question is the heading of its answers; an outcome's text can be long, so it follows its heading.
        $("ww-step-label").textContent = format(t.question, this.walk.steps.length);
        $("ww-step-label").hidden = outcome;
        $("ww-urgent").hidden = !node.urgent;
        $("ww-urgent").textContent = t.urgent;
        if (outcome) {
            $("ww-step-heading").textContent = t.outcome;
            $("ww-step-heading").removeAttribute("lang");
            show($("ww-outcome-text"), node.text, lang);
        } else {
            show($("ww-step-heading"), node.text, lang);
        }
        $("ww-outcome-text").hidden = !outcome;
        var whiteSpot = $("ww-white-spot");
        whiteSpot.hidden = !node.whiteSpot;
        whiteSpot.textContent = node.referrals && node.referrals.length ? t.whiteSpotNearest : t.whiteSpot;

        var options = $("ww-options");
        options.textContent = "";
        options.hidden = outcome;
        (node.options || []).forEach(function (option) {
            options.appendChild(show(el("button", { type: "button", "data-option": option.id }), option.label, lang));
        });

        var list = $("ww-parties");
        list.textContent = "";
        (node.referrals || []).forEach(function (referral) {
            var party = parties.get(referral.party);
            if (party)
                list.appendChild(partySection(referral, party, lang, t));
        });
    };

    Page.prototype.announce = function () {
        var node = this.walk.current();
        var t = this.t();
        var text = pick(node.text, this.lang).value;
        $("ww-announce").textContent = node.kind === "outcome"
            ? format(t.announceOutcome, text) : format(t.announceQuestion, this.walk.steps.length, text);
    };

    // Leave at once: nothing of the walk stays in view, and the page leaves no entry in the history.
    Page.prototype.quickExit = function () {
        document.documentElement.style.visibility = "hidden";
        this.walk.restart();
        $("ww-main").textContent = "";
        document.title = "";
        this.routes.forEach(function (route) { route.leave(); });
        window.location.replace(data.exitUrl);
    };

    function start() {
        window.wegwijzerTreePage = new Page();
    }

    // After the chat widget, which mounts itself when the document has loaded.
    if (document.readyState === "loading")
        document.addEventListener("DOMContentLoaded", start);
    else
        start();
}());
