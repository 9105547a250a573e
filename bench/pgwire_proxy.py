#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A TCP proxy between a program and PostgreSQL that stands for a slow or silent network, and counts
what crosses it.

Every chunk is held back DELAY_MS in each direction (a round trip of 2 x DELAY_MS). SIGUSR1 makes the
network silent (nothing passes, connections stay open, as when a VPN drops); SIGUSR2 lets everything
through again, in order. The client's side of the PostgreSQL protocol is read as it passes: every
simple query ('Q') and every execution of a prepared statement ('E', named by its 'P') is written to
the log with its time and connection, and every 'Q' or 'Sync' counts as one round trip, since the
client then waits for the server's ReadyForQuery.

Usage: pgwire_proxy.py LISTEN_PORT TARGET_PORT DELAY_MS LOG_FILE
Log lines: "<ms since start> <connection> <Q|E> <first 80 characters of the SQL>"; "S" lines mark
a Sync without a statement of its own (the end of an extended-protocol batch).
"""
import asyncio
import signal
import struct
import sys
import time

LISTEN, TARGET, DELAY = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]) / 1000.0
LOG = open(sys.argv[4], "w", buffering=1)
START = time.monotonic()
held = asyncio.Event()
held.set()  # set: traffic flows
connections = 0


class ClientReader:
    """Reads the frontend protocol from a byte stream that arrives in arbitrary chunks."""

    def __init__(self, number):
        self.number = number
        self.buffer = b""
        self.started = False
        self.statements = {}  # prepared statement name -> SQL

    def log(self, kind, sql):
        text = " ".join(sql.split())[:80]
        LOG.write(f"{(time.monotonic() - START) * 1000:.1f} {self.number} {kind} {text}\n")

    def feed(self, data):
        self.buffer += data
        while True:
            if not self.started:
                if len(self.buffer) < 8:
                    return
                length, code = struct.unpack("!ii", self.buffer[:8])
                if len(self.buffer) < length:
                    return
                self.buffer = self.buffer[length:]
                # SSLRequest and GSSENCRequest come before the real start-up message.
                self.started = code not in (80877103, 80877104)
                continue
            if len(self.buffer) < 5:
                return
            kind = chr(self.buffer[0])
            length = struct.unpack("!i", self.buffer[1:5])[0]
            if len(self.buffer) < 1 + length:
                return
            body = self.buffer[5:1 + length]
            self.buffer = self.buffer[1 + length:]
            if kind == "Q":
                sql = body.split(b"\0")[0].decode("utf-8", "replace")
                # Qt's driver prepares with PREPARE ... AS and runs with EXECUTE name (...): log what runs.
                words = sql.split(None, 3)
                if len(words) == 4 and words[0].upper() == "PREPARE" and words[2].upper() == "AS":
                    self.statements[words[1].encode()] = words[3]
                    sql = "PREPARE " + words[3]
                elif len(words) >= 2 and words[0].upper() == "EXECUTE":
                    name = words[1].split("(")[0]
                    sql = self.statements.get(name.encode(), sql)
                self.log("Q", sql)
            elif kind == "P":
                name, rest = body.split(b"\0", 1)
                self.statements[name] = rest.split(b"\0")[0].decode("utf-8", "replace")
            elif kind == "B":
                portal, rest = body.split(b"\0", 1)
                self.bound = rest.split(b"\0")[0]
            elif kind == "E":
                self.log("E", self.statements.get(getattr(self, "bound", b""), "?"))
            elif kind == "S":
                self.log("S", "")


async def pump(reader, writer, inspect=None):
    queue = asyncio.Queue()

    async def read():
        while True:
            data = await reader.read(65536)
            await queue.put((asyncio.get_running_loop().time() + DELAY, data))
            if not data:
                return

    async def write():
        while True:
            due, data = await queue.get()
            now = asyncio.get_running_loop().time()
            if due > now:
                await asyncio.sleep(due - now)
            await held.wait()
            if not data:
                writer.close()
                return
            if inspect:
                inspect.feed(data)
            writer.write(data)
            await writer.drain()

    await asyncio.gather(read(), write(), return_exceptions=True)


async def handle(client_reader, client_writer):
    global connections
    connections += 1
    server_reader, server_writer = await asyncio.open_connection("127.0.0.1", TARGET)
    inspect = ClientReader(connections)
    await asyncio.gather(pump(client_reader, server_writer, inspect), pump(server_reader, client_writer),
                         return_exceptions=True)


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, held.clear)
    loop.add_signal_handler(signal.SIGUSR2, held.set)
    server = await asyncio.start_server(handle, "127.0.0.1", LISTEN)
    async with server:
        await server.serve_forever()


asyncio.run(main())
