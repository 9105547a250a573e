#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end test of installer/examples/asterisk-telephony-adapter.py: a scripted Asterisk manager
interface (AMI) on one side, a real wegwijzer-chatd with a telephony secret and a real agent client
(chat_test_agent) on the other. The AMI events of a queue call become call-offered, call-answered and
call-ended at the agent's desk; what the adapter must not pass on (an unsafe agent name or call id, a
number without WW_SEND_CALLER_NUMBER) does not arrive; a secret file readable by others and a wrong
secret stop the adapter with a message. Fails (never skips) when python3-websockets is missing.

  asterisk_adapter_e2e.py --chatd BIN --admin BIN --agent BIN --adapter FILE --adapter-python BIN
"""
import argparse
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import shutil
import socket

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "web"))
from chat_widget_e2e import free_port, wait_until  # noqa: E402

SECRET = "a telephony secret of more than thirty-two characters"
AMI_SECRET = "ami-secret"


class Lines:
    """A process's output lines, collected by a thread so the pipe never blocks."""

    def __init__(self, stream):
        self.lines = []
        self.queue = queue.Queue()
        threading.Thread(target=self.read, args=(stream,), daemon=True).start()

    def read(self, stream):
        for line in stream:
            self.queue.put(line.rstrip("\n"))

    def all(self):
        while not self.queue.empty():
            self.lines.append(self.queue.get())
        return self.lines

    def saw(self, prefix, timeout=10.0):
        return wait_until("%r (saw %r)" % (prefix, self.lines),
                          lambda: next((line for line in self.all() if line.startswith(prefix)), None), timeout)


class FakeAmi:
    """Asterisk's manager interface as the adapter sees it: a banner, a login, then events we script."""

    def __init__(self):
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.port = self.server.getsockname()[1]
        self.events = queue.Queue()
        self.logins = []
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            connection, _ = self.server.accept()
            connection.sendall(b"Asterisk Call Manager/9.0.0\r\n")
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = connection.recv(4096)
                if not chunk:
                    break
                request += chunk
            fields = dict(line.split(": ", 1) for line in request.decode().split("\r\n") if ": " in line)
            self.logins.append(fields)
            if fields.get("Username") != "wegwijzer" or fields.get("Secret") != AMI_SECRET:
                connection.sendall(b"Response: Error\r\nMessage: Authentication failed\r\n\r\n")
                connection.close()
                continue
            connection.sendall(b"Response: Success\r\nMessage: Authentication accepted\r\n\r\n")
            while True:
                event = self.events.get()
                text = "".join("%s: %s\r\n" % item for item in event.items()) + "\r\n"
                connection.sendall(text.encode())

    def send(self, **event):
        self.events.put(event)


def secret_file(folder, name, text, mode=0o600):
    path = os.path.join(folder, name)
    with open(path, "w") as file:
        file.write(text + "\n")
    os.chmod(path, mode)
    return path


def main():
    parser = argparse.ArgumentParser()
    for option in ("--chatd", "--admin", "--agent", "--adapter", "--adapter-python"):
        parser.add_argument(option, required=True)
    args = parser.parse_args()
    probe = subprocess.run([args.adapter_python, "-c", "import websockets"], capture_output=True)
    if probe.returncode != 0:
        print("FAIL: the adapter needs python3-websockets (Debian package) for %s" % args.adapter_python)
        return 1

    work = tempfile.mkdtemp(prefix="ww-asterisk-")
    processes = []

    def start(command, env=None, stdout=True):
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE if stdout else subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True)
        processes.append(process)
        return process

    try:
        db = "sqlite://" + os.path.join(work, "cases.db")
        subprocess.run([args.admin, "db", "migrate", "--db", db], check=True, stdout=subprocess.DEVNULL)
        port = free_port()
        gateway_secret = secret_file(work, "telephony-secret", SECRET)
        chatd = start([args.chatd, "--db", db, "--listen", "127.0.0.1:%d" % port,
                       "--telephony-secret-file", gateway_secret], stdout=False)
        chatd_log = Lines(chatd.stderr)
        wait_until("the gateway to listen", lambda: any("listening" in line for line in chatd_log.all()))
        gateway = "ws://127.0.0.1:%d/" % port

        agent = start([args.agent, "--url", gateway, "--db", db, "--name", "maria"])
        desk = Lines(agent.stdout)
        desk.saw("ready maria")

        ami = FakeAmi()
        env = dict(os.environ, WW_GATEWAY=gateway, WW_SECRET_FILE=gateway_secret, WW_AMI_HOST="127.0.0.1",
                   WW_AMI_PORT=str(ami.port), WW_AMI_USER="wegwijzer",
                   WW_AMI_SECRET_FILE=secret_file(work, "ami-secret", AMI_SECRET))
        adapter = start([args.adapter_python, args.adapter], env=env)
        adapter_errors = Lines(adapter.stderr)
        wait_until("the adapter to log in to the AMI", lambda: ami.logins)
        assert ami.logins[0].get("Action") == "Login" and ami.logins[0].get("Events") == "agent,call", ami.logins

        # What must not pass: an agent name that is no account name, a call id outside the protocol's form.
        ami.send(Event="AgentCalled", Uniqueid="1733130000.1", Queue="helpline", Interface="PJSIP/../maria")
        ami.send(Event="AgentCalled", Uniqueid="17331 30000;2", Queue="helpline", Interface="PJSIP/maria")
        # A queue call for maria, with the phone menu's choices, language and the caller's number.
        ami.send(Event="AgentCalled", Uniqueid="1733130000.42", Queue="helpline", Interface="PJSIP/maria",
                 CallerIDNum="+31612345678", **{"ChanVariable(WW_MENU)": "1,2", "ChanVariable(WW_LANG)": "en"})
        offered = desk.saw("call call-offered 1733130000.42")
        assert offered == "call call-offered 1733130000.42 queue=helpline menu=1,2 lang=en number=no", \
            offered
        ami.send(Event="AgentConnect", Uniqueid="1733130000.42", Interface="Local/maria@agents")
        desk.saw("call call-answered 1733130000.42")
        ami.send(Event="Hangup", Uniqueid="1733130000.42")
        desk.saw("call call-ended 1733130000.42")
        # A hang-up of a call never offered is not passed on.
        ami.send(Event="Hangup", Uniqueid="1733130000.99")
        ami.send(Event="AgentCalled", Uniqueid="1733130000.43", Queue="helpline", Interface="PJSIP/maria")
        desk.saw("call call-offered 1733130000.43")
        calls = [line for line in desk.all() if line.startswith("call ")]
        assert not any(".1 " in line or ".99" in line or "30000;2" in line for line in calls), calls
        assert not any("612345678" in line for line in adapter_errors.all() + chatd_log.all()), \
            "the caller's number in a log"
        adapter.terminate()
        adapter.wait(5)

        # WW_SEND_CALLER_NUMBER=1: the number reaches the desk (which keeps it only with consent).
        ami2 = FakeAmi()
        adapter = start([args.adapter_python, args.adapter],
                        env=dict(env, WW_AMI_PORT=str(ami2.port), WW_SEND_CALLER_NUMBER="1"))
        wait_until("the second adapter to log in", lambda: ami2.logins)
        ami2.send(Event="AgentCalled", Uniqueid="1733130001.7", Queue="helpline", Interface="PJSIP/maria",
                  CallerIDNum="+31612345678")
        offered = desk.saw("call call-offered 1733130001.7")
        assert offered.endswith("number=yes"), offered
        adapter.terminate()
        adapter.wait(5)

        # A secret file others can read: the adapter refuses to start and says how to fix it.
        loose = secret_file(work, "loose-secret", SECRET, 0o644)
        refused = subprocess.run([args.adapter_python, args.adapter], env=dict(env, WW_SECRET_FILE=loose),
                                 capture_output=True, text=True, timeout=20)
        assert refused.returncode != 0 and "chmod 600" in refused.stderr, refused.stderr

        # A wrong telephony secret: the gateway refuses the login and the adapter stops saying so.
        ami3 = FakeAmi()
        wrong = secret_file(work, "wrong-secret", "x" * 40)
        refused = start([args.adapter_python, args.adapter],
                        env=dict(env, WW_AMI_PORT=str(ami3.port), WW_SECRET_FILE=wrong))
        wait_until("the third adapter to log in", lambda: ami3.logins)
        ami3.send(Event="AgentCalled", Uniqueid="1733130002.1", Queue="helpline", Interface="PJSIP/maria")
        _, errors = refused.communicate(timeout=20)
        assert refused.returncode != 0 and "refused the login" in errors, errors
        assert not any("1733130002.1" in line for line in desk.all())
        print("PASS: AMI events became call frames at the agent's desk; unsafe names, ids and numbers stayed out; "
              "a loose secret file and a wrong secret stopped the adapter")
        return 0
    finally:
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
