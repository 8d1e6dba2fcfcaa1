#!/usr/bin/env python3
"""Poison files: a stage that hangs and a stage that crashes, under a stand-in for systemd.

Usage: poison.py BINARY WORKDIR

The daemon runs with the test hooks WIREWATCH_TEST_HANG_ON=POISON-HANG and WIREWATCH_TEST_CRASH_ON=POISON-CRASH
(see StageFaults), NOTIFY_SOCKET set to a datagram socket this script reads, and WATCHDOG_USEC=1000000. Like
systemd with `WatchdogSec=1s` and `Restart=on-failure`, the script sends SIGABRT when no WATCHDOG=1 came for the
watchdog interval, and restarts the daemon whenever it ends. Checks: both poison files end quarantined with
`too_many_attempts` after `max_attempts` (3) tries, the good files dropped before and after are processed, the
daemon is up at the end and stops cleanly on SIGTERM, and the figures (restarts by the watchdog, crashes) are
printed.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import Daemon, Failure, Tree, article, drop, finish, log, wait_until  # noqa: E402

TAG = "poison"
WATCHDOG_USEC = 1_000_000


class Supervisor:
    """The parts of systemd this test needs: the notify socket, the watchdog and the restart."""

    def __init__(self, path):
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.sock.settimeout(0.1)
        self.lock = threading.Lock()
        self.last_ping = None
        self.ready = False
        self.messages = []
        self.running = True
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        while self.running:
            try:
                data = self.sock.recv(4096).decode("utf-8", "replace")
            except socket.timeout:
                continue
            except OSError:
                return
            with self.lock:
                for line in data.splitlines():
                    self.messages.append(line)
                    if line == "WATCHDOG=1":
                        self.last_ping = time.monotonic()
                    if line == "READY=1":
                        self.ready = True
                        self.last_ping = time.monotonic()

    def reset(self):
        with self.lock:
            self.ready = False
            self.last_ping = None

    def overdue(self):
        with self.lock:
            return self.ready and time.monotonic() - self.last_ping > WATCHDOG_USEC / 1e6

    def close(self):
        self.running = False
        self.sock.close()


def main():
    binary, workdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    shutil.rmtree(workdir, ignore_errors=True)
    tree = Tree(os.path.join(workdir, "tree"), workers=2, max_attempts=3)
    supervisor = Supervisor(os.path.join(workdir, "notify.sock"))
    daemon = Daemon(binary, tree, env={
        "NOTIFY_SOCKET": supervisor.path, "WATCHDOG_USEC": str(WATCHDOG_USEC),
        "WIREWATCH_TEST_HANG_ON": "POISON-HANG", "WIREWATCH_TEST_CRASH_ON": "POISON-CRASH"})
    daemon.start()
    for index in range(5):
        drop(tree.inbox, f"before-{index}.txt", article(index))
    drop(tree.inbox, "hang.txt", "Poison one\nThis text holds POISON-HANG and makes the parse stage hang.\n")
    drop(tree.inbox, "crash.txt", "Poison two\nThis text holds POISON-CRASH and makes the parse stage trap.\n")
    for index in range(5):
        drop(tree.inbox, f"after-{index}.txt", article(100 + index))

    watchdog_kills = exits = abort_timeouts = 0
    deadline = time.monotonic() + 180
    failures = []
    while os.listdir(tree.inbox):
        if time.monotonic() > deadline:
            failures.append(f"timed out; inbox: {os.listdir(tree.inbox)}")
            break
        watchdog_fired = False
        if daemon.alive() and supervisor.overdue():
            watchdog_fired = True
            daemon.process.send_signal(signal.SIGABRT)  # what systemd does on a watchdog timeout
            try:
                daemon.process.wait(timeout=15)
            except subprocess.TimeoutExpired:  # systemd: SIGKILL after TimeoutAbortSec
                abort_timeouts += 1
                daemon.process.kill()
                daemon.process.wait()
            watchdog_kills += 1
        if not daemon.alive():
            if not watchdog_fired:
                exits += 1
            time.sleep(0.2)  # RestartSec
            supervisor.reset()
            daemon.start()
        time.sleep(0.05)
    time.sleep(0.5)
    if not daemon.alive():
        failures.append("the daemon is not up after the poison files were quarantined")
    status = daemon.stop()
    supervisor.close()
    if status != 0:
        failures.append(f"daemon exited with {status} on SIGTERM")

    ledger = tree.ledger()
    by_name = {}
    for entry in ledger:
        by_name.setdefault(entry["file"], []).append(entry)
    for name in ("hang.txt", "crash.txt"):
        entries = by_name.get(name, [])
        if len(entries) != 1 or entries[0]["status"] != "quarantined" \
                or not (entries[0].get("reason") or "").startswith("too_many_attempts"):
            failures.append(f"{name}: {entries}")
        reasons = [r for r in tree.reasons().values() if r["file"] == name]
        if len(reasons) != 1 or reasons[0]["attempts"] != 3:
            failures.append(f"{name}: reason files {reasons}")
        else:
            log(TAG, f"  {name}: quarantined, code {reasons[0]['code']}, attempts {reasons[0]['attempts']}")
    for index in range(5):
        for name in (f"before-{index}.txt", f"after-{index}.txt"):
            if [e["status"] for e in by_name.get(name, [])] != ["processed"]:
                failures.append(f"{name}: {by_name.get(name)}")
    checked, problems = tree.check_outputs()
    failures.extend(problems)
    events = daemon.all_events()
    # A trap runs Swift's backtracer before the process ends (the pings stop meanwhile): count the traps themselves.
    crashes = 0
    for path in daemon.log_paths:
        with open(path + ".stderr", "rb") as handle:
            crashes += handle.read().count(b"WIREWATCH_TEST_CRASH_ON matched")
    log(TAG, f"restarts: {daemon.starts - 1} (watchdog SIGABRT: {watchdog_kills}, of which SIGKILLed "
             f"15 s later: {abort_timeouts}, exits: {exits}; stage traps: {crashes}), "
             f"ledger lines: {len(ledger)}, log lines: {len(events)} all JSON, {checked} JSON outputs parsed")
    if watchdog_kills == 0:
        failures.append("the watchdog never fired: a hung stage did not stop the pings")
    if crashes == 0:
        failures.append("the crash hook never crashed the daemon")
    finish(TAG, failures)


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        finish(TAG, [str(failure)])
