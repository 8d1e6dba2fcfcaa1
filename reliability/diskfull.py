#!/usr/bin/env python3
"""Full disk on the output folder.

Usage: diskfull.py BINARY WORKDIR

As root, the output folder is a 2 MB tmpfs (mount -t tmpfs -o size=2m); otherwise the test is skipped (exit 0 with
a message). The daemon runs; good files are processed; the tmpfs is filled to the last byte; more files are
dropped: the daemon logs the failed writes, keeps the inputs in the inbox and retries; space is given back and
every held file is processed, none twice, none lost, no partial output, the daemon up all along.
"""

import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import Daemon, Failure, Tree, article, drop, event_name, finish, log, wait_until  # noqa: E402

TAG = "diskfull"


def fill(folder):
    """Writes a filler file until the file system is full; returns its path."""
    path = os.path.join(folder, "filler.bin")
    try:
        with open(path, "wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)
    except OSError:
        pass
    # Small writes too, down to the last block.
    for index in range(1000):
        try:
            with open(os.path.join(folder, f"filler-{index}.bin"), "wb", buffering=0) as handle:
                handle.write(b"\0" * 512)
        except OSError:
            break
    return path


def main():
    binary, workdir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if os.geteuid() != 0:
        print(f"{TAG}: SKIPPED: needs root to mount a small tmpfs", flush=True)
        return
    subprocess.run(["umount", "-q", os.path.join(workdir, "tree", "out")], check=False)
    shutil.rmtree(workdir, ignore_errors=True)
    tree = Tree(os.path.join(workdir, "tree"), workers=2)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0750", "tmpfs", tree.output], check=True)
    failures = []
    try:
        run(binary, tree, failures)
    finally:
        subprocess.run(["umount", tree.output], check=False)
    finish(TAG, failures)


def run(binary, tree, failures):
    daemon = Daemon(binary, tree)
    daemon.start()
    for index in range(10):
        drop(tree.inbox, f"before-{index}.txt", article(index))
    wait_until(lambda: not os.listdir(tree.inbox), 60, what="the first files")
    filler_dir = os.path.join(tree.output, "filler")
    os.makedirs(filler_dir)
    fill(filler_dir)
    free = os.statvfs(tree.output)
    log(TAG, f"output tmpfs full: {free.f_bavail * free.f_frsize} bytes free")
    held = [f"held-{index}.txt" for index in range(20)]
    for index, name in enumerate(held):
        drop(tree.inbox, name, article(100 + index))
    time.sleep(6)
    failed = [e for e in daemon.all_events() if event_name(e) in ("article.failed", "input.retry_scheduled")]
    in_inbox = [n for n in os.listdir(tree.inbox) if n in held]
    log(TAG, f"while full: {len(failed)} failure/retry log lines, {len(in_inbox)} of {len(held)} files held in "
             f"the inbox, daemon alive: {daemon.alive()}")
    if not failed:
        failures.append("no failure logged while the disk was full")
    if len(in_inbox) != len(held):
        failures.append(f"only {len(in_inbox)} of {len(held)} inputs held in the inbox while full")
    if not daemon.alive():
        failures.append("the daemon died on a full disk")
    shutil.rmtree(filler_dir)
    log(TAG, "space given back")
    started = time.monotonic()
    try:
        wait_until(lambda: not os.listdir(tree.inbox), 90, interval=0.2, what="the held files after space returned")
    except Failure as failure:
        failures.append(str(failure))
    log(TAG, f"held files processed {time.monotonic() - started:.1f}s after space returned")
    for index in range(5):
        drop(tree.inbox, f"after-{index}.txt", article(200 + index))
    try:
        wait_until(lambda: not os.listdir(tree.inbox), 60, what="the files dropped after")
    except Failure as failure:
        failures.append(str(failure))
    status = daemon.stop()
    if status != 0:
        failures.append(f"daemon exited with {status}")
    ledger = tree.ledger()
    by_name = {}
    for entry in ledger:
        by_name.setdefault(entry["file"], []).append(entry["status"])
    expected = [f"before-{i}.txt" for i in range(10)] + held + [f"after-{i}.txt" for i in range(5)]
    lost = [n for n in expected if n not in by_name]
    twice = [n for n, s in by_name.items() if len(s) > 1]
    wrong = [n for n, s in by_name.items() if s != ["processed"]]
    checked, problems = tree.check_outputs()
    failures.extend(problems)
    if lost:
        failures.append(f"lost: {lost}")
    if twice:
        failures.append(f"twice: {twice}")
    if wrong:
        failures.append(f"not processed: {[(n, by_name[n]) for n in wrong]}")
    if len(tree.articles()) != len(expected):
        failures.append(f"{len(tree.articles())} articles for {len(expected)} inputs")
    log(TAG, f"inputs: {len(expected)}, lost: {len(lost)}, twice: {len(twice)}, partial: {len(problems)}, "
             f"{checked} JSON outputs parsed, {len(daemon.all_events())} log lines all JSON")


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        finish(TAG, [str(failure)])
