#!/usr/bin/env python3
"""Hostile input dropped into a running daemon.

Usage: hostile.py BINARY WORKDIR [--quick]

Every kind of issue 7 is dropped while the daemon runs: random bytes, invalid UTF-8, a 0-byte file, one over the
size limit, a 50 MB single line (the limit is raised to 64 MB so that it reaches the parser), a million quote
marks, deeply nested quotes, NUL bytes, a FIFO (must not block), a directory, a symbolic link to a file outside
the inbox (must not be read), an unreadable file, names with a newline, quotes and non-UTF-8 bytes. Then good
files. Checks: each hostile entry is quarantined with a reason file and a ledger line, or (text the parser can
still read) processed (a non-UTF-8 name is first renamed in the inbox, `inbox.renamed_undecodable_name`); the daemon stays up; the good files are processed; the
outside file is never read; every log line is a JSON object.

Unreadable as root: root ignores file modes, so when run as root the daemon runs as `nobody` (setpriv, no
capabilities, the folders chowned to it) and the unreadable file is mode 000, owned by root.
"""

import json
import os
import random
import shutil
import stat
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import Daemon, Failure, Tree, article, drop, event_name, finish, log, wait_until  # noqa: E402

TAG = "hostile"
LIMIT = 64 * 1024 * 1024
# Text the parser may still read: an article (possibly a copy of another garbage article) or quarantined.
LENIENT = ("quarantined", "processed", "duplicate")


def main():
    binary, workdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    quick = "--quick" in sys.argv
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir)
    os.chmod(workdir, 0o755)
    tree = Tree(os.path.join(workdir, "tree"), max_file_bytes=LIMIT, workers=2)
    outside = os.path.join(workdir, "outside-secret.txt")
    secret = "SECRET-OUTSIDE-MARKER"
    with open(outside, "w") as handle:
        handle.write(f"Outside file\n\"{secret} must never be read,\" said Nobody Atall.\n")
    os.chmod(outside, 0o600)

    wrapper = []
    if os.geteuid() == 0:
        # Run the daemon as nobody, without capabilities, so that a mode-000 file is really unreadable.
        run_binary = os.path.join(workdir, "wirewatch")
        shutil.copy2(binary, run_binary)
        os.chmod(run_binary, 0o755)
        binary = run_binary
        for folder, dirs, files in os.walk(tree.root):
            os.chown(folder, 65534, 65534)
            for name in files:
                os.chown(os.path.join(folder, name), 65534, 65534)
        wrapper = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all",
                   "--bounding-set=-all", "--no-new-privs"]
        log(TAG, "running as root: the daemon runs as nobody (setpriv) so that mode 000 is unreadable to it")
    daemon = Daemon(binary, tree, wrapper=wrapper)
    daemon.start()

    rng = random.Random(7)
    staging = os.path.join(tree.root, "staging")  # same file system as the inbox: renames are atomic
    os.makedirs(staging)
    os.chmod(staging, 0o777)
    cases = {}  # name (bytes) -> (kind, allowed outcomes)

    def stage(kind, name, data=None, allowed=("quarantined",), make=None):
        bname = os.fsencode(name) if isinstance(name, str) else name
        path = os.path.join(os.fsencode(staging), bname)
        if make:
            make(path)
        else:
            with open(path, "wb") as handle:
                handle.write(data)
        cases[bname] = (kind, allowed)
        return path

    big = 2 if quick else 50
    stage("random bytes", "random.txt", bytes(rng.getrandbits(8) for _ in range(65536)))
    stage("invalid UTF-8", "invalid-utf8.txt",
          b"Headline \xc3\x28 broken\nBody \xff\xfe\xfd text \xed\xa0\x80 surrogate \xf8\x88\x80\x80\x80.\n",
          allowed=("quarantined", "processed"))
    stage("0 bytes", "empty.txt", b"")
    stage("over the size limit", "huge.txt", make=lambda p: open(p, "wb").truncate(LIMIT + 1))
    line = (b'The council met again and "we are not done yet," said Tomas Reyes, while others waited. ' * 600000)
    stage(f"{big} MB single line", "one-line.txt", line[: big * 1024 * 1024], allowed=LENIENT)
    stage("a million quote marks", "quotes.txt", b"Headline\n" + b'"' * 1_000_000 + b"\n",
          allowed=LENIENT)
    nested = "".join("“‘«" for _ in range(20000)) + "deep" + "»’”" * 20000
    stage("deeply nested quotes", "nested.txt", ("Nested quotes\n" + nested + " said Ana Petrova.\n").encode(),
          allowed=LENIENT)
    stage("NUL bytes", "nul.txt", b"Headline\n\x00\x00body with NUL\x00 bytes \"quote,\" said A. B.\n" * 50,
          allowed=LENIENT)
    stage("HTML bomb", "bomb.html", b"<div>" * 200000 + b"<p>\"deep,\" said X.</p>", allowed=LENIENT)
    stage("JSON bomb", "bomb.json", b"[" * 200000 + b"]" * 200000, allowed=LENIENT)
    stage("FIFO", "pipe.txt", make=lambda p: os.mkfifo(p, 0o666))
    stage("directory", "folder.txt", make=lambda p: (os.mkdir(p), os.chmod(p, 0o777)))
    stage("symlink outside the inbox", "link.txt", make=lambda p: os.symlink(outside, p))
    unreadable = stage("unreadable file", "unreadable.txt", article(900001).encode())
    if os.geteuid() == 0:
        os.chown(unreadable, 0, 0)
    os.chmod(unreadable, 0)
    stage("name with a newline", "new\nline.txt", article(900002).encode(), allowed=("processed",))
    stage("name with quotes", 'he said "hi" \'there\'.txt', article(900003).encode(), allowed=("processed",))
    stage("name with non-UTF-8 bytes", b"caf\xe9-\xff.txt", article(900004).encode(),
          allowed=("processed", "quarantined"))
    stage("name with control characters", "ctl\x01\x1b[31m.txt", article(900005).encode(), allowed=("processed",))

    started = time.monotonic()
    for name in cases:
        os.rename(os.path.join(os.fsencode(staging), name), os.path.join(os.fsencode(tree.inbox), name))
    log(TAG, f"dropped {len(cases)} hostile entries")
    # The daemon must not block: good files dropped right after are processed promptly.
    goods = {}
    for index in range(20):
        name = f"good-{index:02d}.txt"
        goods[name] = article(index)
        drop(tree.inbox, name, goods[name])

    failures = []

    def settled():
        if not daemon.alive():
            raise Failure(f"daemon died: exit {daemon.process.returncode}; {daemon.log_tail()}")
        left = [n for n in os.listdir(os.fsencode(tree.inbox)) if not n.startswith(b".")]
        return all(n in skipped_names() for n in left)

    def skipped_names():
        names = set()
        for event in daemon.events():
            if event_name(event) == "inbox.undecodable_name":
                hexed = event.get("file.name_hex", "")
                names.add(bytes(int(b, 16) for b in hexed.split()))
        return names

    def renamed_names():
        """Non-UTF-8 names the daemon renamed in the inbox (raw name -> repaired name)."""
        names = {}
        for event in daemon.events():
            if event_name(event) == "inbox.renamed_undecodable_name":
                hexed = event.get("file.name_hex", "")
                names[bytes(int(b, 16) for b in hexed.split())] = os.fsencode(event.get("file.name", ""))
        return names

    try:
        wait_until(settled, 300 if not quick else 120, interval=0.2, what="the inbox to empty")
    except Failure as failure:
        failures.append(str(failure))
    elapsed = time.monotonic() - started

    ledger = tree.ledger()
    by_file = {}
    for entry in ledger:
        by_file.setdefault(os.fsencode(entry["file"]) if isinstance(entry["file"], str) else entry["file"], []).append(entry)
    reasons = tree.reasons()
    reason_files = {os.fsencode(r["file"]): r for r in reasons.values()}
    skipped = skipped_names()
    renamed = renamed_names()
    outcomes = []
    for name, (kind, allowed) in cases.items():
        if name in renamed:
            name = renamed[name]
        entries = by_file.get(name, [])
        # A non-UTF-8 name appears in the ledger with U+FFFD in place of each bad byte, if at all.
        if not entries and name not in skipped:
            lossy = name.decode("utf-8", "replace").encode()
            entries = by_file.get(lossy, [])
        if name in skipped and not entries:
            outcome, why = "skipped", "inbox.undecodable_name logged"
        elif len(entries) != 1:
            failures.append(f"{kind}: {len(entries)} ledger lines (expected 1)")
            outcomes.append((kind, "MISSING", ""))
            continue
        else:
            entry = entries[0]
            outcome, why = entry["status"], entry.get("reason") or entry.get("article") or ""
            if outcome == "quarantined":
                reason = reason_files.get(name) or reason_files.get(name.decode("utf-8", "replace").encode())
                if reason is None:
                    failures.append(f"{kind}: quarantined without a reason file")
        if outcome not in allowed:
            failures.append(f"{kind}: {outcome} ({why}), expected {' or '.join(allowed)}")
        outcomes.append((kind, outcome, why))
    for kind, outcome, why in outcomes:
        log(TAG, f"  {kind:28s} -> {outcome:11s} {str(why)[:90]}")

    for name in goods:
        entries = by_file.get(os.fsencode(name), [])
        if [e["status"] for e in entries] != ["processed"]:
            failures.append(f"good file {name}: {[e['status'] for e in entries]}")
    # The outside file: never read, never moved.
    if not os.path.exists(outside):
        failures.append("the symlink's target outside the inbox was moved or deleted")
    for name in tree.articles():
        with open(os.path.join(tree.output, "articles", name)) as handle:
            if secret in handle.read():
                failures.append(f"the file outside the inbox was read: {name}")
    link_entries = by_file.get(b"link.txt", [])
    if link_entries and link_entries[0].get("sha256"):
        failures.append("the symlink was read (its ledger line has a sha256)")
    if not daemon.alive():
        failures.append("the daemon is not running after the hostile inputs")
    status = daemon.stop()
    if status != 0:
        failures.append(f"the daemon exited with {status} on SIGTERM")
    try:
        events = daemon.all_events()
    except Failure as failure:
        failures.append(str(failure))
        events = []
    checked, problems = tree.check_outputs()
    failures.extend(problems)
    # What the daemon creates is never readable or writable by others.
    for top in (tree.output, tree.state):
        for folder, _, files in os.walk(top):
            for name in files:
                mode = os.lstat(os.path.join(folder, name)).st_mode & 0o777
                if mode & 0o007:
                    failures.append(f"{os.path.join(folder, name)} has mode {mode:o} (others have access)")
    for name in os.listdir(tree.quarantine):
        if name.endswith(".reason.json") and os.lstat(os.path.join(tree.quarantine, name)).st_mode & 0o007:
            failures.append(f"quarantine/{name} is open to others")
    if tree.names(tree.inbox) and set(tree.names(tree.inbox)) - skipped:
        failures.append(f"left in the inbox: {tree.names(tree.inbox)}")
    log(TAG, f"{len(cases)} hostile inputs, {len(goods)} good files, settled in {elapsed:.1f}s, "
             f"{len(events)} log lines all JSON, {checked} JSON outputs parsed, daemon up throughout")
    finish(TAG, failures)


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        finish(TAG, [str(failure)])
