#!/usr/bin/env python3
"""Overflow: many small files dropped as fast as possible, past the inotify queue's max_queued_events.

Usage: overflow.py BINARY WORKDIR [--files N] [--queue Q] [--timeout SECONDS]

As root, /proc/sys/fs/inotify/max_queued_events is lowered to Q (default 1024) just while the daemon creates its
inotify instance (the limit is taken at inotify_init1), then restored at once, so that other programs are not
affected; otherwise the drop simply outpaces the default queue. Each file is written under a dot-name and renamed
in (one IN_MOVED_TO each). Checks: at least one `inbox.overflow` was logged (when the queue was lowered), every file
has exactly one ledger line and lies in `processed`, no article file is missing, all within the time bound.
"""

import argparse
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import Daemon, Failure, Tree, event_name, finish, log, wait_until  # noqa: E402

TAG = "overflow"
LIMIT_PATH = "/proc/sys/fs/inotify/max_queued_events"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("workdir")
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--queue", type=int, default=1024)
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    shutil.rmtree(args.workdir, ignore_errors=True)
    tree = Tree(os.path.join(args.workdir, "tree"), workers=2)
    daemon = Daemon(os.path.abspath(args.binary), tree)
    lowered = False
    original = None
    if os.geteuid() == 0 and os.access(LIMIT_PATH, os.W_OK):
        with open(LIMIT_PATH) as handle:
            original = handle.read().strip()
        with open(LIMIT_PATH, "w") as handle:
            handle.write(str(args.queue))
        lowered = True
    try:
        daemon.start()
    finally:
        if lowered:
            with open(LIMIT_PATH, "w") as handle:
                handle.write(original)
    log(TAG, f"max_queued_events for the daemon: {args.queue if lowered else 'system default'}"
             + (f" (restored to {original})" if lowered else ""))

    started = time.monotonic()
    inbox = tree.inbox
    for index in range(args.files):
        name = f"o{index:06d}.txt"
        hidden = os.path.join(inbox, "." + name)
        with open(hidden, "w") as handle:
            handle.write(f"Item {index}\n\"Number {index} is in,\" said Clerk Number{index}.\n")
        os.rename(hidden, os.path.join(inbox, name))
    dropped_in = time.monotonic() - started
    log(TAG, f"dropped {args.files} files in {dropped_in:.1f}s ({args.files / dropped_in:.0f}/s)")

    def done():
        if not daemon.alive():
            raise Failure(f"daemon died: {daemon.log_tail()}")
        with os.scandir(inbox) as entries:
            return not any(True for _ in entries)

    failures = []
    try:
        wait_until(done, args.timeout, interval=1.0, what=f"{args.files} files to be processed")
    except Failure as failure:
        failures.append(str(failure))
    elapsed = time.monotonic() - started
    status = daemon.stop()
    if status != 0:
        failures.append(f"daemon exited with {status} on SIGTERM")
    ledger = tree.ledger()
    counts = {}
    for entry in ledger:
        counts[entry["file"]] = counts.get(entry["file"], 0) + 1
    expected = {f"o{index:06d}.txt" for index in range(args.files)}
    lost = [n for n in expected if n not in counts]
    twice = [n for n, c in counts.items() if c > 1]
    statuses = {}
    for entry in ledger:
        statuses[entry["status"]] = statuses.get(entry["status"], 0) + 1
    processed = len(os.listdir(tree.processed))
    articles = len(tree.articles())
    events = daemon.all_events()
    overflows = sum(1 for e in events if event_name(e) == "inbox.overflow")
    if lowered and overflows == 0:
        failures.append("no inbox.overflow logged: the queue was not overrun, the rescan was not tested")
    if lost:
        failures.append(f"{len(lost)} files without a ledger line, e.g. {sorted(lost)[:5]}")
    if twice:
        failures.append(f"{len(twice)} files with several ledger lines, e.g. {sorted(twice)[:5]}")
    if processed != args.files:
        failures.append(f"{processed} files in processed for {args.files} dropped")
    if statuses.get("processed", 0) != articles:
        failures.append(f"{articles} article files for {statuses.get('processed', 0)} processed lines")
    log(TAG, f"files: {args.files}, overflows: {overflows}, ledger lines: {len(ledger)} {statuses}, "
             f"lost: {len(lost)}, twice: {len(twice)}, articles: {articles}, "
             f"{elapsed:.0f}s ({args.files / elapsed:.0f} files/s)")
    finish(TAG, failures)


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        finish(TAG, [str(failure)])
