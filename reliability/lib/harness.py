"""Shared pieces of the reliability harnesses: a daemon under test, its folders, generated articles, log and
output checks. Python 3 standard library only. Every wait is bounded; every harness stops by itself."""

import atexit
import json
import os
import random
import signal
import subprocess
import sys
import time

TEMP_MARKERS = (".tmp", ".part")
_DAEMONS = []


def _kill_daemons():
    """At exit (also on SIGTERM from a time bound): no daemon of ours outlives the harness."""
    for daemon in _DAEMONS:
        if daemon.process is not None and daemon.process.poll() is None:
            daemon.process.kill()
            daemon.process.wait()


atexit.register(_kill_daemons)
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
signal.signal(signal.SIGHUP, lambda *_: sys.exit(129))


def log(tag, message):
    print(f"{tag}: {message}", flush=True)


class Failure(Exception):
    """A broken promise: the harness prints it and exits non-zero."""


def wait_until(predicate, timeout, interval=0.05, what="condition"):
    """Polls `predicate` until it returns a true value or `timeout` seconds pass (then raises Failure)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failure(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


class Tree:
    """The daemon's folders under one root, and its configuration file."""

    def __init__(self, root, **config):
        self.root = os.path.abspath(root)
        self.inbox = os.path.join(self.root, "inbox")
        self.output = os.path.join(self.root, "out")
        self.state = os.path.join(self.root, "state")
        self.quarantine = os.path.join(self.root, "quarantine")
        self.processed = os.path.join(self.root, "processed")
        self.config_path = os.path.join(self.root, "config.json")
        for path in (self.inbox, self.output, self.state, self.quarantine, self.processed):
            os.makedirs(path, exist_ok=True)
        values = {
            "inbox": self.inbox, "output": self.output, "state": self.state,
            "quarantine": self.quarantine, "processed": self.processed,
            "log_level": "info", "ignore_patterns": [".*", "*.part", "*.tmp", "*~"],
            "max_file_bytes": 1048576, "max_attempts": 3, "workers": 2, "status_interval_seconds": 1,
        }
        values.update(config)
        with open(self.config_path, "w") as handle:
            json.dump(values, handle, indent=2)

    # What became of the inputs.
    def ledger(self):
        """Every ledger line parsed (raises Failure on a line that is not JSON)."""
        path = os.path.join(self.output, "ledger.jsonl")
        if not os.path.exists(path):
            return []
        entries = []
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                try:
                    entries.append(json.loads(raw))
                except ValueError as error:
                    raise Failure(f"ledger line {number} is not JSON: {error}: {raw[:200]!r}")
        return entries

    def names(self, folder):
        return sorted(os.listdir(os.fsencode(folder)))

    def articles(self):
        folder = os.path.join(self.output, "articles")
        return sorted(n for n in os.listdir(folder) if n.endswith(".json")) if os.path.isdir(folder) else []

    def reasons(self):
        """The quarantine's reason files, parsed, by the quarantined entry's name."""
        found = {}
        for name in os.listdir(self.quarantine):
            if name.endswith(".reason.json"):
                with open(os.path.join(self.quarantine, name)) as handle:
                    found[name[: -len(".reason.json")]] = json.load(handle)
        return found

    def check_outputs(self):
        """Every JSON output parses; no temporary file is left in the output, state, quarantine or processed
        folders. Returns (json_files_checked, problems)."""
        problems, checked = [], 0
        for top in (self.output, self.state, self.quarantine):
            for folder, _, files in os.walk(top):
                for name in files:
                    path = os.path.join(folder, name)
                    if name.endswith(TEMP_MARKERS) or (name.startswith(".") and top != self.quarantine):
                        problems.append(f"temporary file left: {path}")
                    elif name.endswith(".json") and top != self.quarantine or name.endswith(".reason.json"):
                        checked += 1
                        try:
                            with open(path, "rb") as handle:
                                json.load(handle)
                        except ValueError as error:
                            problems.append(f"partial or invalid JSON: {path}: {error}")
        for name in os.listdir(self.processed):
            if name.startswith(".wirewatch") or name.endswith(".tmp"):
                problems.append(f"temporary file left: {self.processed}/{name}")
        return checked, problems


class Daemon:
    """`wirewatch run --config` as a child process, its stdout appended to the tree's log."""

    def __init__(self, binary, tree, env=None, wrapper=None):
        self.binary = binary
        self.tree = tree
        self.env = dict(os.environ)
        self.env.pop("NOTIFY_SOCKET", None)
        self.env.pop("WATCHDOG_USEC", None)
        self.env.update(env or {})
        self.wrapper = wrapper or []
        self.process = None
        self.starts = 0
        self.log_path = None
        self.log_paths = []
        _DAEMONS.append(self)

    def start(self, wait_ready=True, timeout=60):
        """Starts the daemon with its own log file (stdout: JSON lines; stderr apart) and waits for inbox.ready."""
        self.starts += 1
        self.log_path = os.path.join(self.tree.root, f"daemon-{self.starts:03d}.log")
        self.log_paths.append(self.log_path)
        with open(self.log_path, "wb") as out, open(self.log_path + ".stderr", "wb") as err:
            self.process = subprocess.Popen(
                self.wrapper + [self.binary, "run", "--config", self.tree.config_path],
                stdout=out, stderr=err, env=self.env, stdin=subprocess.DEVNULL)
        if wait_ready:
            def ready():
                if self.process.poll() is not None:
                    raise Failure(f"daemon exited with {self.process.returncode} before it was ready; "
                                  f"log tail: {self.log_tail()}")
                return any(event_name(e) == "inbox.ready" for e in self.events())
            wait_until(ready, timeout, what="inbox.ready")

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def kill(self):
        if self.alive():
            self.process.send_signal(signal.SIGKILL)
        if self.process:
            self.process.wait()

    def stop(self, timeout=60):
        """SIGTERM, then wait for exit; returns the exit status."""
        if not self.alive():
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise Failure(f"daemon did not stop within {timeout}s of SIGTERM")

    def events(self, complete_only=True):
        """This run's log lines, parsed (a line that is not JSON raises Failure)."""
        return parse_log(self.log_path, complete_only=complete_only)

    def all_events(self):
        """Every run's log lines, parsed. A run ended by SIGKILL may end in a torn line: only its last line may be
        incomplete."""
        events = []
        for path in self.log_paths:
            events.extend(parse_log(path))
        return events

    def log_tail(self, lines=15):
        text = b""
        for path in (self.log_path, self.log_path + ".stderr"):
            with open(path, "rb") as handle:
                text += b"".join(handle.readlines()[-lines:])
        return text.decode("utf-8", "replace")


def parse_log(path, complete_only=True):
    """The JSON lines of a log file. A last line without its newline is skipped (being written, or torn by
    SIGKILL); any other line that is not a JSON object raises Failure."""
    events = []
    if not path or not os.path.exists(path):
        return events
    with open(path, "rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n") and complete_only:
                break
            try:
                value = json.loads(raw)
            except ValueError as error:
                raise Failure(f"log line of {os.path.basename(path)} is not JSON ({error}): {raw[:300]!r}")
            if not isinstance(value, dict):
                raise Failure(f"log line is not a JSON object: {raw[:300]!r}")
            events.append(value)
    return events


def event_name(entry):
    return entry.get("event") or entry.get("message")


WORDS = ("harbour council ferry budget school bridge union strike mayor minister river storm library tram "
         "hospital farmers vote fares repairs winter market festival police court teachers nurses rail port "
         "energy prices housing plan report inquiry museum airport water").split()
NAMES = ("Mara Lindqvist", "Tomas Reyes", "Ana Petrova", "Lee Okafor", "Ines Duarte", "Dev Patel", "Sam Cole",
         "Priya Nair", "Jo Smith", "Kofi Mensah", "Hana Sato", "Olek Nowak")


def article(index, rng=None):
    """A small article whose text is unique to `index`."""
    rng = rng or random.Random(index)
    words = [rng.choice(WORDS) for _ in range(12)]
    speaker = rng.choice(NAMES)
    return (f"Report {index}: {' '.join(words[:5])}\n"
            f"The {words[5]} {words[6]} met on day {index} to discuss the {words[7]} and the {words[8]}.\n"
            f"\"We will look at the {words[9]} again, item {index},\" said {speaker}.\n"
            f"{speaker.split()[-1]} told reporters that the {words[10]} plan number {index} was on track.\n")


def drop(inbox, name, data, atomic=True):
    """Writes a file into the inbox: under a dot-name and renamed (atomic), or written in place."""
    if isinstance(data, str):
        data = data.encode()
    if atomic:
        temporary = os.path.join(inbox, b"." + os.fsencode(name) + b".part" if isinstance(name, bytes)
                                 else "." + name + ".part")
        with open(temporary, "wb") as handle:
            handle.write(data)
        os.rename(temporary, os.path.join(inbox, name) if not isinstance(name, bytes)
                  else os.path.join(os.fsencode(inbox), name))
    else:
        path = os.path.join(os.fsencode(inbox), name if isinstance(name, bytes) else os.fsencode(name))
        with open(path, "wb") as handle:
            handle.write(data)


def inbox_settled(tree):
    """True when the inbox holds no regular file that does not start with a dot."""
    for name in os.listdir(tree.inbox):
        if not name.startswith("."):
            return False
    return True


def finish(tag, failures):
    if failures:
        for failure in failures:
            print(f"{tag}: FAIL: {failure}", flush=True)
        print(f"{tag}: FAILED ({len(failures)} problem(s))", flush=True)
        sys.exit(1)
    print(f"{tag}: OK", flush=True)
