#!/usr/bin/env python3
"""Slow and odd writers.

Usage: writers.py BINARY WORKDIR [--quick]

Semantics (what the daemon promises):
- A file written in place is taken when it is closed after writing (IN_CLOSE_WRITE), or renamed in (IN_MOVED_TO);
  names starting with a dot and `*.part`, `*.tmp`, `*~` are left alone until renamed. A writer that keeps one
  descriptor open across pauses is therefore read once, whole.
- A writer that closes and reopens the file delivers several versions: each version the daemon reads is one input
  (its own ledger line, article and entry in `processed/`, as NAME, NAME-1, ...). Bytes appended after a read
  are never dropped: the daemon moves a file away only when it still has the bytes it read; otherwise it reads it
  again as a new version.
- A rescan (start, queue overflow) may find a file that is still being written in place without a pause in events;
  droppers that cannot close once should write under a temporary name and rename.
- An entry deleted between the event and the read is skipped (nothing to account for); one replaced is read as it
  is at the read.

Checks each case against these rules, that the daemon stays up and every log line is JSON.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import Daemon, Failure, Tree, article, finish, log, wait_until  # noqa: E402

TAG = "writers"


def sha(data):
    return hashlib.sha256(data).hexdigest()


def main():
    binary, workdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    quick = "--quick" in sys.argv
    shutil.rmtree(workdir, ignore_errors=True)
    tree = Tree(os.path.join(workdir, "tree"), workers=2)
    # Each input waits 300 ms between its read and its parse (test hook), so that appends land mid-processing.
    daemon = Daemon(binary, tree, env={"WIREWATCH_TEST_DELAY_MS": "300"})
    daemon.start()
    inbox = tree.inbox
    failures = []
    expect = []  # (case, name, rule, data...)

    # 1. Chunks with pauses on one descriptor.
    chunks = [article(1).encode(), b"Second chunk: \"more to say,\" said Ana Petrova.\n",
              b"Third chunk: the end of the report.\n"]
    with open(os.path.join(inbox, "chunked.txt"), "wb") as handle:
        for chunk in chunks:
            handle.write(chunk)
            handle.flush()
            time.sleep(0.3 if quick else 1.0)
    expect.append(("chunks with pauses", "chunked.txt", "whole", b"".join(chunks)))

    # 2. Copied from another file system (/dev/shm, or a temporary folder): cp and mv, no atomic rename.
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir()
    other = tempfile.mkdtemp(dir=shm, prefix="wirewatch-writers-")
    big = (article(2) * 2000).encode()  # about 0.5 MB, several write calls
    for tool, name in (("cp", "copied.txt"), ("mv", "moved.txt")):
        source = os.path.join(other, name)
        with open(source, "wb") as handle:
            handle.write(big + name.encode())
        subprocess.run([tool, source, os.path.join(inbox, name)], check=True)
        expect.append((f"{tool} from {shm}", name, "whole", big + name.encode()))
    shutil.rmtree(other, ignore_errors=True)

    # 3. Close and reopen (append), with pauses from none to long, each alone in an idle daemon so that the append
    #    lands before the read, during the (slowed) processing, or after the move: every version accounted.
    wait_until(lambda: not [n for n in os.listdir(inbox) if not n.startswith(".")], 120, interval=0.1,
               what="an idle inbox before the reopen cases")
    for pause in (0.0, 0.1, 0.2, 1.5) if quick else (0.0, 0.05, 0.1, 0.2, 0.25, 0.5, 1.5):
        name = f"reopened-{int(pause * 1000)}ms.txt"
        first = article(int(pause * 1000) + 10).encode()
        second = (f"Appended after {pause}s\n" + article(int(pause * 1000) + 5000)).encode()
        with open(os.path.join(inbox, name), "wb") as handle:
            handle.write(first)
        time.sleep(pause)
        with open(os.path.join(inbox, name), "ab") as handle:
            handle.write(second)
        expect.append((f"close and reopen after {pause}s", name, "versions", first, second))
        wait_until(lambda: not os.path.exists(os.path.join(inbox, name)), 60, interval=0.05,
                   what=f"{name} to be taken")

    # 4. Editors: swap and backup files stay, a temporary name renamed in is taken once, vim's 4913 probe.
    editor_final = article(3).encode()
    for ignored in (".notes.txt.swp", "notes.txt~", "notes.txt.tmp", ".#notes.txt", "notes.part"):
        with open(os.path.join(inbox, ignored), "wb") as handle:
            handle.write(editor_final)
    os.rename(os.path.join(inbox, "notes.txt.tmp"), os.path.join(inbox, "notes.txt"))
    with open(os.path.join(inbox, "notes.txt.tmp"), "wb") as handle:  # the editor's next save, not yet renamed
        handle.write(editor_final + b"draft")
    open(os.path.join(inbox, "4913"), "wb").close()
    os.unlink(os.path.join(inbox, "4913"))
    expect.append(("editor temporary renamed in", "notes.txt", "whole", editor_final))
    expect.append(("vim's 4913 probe", "4913", "any"))

    # 5. Deleted or replaced between the event and the read.
    for index in range(5):
        path = os.path.join(inbox, f"deleted-{index}.txt")
        with open(path, "wb") as handle:
            handle.write(article(100 + index).encode())
        os.unlink(path)
        expect.append(("deleted after close", f"deleted-{index}.txt", "any"))
    for index in range(5):
        path = os.path.join(inbox, f"replaced-{index}.txt")
        with open(path, "wb") as handle:
            handle.write(article(200 + index).encode())
        replacement = article(300 + index).encode()
        with open(path + ".tmp", "wb") as handle:
            handle.write(replacement)
        os.rename(path + ".tmp", path)
        expect.append(("replaced after close", f"replaced-{index}.txt", "last", replacement))

    # Then good files: processed, daemon up.
    for index in range(5):
        with open(os.path.join(inbox, f"after-{index}.txt"), "wb") as handle:
            handle.write(article(400 + index).encode())
        expect.append(("good file after", f"after-{index}.txt", "whole", article(400 + index).encode()))

    ignored = {".notes.txt.swp", "notes.txt~", "notes.txt.tmp", ".#notes.txt", "notes.part"}
    try:
        wait_until(lambda: daemon.alive() and set(os.listdir(inbox)) <= ignored, 120, interval=0.2,
                   what="the inbox to hold only ignored names")
        time.sleep(1.0)  # late events (a second close) have time to arrive
        wait_until(lambda: daemon.alive() and set(os.listdir(inbox)) <= ignored, 60, interval=0.2,
                   what="the inbox to settle")
    except Failure as failure:
        failures.append(f"{failure}; inbox: {sorted(os.listdir(inbox))}")
    if set(os.listdir(inbox)) != ignored:
        failures.append(f"ignored editor files touched: inbox holds {sorted(os.listdir(inbox))}")
    status = daemon.stop()
    if status != 0:
        failures.append(f"daemon exited with {status}")

    ledger = tree.ledger()
    by_name = {}
    for entry in ledger:
        by_name.setdefault(entry["file"], []).append(entry)
    processed = set(os.listdir(tree.processed))
    for case in expect:
        label, name, rule = case[0], case[1], case[2]
        entries = by_name.get(name, [])
        hashes = [e.get("sha256") for e in entries]
        statuses = [e["status"] for e in entries]
        if len(hashes) != len(set(hashes)):
            failures.append(f"{label}: the same bytes accounted twice: {statuses}")
        if rule == "whole":
            ok = hashes == [sha(case[3])] and statuses == ["processed"]
        elif rule == "last":
            ok = sha(case[3]) in hashes and all(s == "processed" for s in statuses)
        elif rule == "versions":
            first, second = case[3], case[4]
            whole = sha(first + second) in hashes
            split = sha(first) in hashes and sha(second) in hashes
            prefix_then_whole = sha(first) in hashes and whole
            ok = (whole or split or prefix_then_whole) and all(s in ("processed", "duplicate") for s in statuses)
        else:
            ok = True
        versions = len([p for p in processed if p == name or p.startswith(os.path.splitext(name)[0] + "-")])
        log(TAG, f"  {label:32s} {name:22s} ledger: {statuses} processed/: {versions} {'ok' if ok else 'WRONG'}")
        if not ok:
            failures.append(f"{label}: {name}: ledger {statuses}")
    try:
        events = daemon.all_events()
    except Failure as failure:
        failures.append(str(failure))
        events = []
    checked, problems = tree.check_outputs()
    failures.extend(problems)
    log(TAG, f"{len(expect)} cases, {len(ledger)} ledger lines, {len(events)} log lines all JSON, {checked} JSON "
             f"outputs parsed")
    finish(TAG, failures)


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        finish(TAG, [str(failure)])
