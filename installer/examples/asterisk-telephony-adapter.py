#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Passes Asterisk's queue calls to wegwijzer-chatd as telephony frames (docs/telephony.md).

Listens to the Asterisk manager interface (AMI) on 127.0.0.1:5038 and sends:
  AgentCalled   -> call-offered  (queue, WW_MENU and WW_LANG channel variables, the member's account name)
  AgentConnect  -> call-answered
  Hangup        -> call-ended    (for a call that was offered)

Settings come from the environment:
  WW_GATEWAY            wss://chat.example:8765/ (the gateway, with TLS)
  WW_SECRET_FILE        the gateway's telephony secret, first line (mode 0600)
  WW_AMI_HOST, WW_AMI_PORT (127.0.0.1, 5038), WW_AMI_USER, WW_AMI_SECRET_FILE
  WW_SEND_CALLER_NUMBER 1 to pass the caller's number (the agent still needs the caller's consent to keep it)

An example to adapt: it reconnects to both sides, and drops (with a line on stderr that names no caller) what the
gateway refuses. Requires python3-websockets. tests/telephony/asterisk_adapter_e2e.py runs it between a scripted
manager interface and a real gateway: keep that test passing when changing it.
"""
import asyncio
import datetime
import itertools
import json
import os
import re
import sys

import websockets

CALL = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
ids = itertools.count(1)


def read_secret(path):
    if os.stat(path).st_mode & 0o077:
        sys.exit(f"{path}: readable by others; chmod 600 {path}")
    with open(path, encoding="utf-8") as file:
        return file.readline().rstrip("\r\n")


def now():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def agent_of(interface):
    """PJSIP/maria or Local/maria@agents -> maria."""
    name = interface.split("/", 1)[-1].split("@", 1)[0]
    return name if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,62}", name) else None


async def ami_events(host, port, user, secret):
    reader, writer = await asyncio.open_connection(host, port)
    await reader.readline()  # the banner
    writer.write(f"Action: Login\r\nUsername: {user}\r\nSecret: {secret}\r\nEvents: agent,call\r\n\r\n".encode())
    await writer.drain()
    event = {}
    while line := await reader.readline():
        line = line.decode("utf-8", "replace").rstrip("\r\n")
        if not line:
            if event:
                yield event
            event = {}
            continue
        key, _, value = line.partition(": ")
        event[key] = value
    raise ConnectionError("AMI closed the connection")


class Gateway:
    def __init__(self, url, secret):
        self.url, self.secret, self.socket = url, secret, None

    async def send(self, frame):
        frame = {"v": 1, "id": f"a{next(ids)}", **frame}
        for attempt in range(2):
            try:
                if self.socket is None:
                    self.socket = await websockets.connect(self.url)
                    await self.socket.send(json.dumps({"v": 1, "type": "hello", "id": "hello", "role": "telephony",
                                                       "secret": self.secret}))
                    await self.answer("hello")
                await self.socket.send(json.dumps(frame))
                return await self.answer(frame["id"])
            except (OSError, websockets.WebSocketException):
                self.socket = None
        return "unreachable"

    async def answer(self, frame_id):
        while True:
            reply = json.loads(await asyncio.wait_for(self.socket.recv(), 10))
            if reply.get("type") == "ack" and reply.get("ack") == frame_id:
                return "ack"
            if reply.get("type") == "error" and reply.get("ref") in (frame_id, None):
                if reply.get("code") in ("telephony-refused", "rate-limited"):
                    sys.exit(f"the gateway refused the login: {reply.get('code')}")
                return reply.get("code")


async def main():
    gateway = Gateway(os.environ["WW_GATEWAY"], read_secret(os.environ["WW_SECRET_FILE"]))
    send_number = os.environ.get("WW_SEND_CALLER_NUMBER") == "1"
    offered = set()
    while True:
        try:
            async for event in ami_events(os.environ.get("WW_AMI_HOST", "127.0.0.1"),
                                          int(os.environ.get("WW_AMI_PORT", "5038")),
                                          os.environ["WW_AMI_USER"], read_secret(os.environ["WW_AMI_SECRET_FILE"])):
                name, call = event.get("Event"), event.get("Uniqueid", "")
                if not CALL.match(call):
                    continue
                if name == "AgentCalled":
                    agent = agent_of(event.get("Interface", event.get("MemberName", "")))
                    if not agent:
                        continue
                    menu = [c for c in event.get("ChanVariable(WW_MENU)", "").split(",") if c]
                    frame = {"type": "call-offered", "call": call, "queue": event.get("Queue", "queue"),
                             "menu": menu[:10], "lang": event.get("ChanVariable(WW_LANG)") or "nl", "agent": agent}
                    number = event.get("CallerIDNum", "")
                    if send_number and re.fullmatch(r"\+?[0-9]{1,19}", number):
                        frame["callerNumber"] = number
                    result = await gateway.send(frame)
                    if result == "ack":
                        offered.add(call)
                    else:
                        print(f"call-offered refused: {result}", file=sys.stderr)
                elif name == "AgentConnect" and call in offered:
                    answered = {"type": "call-answered", "call": call, "at": now()}
                    agent = agent_of(event.get("Interface", event.get("MemberName", "")))
                    if agent:
                        answered["agent"] = agent  # a queue that rings all: the others stop ringing
                    await gateway.send(answered)
                elif name == "Hangup" and call in offered:
                    offered.discard(call)
                    await gateway.send({"type": "call-ended", "call": call, "at": now()})
        except (OSError, ConnectionError) as problem:
            print(f"AMI: {problem}; again in 5 s", file=sys.stderr)
            await asyncio.sleep(5)


if __name__ == "__main__":
    asyncio.run(main())
