// SPDX-License-Identifier: GPL-3.0-or-later
// The Wegwijzer chat widget: a website visitor chats with the helpline (docs/chat-protocol.md).
// Self-contained: no build step, no downloads. Embed with
//   <div id="wegwijzer-chat" data-gateway="wss://chat.example/" data-exit-url="https://www.google.nl/"
//        data-lang="nl" data-phone="0800 123 45 67"></div>
// data-phone (optional) is the service's number: the widget offers it when nobody is free to chat.
//   <script src="chat-widget.js"></script>
// The page may hand over the path the visitor took through the website's decision tree:
//   window.wegwijzerChat.setTreePath("sha256:...", ["start", "who"]);
(function () {
    "use strict";

    var TEXTS = {
        nl: {
            title: "Chat met de Wegwijzer",
            intro: "Stel je vraag aan een medewerker. Je hoeft je naam niet te geven.",
            start: "Chat starten",
            exit: "Snel weg",
            exitHint: "Snel weg: klik hier of druk twee keer op Esc. Deze pagina verdwijnt dan meteen.",
            language: "English",
            languageLabel: "Switch to English",
            transcript: "Gesprek",
            you: "Jij",
            agent: "Medewerker",
            messageLabel: "Je bericht",
            send: "Versturen",
            end: "Chat stoppen",
            connecting: "Verbinden…",
            queued: "Je staat in de wachtrij. Je bent nummer %1. Een medewerker komt zo bij je.",
            queuedShort: "Je staat in de wachtrij. Je bent nummer %1.",
            nobody: "Er is nu niemand vrij om te chatten. Je kunt blijven wachten.",
            nobodyPhone: "Er is nu niemand vrij om te chatten. Je kunt blijven wachten, of bellen naar %1.",
            joined: "Er is een medewerker bij je. Je kunt nu chatten.",
            typing: "De medewerker typt…",
            reconnecting: "De verbinding is weg. We proberen het opnieuw…",
            ended: "De chat is gestopt. Bedankt voor je bericht.",
            endedAgent: "De medewerker heeft de chat gestopt. Bedankt voor je bericht.",
            expired: "Deze chat is afgelopen. Je kunt een nieuwe chat starten.",
            sending: "wordt verstuurd",
            tooLong: "Je bericht is te lang. Maak het korter.",
            failed: "Er ging iets mis. Probeer het nog een keer.",
            busy: "Rustig aan: je stuurt te veel berichten tegelijk."
        },
        en: {
            title: "Chat with the Wegwijzer",
            intro: "Ask your question to a member of staff. You do not have to give your name.",
            start: "Start chat",
            exit: "Leave quickly",
            exitHint: "Leave quickly: click here or press Esc twice. This page disappears at once.",
            language: "Nederlands",
            languageLabel: "Naar het Nederlands",
            transcript: "Conversation",
            you: "You",
            agent: "Staff member",
            messageLabel: "Your message",
            send: "Send",
            end: "Stop chat",
            connecting: "Connecting…",
            queued: "You are in the queue. You are number %1. Someone will be with you soon.",
            queuedShort: "You are in the queue. You are number %1.",
            nobody: "Nobody is free to chat right now. You can keep waiting.",
            nobodyPhone: "Nobody is free to chat right now. You can keep waiting, or call %1.",
            joined: "A member of staff is with you. You can chat now.",
            typing: "The staff member is typing…",
            reconnecting: "The connection was lost. Trying again…",
            ended: "The chat has stopped. Thank you for your message.",
            endedAgent: "The staff member has stopped the chat. Thank you for your message.",
            expired: "This chat has ended. You can start a new chat.",
            sending: "sending",
            tooLong: "Your message is too long. Please make it shorter.",
            failed: "Something went wrong. Please try again.",
            busy: "Slow down: you are sending too many messages at once."
        }
    };
    var STORAGE_KEY = "wegwijzer-chat";
    var MAX_TEXT = 4000;

    var STYLE = [
        ".wwc{font:16px/1.5 system-ui,sans-serif;max-width:32rem;border:2px solid #154273;border-radius:8px;padding:1rem;background:#fff;color:#111}",
        ".wwc h2{margin:0 0 .5rem;font-size:1.25rem}",
        ".wwc-bar{display:flex;gap:.5rem;justify-content:space-between;align-items:center;margin-bottom:.5rem}",
        ".wwc button{font:inherit;padding:.4rem .9rem;border-radius:6px;border:2px solid #154273;background:#154273;color:#fff;cursor:pointer}",
        ".wwc button.wwc-plain{background:#fff;color:#154273}",
        ".wwc button.wwc-exit{background:#a30000;border-color:#a30000;font-weight:bold}",
        ".wwc button:focus-visible,.wwc textarea:focus-visible{outline:3px solid #ffb612;outline-offset:2px}",
        ".wwc-log{list-style:none;margin:.5rem 0;padding:0;max-height:22rem;overflow-y:auto}",
        ".wwc-log li{margin:.25rem 0;padding:.4rem .6rem;border-radius:6px;background:#eef3f8}",
        ".wwc-log li.wwc-mine{background:#dbe8d0;margin-left:2rem}",
        ".wwc-log li.wwc-pending{opacity:.7}",
        ".wwc-who{font-weight:bold;display:block;font-size:.85rem}",
        ".wwc-status{min-height:1.5rem;margin:.25rem 0}",
        ".wwc-alert{color:#a30000}",
        ".wwc label{display:block;font-weight:bold}",
        ".wwc textarea{box-sizing:border-box;width:100%;min-height:4rem;font:inherit;padding:.4rem}",
        ".wwc-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"
    ].join("\n");

    function newId() {
        if (window.crypto && window.crypto.randomUUID)
            return window.crypto.randomUUID();
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    }

    function el(tag, attributes, text) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
        if (text !== undefined)
            node.textContent = text;
        return node;
    }

    function ChatWidget(root) {
        this.root = root;
        this.gateway = root.getAttribute("data-gateway") || "ws://127.0.0.1:8765/";
        this.exitUrl = root.getAttribute("data-exit-url") || "https://www.google.nl/";
        this.lang = root.getAttribute("data-lang") === "en" ? "en" : "nl";
        var phone = root.getAttribute("data-phone") || "";
        this.phone = /^\+?[0-9][0-9 ()-]{1,24}$/.test(phone) ? phone : "";
        this.agentsAvailable = true; // what the gateway last said: is anyone free to take a chat now?
        this.tree = null;
        this.socket = null;
        this.ready = false;
        this.chat = null;
        this.lastSeq = 0;
        this.pending = [];          // frames sent and not yet acknowledged: [{id, frame}]
        this.shown = {};            // own messages on screen by id, until the gateway confirms them
        this.state = "idle";        // idle, connecting, queued, joined, ended
        this.retryDelay = 1000;
        this.lastEsc = 0;
        this.lastTyping = 0;
        this.typingTimer = null;
        this.build();
        var saved = this.loadSession();
        if (saved && saved.resume)
            this.connect();
    }

    ChatWidget.prototype.t = function (key) { return TEXTS[this.lang][key]; };

    ChatWidget.prototype.build = function () {
        var self = this;
        if (!document.getElementById("wwc-style")) {
            var style = el("style", { id: "wwc-style" });
            style.textContent = STYLE;
            document.head.appendChild(style);
        }
        this.root.innerHTML = "";
        this.root.className = "wwc";
        this.root.setAttribute("role", "region");
        this.root.setAttribute("aria-labelledby", "wwc-title");
        this.root.setAttribute("lang", this.lang);

        var bar = el("div", { "class": "wwc-bar" });
        this.exitButton = el("button", { type: "button", "class": "wwc-exit", id: "wwc-exit" });
        this.languageButton = el("button", { type: "button", "class": "wwc-plain", id: "wwc-language" });
        bar.appendChild(this.exitButton);
        bar.appendChild(this.languageButton);
        this.root.appendChild(bar);

        this.title = el("h2", { id: "wwc-title" });
        this.intro = el("p", { id: "wwc-intro" });
        this.status = el("p", { "class": "wwc-status", role: "status", id: "wwc-status" });
        this.alert = el("p", { "class": "wwc-status wwc-alert", role: "alert", id: "wwc-alert" });
        this.log = el("ol", { "class": "wwc-log", role: "log", "aria-live": "polite", id: "wwc-log" });
        this.typing = el("p", { "class": "wwc-status", "aria-live": "polite", id: "wwc-typing" });
        this.startButton = el("button", { type: "button", id: "wwc-start" });

        this.form = el("form", { id: "wwc-form", hidden: "" });
        this.label = el("label", { "for": "wwc-input" });
        this.input = el("textarea", { id: "wwc-input", maxlength: String(2 * MAX_TEXT), rows: "3" });
        var actions = el("div", { "class": "wwc-bar" });
        this.sendButton = el("button", { type: "submit", id: "wwc-send" });
        this.endButton = el("button", { type: "button", "class": "wwc-plain", id: "wwc-end" });
        actions.appendChild(this.sendButton);
        actions.appendChild(this.endButton);
        this.form.appendChild(this.label);
        this.form.appendChild(this.input);
        this.form.appendChild(actions);

        [this.title, this.intro, this.status, this.alert, this.log, this.typing, this.startButton, this.form]
            .forEach(function (node) { self.root.appendChild(node); });

        this.exitButton.addEventListener("click", function () { self.quickExit(); });
        this.languageButton.addEventListener("click", function () {
            self.lang = self.lang === "nl" ? "en" : "nl";
            self.root.setAttribute("lang", self.lang);
            self.applyTexts();
        });
        this.startButton.addEventListener("click", function () { self.start(); });
        this.form.addEventListener("submit", function (event) {
            event.preventDefault();
            self.sendText();
        });
        this.input.addEventListener("keydown", function (event) {
            if (event.key === "Enter" && !event.shiftKey) {
                event.preventDefault();
                self.sendText();
            }
        });
        this.input.addEventListener("input", function () { self.typed(); });
        this.endButton.addEventListener("click", function () { self.end(); });
        // Esc twice within a second leaves at once, wherever the focus is.
        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape")
                return;
            var now = Date.now();
            if (now - self.lastEsc < 1000)
                self.quickExit();
            self.lastEsc = now;
        }, true);
        this.applyTexts();
    };

    ChatWidget.prototype.applyTexts = function () {
        this.title.textContent = this.t("title");
        this.intro.textContent = this.t("intro");
        this.exitButton.textContent = this.t("exit");
        this.exitButton.setAttribute("aria-label", this.t("exitHint"));
        this.exitButton.title = this.t("exitHint");
        this.languageButton.textContent = this.t("language");
        this.languageButton.setAttribute("aria-label", this.t("languageLabel"));
        this.languageButton.setAttribute("lang", this.lang === "nl" ? "en" : "nl");
        this.log.setAttribute("aria-label", this.t("transcript"));
        this.startButton.textContent = this.t("start");
        this.label.textContent = this.t("messageLabel");
        this.sendButton.textContent = this.t("send");
        this.endButton.textContent = this.t("end");
        var self = this;
        Array.prototype.forEach.call(this.log.querySelectorAll(".wwc-who"), function (who) {
            who.textContent = self.t(who.getAttribute("data-from") === "visitor" ? "you" : "agent");
        });
        this.showState();
    };

    ChatWidget.prototype.setStatus = function (text) { this.status.textContent = text || ""; };
    ChatWidget.prototype.setAlert = function (text) { this.alert.textContent = text || ""; };

    ChatWidget.prototype.showState = function () {
        var talking = this.state === "queued" || this.state === "joined" || this.state === "connecting";
        this.startButton.hidden = talking;
        if (talking)
            this.form.removeAttribute("hidden");
        else
            this.form.setAttribute("hidden", "");
        if (this.state === "queued" && !this.agentsAvailable)
            this.showNobodyFree();
        else if (this.state === "queued")
            this.setStatus(this.t("queued").replace("%1", String(this.position || 1)));
        else if (this.state === "joined")
            this.setStatus(this.t("joined"));
        else if (this.state === "connecting")
            this.setStatus(this.t("connecting"));
    };

    // Honest about the wait: nobody can take the chat now (all busy, on a break, or none there); the
    // visitor may wait, or call. The number is a link, so a phone dials it.
    ChatWidget.prototype.showNobodyFree = function () {
        var line = this.t(this.phone ? "nobodyPhone" : "nobody").split("%1");
        this.status.textContent = this.t("queuedShort").replace("%1", String(this.position || 1)) + " " + line[0];
        if (this.phone) {
            this.status.appendChild(el("a", { href: "tel:" + this.phone.replace(/[^0-9+]/g, ""), id: "wwc-phone" },
                                       this.phone));
            this.status.appendChild(document.createTextNode(line[1]));
        }
    };

    ChatWidget.prototype.loadSession = function () {
        try {
            return JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || "null");
        } catch (e) {
            return null;
        }
    };

    ChatWidget.prototype.saveSession = function (resume) {
        try {
            // Only the resume token, and only for this tab: never the messages.
            window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ resume: resume, lang: this.lang }));
        } catch (e) { /* private mode: the chat still works, without resuming */ }
    };

    ChatWidget.prototype.clearSession = function () {
        try {
            window.sessionStorage.removeItem(STORAGE_KEY);
        } catch (e) { /* nothing stored */ }
    };

    ChatWidget.prototype.start = function () {
        this.clearSession();
        this.log.innerHTML = "";
        this.lastSeq = 0;
        this.pending = [];
        this.shown = {};
        this.setAlert("");
        this.connect();
        this.input.focus();
    };

    ChatWidget.prototype.connect = function () {
        var self = this;
        this.state = "connecting";
        this.showState();
        var socket;
        try {
            socket = new WebSocket(this.gateway);
        } catch (e) {
            this.setAlert(this.t("failed"));
            return;
        }
        this.socket = socket;
        socket.onopen = function () {
            var saved = self.loadSession();
            var hello = { role: "visitor", lang: self.lang };
            if (saved && saved.resume) {
                hello.resume = saved.resume;
                hello.seen = self.lastSeq;
            } else if (self.tree) {
                hello.tree = self.tree;
            }
            self.sendFrame("hello", hello, false);
        };
        socket.onmessage = function (event) {
            var frame;
            try {
                frame = JSON.parse(event.data);
            } catch (e) {
                return;
            }
            self.receive(frame);
        };
        socket.onclose = function () {
            if (self.socket !== socket)
                return;
            self.socket = null;
            self.ready = false;
            if (self.state === "queued" || self.state === "joined" || self.state === "connecting") {
                self.setStatus(self.t("reconnecting"));
                window.setTimeout(function () { if (!self.socket && self.loadSession()) self.connect(); }, self.retryDelay);
                self.retryDelay = Math.min(self.retryDelay * 2, 10000);
            }
        };
    };

    ChatWidget.prototype.sendFrame = function (type, fields, keep) {
        var frame = { v: 1, type: type, id: newId() };
        Object.keys(fields).forEach(function (name) { frame[name] = fields[name]; });
        var text = JSON.stringify(frame);
        if (keep)
            this.pending.push({ id: frame.id, text: text });
        if (this.socket && this.socket.readyState === WebSocket.OPEN && (this.ready || type === "hello"))
            this.socket.send(text);
        return frame.id;
    };

    ChatWidget.prototype.receive = function (frame) {
        var self = this;
        switch (frame.type) {
        case "welcome":
            this.chat = frame.chat;
            this.ready = true;
            this.retryDelay = 1000;
            this.saveSession(frame.resume);
            this.state = frame.state === "active" ? "joined" : "queued";
            this.showState();
            // What was not acknowledged before the connection broke goes again, in order.
            this.pending.forEach(function (entry) { self.socket.send(entry.text); });
            break;
        case "ack":
            this.pending = this.pending.filter(function (entry) { return entry.id !== frame.ack; });
            if (this.shown[frame.ack] && frame.seq) {
                // Our own message is stored and has its place in the conversation.
                this.confirm(this.shown[frame.ack], frame.seq);
                delete this.shown[frame.ack];
                this.lastSeq = Math.max(this.lastSeq, frame.seq);
            }
            break;
        case "queue":
            this.position = frame.position;
            this.agentsAvailable = frame.agentsAvailable !== false; // an older gateway does not say
            if (this.state !== "joined") {
                this.state = "queued";
                this.showState();
            }
            break;
        case "joined":
            this.state = "joined";
            this.showState();
            break;
        case "message":
            this.showMessage(frame);
            break;
        case "typing":
            this.typing.textContent = frame.typing ? this.t("typing") : "";
            break;
        case "ended":
            this.finish(frame.reason === "agent-ended" ? this.t("endedAgent") : this.t("ended"));
            break;
        case "error":
            this.pending = this.pending.filter(function (entry) { return entry.id !== frame.ref; });
            if (frame.code === "resume-refused") {
                this.clearSession();
                this.chat = null;
                this.finish(this.t("expired"));
            } else if (frame.code === "too-long") {
                this.setAlert(this.t("tooLong"));
            } else if (frame.code === "rate-limited") {
                this.setAlert(this.t("busy"));
            } else {
                this.setAlert(this.t("failed"));
            }
            break;
        }
    };

    ChatWidget.prototype.showMessage = function (frame) {
        if (frame.seq <= this.lastSeq)
            return; // shown before this reconnect
        this.lastSeq = frame.seq;
        var mine = frame.from === "visitor";
        var item = mine && this.shown[frame.id];
        if (item) {
            delete this.shown[frame.id];
        } else {
            item = this.addLine(frame.from, frame.text, false);
        }
        this.confirm(item, frame.seq);
        if (!mine)
            this.typing.textContent = "";
        this.acknowledge(frame.seq);
    };

    // Acks are cumulative ("everything up to seq"): a burst of messages, such as the transcript sent again
    // after a reload, is acknowledged once, not message by message.
    ChatWidget.prototype.acknowledge = function (seq) {
        var self = this;
        this.ackSeq = Math.max(this.ackSeq || 0, seq);
        if (this.ackTimer)
            return;
        this.ackTimer = window.setTimeout(function () {
            self.ackTimer = null;
            if (self.socket && self.socket.readyState === WebSocket.OPEN)
                self.socket.send(JSON.stringify({ v: 1, type: "ack", seq: self.ackSeq }));
        }, 50);
    };

    ChatWidget.prototype.confirm = function (item, seq) {
        item.classList.remove("wwc-pending");
        item.querySelector(".wwc-sending").textContent = "";
        item.setAttribute("data-seq", String(seq));
    };

    ChatWidget.prototype.addLine = function (from, text, pending) {
        var item = el("li", { "class": from === "visitor" ? "wwc-mine" : "wwc-theirs" });
        item.appendChild(el("span", { "class": "wwc-who", "data-from": from }, this.t(from === "visitor" ? "you" : "agent")));
        item.appendChild(el("span", { "class": "wwc-text" }, text));
        item.appendChild(el("span", { "class": "wwc-sending wwc-sr" }, pending ? this.t("sending") : ""));
        if (pending)
            item.classList.add("wwc-pending");
        this.log.appendChild(item);
        this.log.scrollTop = this.log.scrollHeight;
        return item;
    };

    ChatWidget.prototype.sendText = function () {
        var text = this.input.value.trim();
        if (!text || !this.chat)
            return;
        if (Array.from(text).length > MAX_TEXT) { // characters as the gateway counts them: code points
            this.setAlert(this.t("tooLong"));
            return;
        }
        this.setAlert("");
        var id = this.sendFrame("message", { text: text }, true);
        this.shown[id] = this.addLine("visitor", text, true);
        this.input.value = "";
        this.stopTyping();
    };

    ChatWidget.prototype.typed = function () {
        var self = this;
        if (!this.chat)
            return;
        var now = Date.now();
        if (now - this.lastTyping > 3000) {
            this.lastTyping = now;
            this.sendFrame("typing", { typing: true }, false);
        }
        window.clearTimeout(this.typingTimer);
        this.typingTimer = window.setTimeout(function () { self.stopTyping(); }, 4000);
    };

    ChatWidget.prototype.stopTyping = function () {
        window.clearTimeout(this.typingTimer);
        if (this.lastTyping && this.chat)
            this.sendFrame("typing", { typing: false }, false);
        this.lastTyping = 0;
    };

    ChatWidget.prototype.end = function () {
        if (this.chat)
            this.sendFrame("end", {}, false);
        this.finish(this.t("ended"));
    };

    ChatWidget.prototype.finish = function (message) {
        this.state = "ended";
        this.ready = false;
        this.chat = null;
        this.pending = [];
        this.clearSession();
        var socket = this.socket;
        this.socket = null;
        if (socket)
            socket.close();
        this.typing.textContent = "";
        this.setStatus(message);
        this.showState();
    };

    // Leave at once: nothing of the chat stays in view, in storage or in the back button's history.
    ChatWidget.prototype.quickExit = function () {
        document.documentElement.style.visibility = "hidden";
        this.clearSession();
        if (this.socket && this.chat) {
            try {
                this.socket.send(JSON.stringify({ v: 1, type: "end", id: newId() }));
            } catch (e) { /* leaving anyway */ }
        }
        this.state = "ended";
        var socket = this.socket;
        this.socket = null;
        if (socket)
            socket.close();
        this.log.innerHTML = "";
        this.input.value = "";
        document.title = "";
        window.location.replace(this.exitUrl);
    };

    ChatWidget.prototype.setTreePath = function (identity, path) {
        this.tree = { identity: String(identity), path: (path || []).map(String) };
    };

    function mount() {
        var root = document.getElementById("wegwijzer-chat");
        if (root && !window.wegwijzerChat)
            window.wegwijzerChat = new ChatWidget(root);
    }

    if (document.readyState === "loading")
        document.addEventListener("DOMContentLoaded", mount);
    else
        mount();
}());
