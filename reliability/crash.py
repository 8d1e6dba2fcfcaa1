#!/usr/bin/env python3
"""Crash at any instant: SIGKILL the daemon at random moments while files are dropped, restart it each time.

Usage: crash.py BINARY WORKDIR [--files N] [--kills K] [--seed S]

A dropper thread writes N articles into the inbox (each under a dot-name, then renamed; distinct texts, and about
one in ten an exact copy of an earlier one under another name) at a steady pace. Meanwhile the daemon is started,
killed with SIGKILL after a random delay (from 20 ms, so some kills land during startup and recovery, to a few
seconds), and started again, at least K times. Then it runs until the inbox is empty and is stopped with SIGTERM.

Checks, printed as figures: every input has exactly one ledger line (lost: none; duplicated: more than one), each
distinct text has exactly one `processed` line and one article file (the copies are `duplicate`), every input lies
in `processed` exactly once and nowhere else, every JSON output parses and no temporary file remains (partial).

An input in flight when the daemon is killed has its attempt counted (the daemon cannot tell a kill from a crash it
caused), so an input cut short by `max_attempts` kills in a row is quarantined as `too_many_attempts`: it is
accounted for (ledger line, quarantine with its reason file), and counted apart in the figures.
"""

import argparse
import hashlib
import os
import random
import shutil
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from harness import Daemon, Failure, Tree, article, drop, finish, log, wait_until  # noqa: E402

TAG = "crash"
MAX_ATTEMPTS = 3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("workdir")
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--drop-seconds", type=float, default=40.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    log(TAG, f"seed {args.seed}: {args.files} files, at least {args.kills} kills")
    shutil.rmtree(args.workdir, ignore_errors=True)
    tree = Tree(os.path.join(args.workdir, "tree"), workers=2, max_attempts=MAX_ATTEMPTS)
    daemon = Daemon(os.path.abspath(args.binary), tree)

    # The inputs: distinct texts, and about one in ten an exact copy of an earlier one.
    inputs = []  # (name, bytes)
    for index in range(args.files):
        if index > 10 and rng.random() < 0.1:
            data = inputs[rng.randrange(len(inputs))][1]
        else:
            data = article(index, random.Random(args.seed * 100003 + index)).encode()
        inputs.append((f"crash-{index:05d}.txt", data))
    dropped = threading.Event()

    def dropper():
        pause = args.drop_seconds / max(1, args.files)
        for name, data in inputs:
            drop(tree.inbox, name, data)
            time.sleep(rng.random() * 2 * pause)
        dropped.set()

    thread = threading.Thread(target=dropper, daemon=True)
    started = time.monotonic()
    thread.start()
    kills = 0
    deadline = time.monotonic() + 20 * 60
    while kills < args.kills or not dropped.is_set():
        if time.monotonic() > deadline:
            raise Failure("the kill loop ran out of time")
        daemon.start(wait_ready=False)
        time.sleep(rng.choice((0.02, 0.1, 0.3)) if rng.random() < 0.3 else rng.uniform(0.3, 3.0))
        if daemon.alive():
            daemon.kill()
            kills += 1
        else:
            raise Failure(f"the daemon exited by itself with {daemon.process.returncode}: {daemon.log_tail()}")
    thread.join()
    log(TAG, f"dropped {len(inputs)} files in {time.monotonic() - started:.0f}s with {kills} kills; final run")

    daemon.start()
    names = {name for name, _ in inputs}
    try:
        wait_until(lambda: not (set(os.listdir(tree.inbox)) & names), 600, interval=0.2,
                   what="the inbox to empty after the last restart")
    finally:
        status = daemon.stop()
    elapsed = time.monotonic() - started

    failures = []
    if status != 0:
        failures.append(f"the daemon exited with {status} on SIGTERM")
    ledger = tree.ledger()
    lines_by_name = {}
    for entry in ledger:
        lines_by_name.setdefault(entry["file"], []).append(entry)
    lost = [n for n in names if n not in lines_by_name]
    duplicated = [n for n in names if len(lines_by_name.get(n, [])) > 1]
    strangers = [n for n in lines_by_name if n not in names]
    # Each distinct text: one processed line, one article; its copies duplicate.
    by_hash = {}
    for name, data in inputs:
        by_hash.setdefault(hashlib.sha256(data).hexdigest(), []).append(name)
    quarantined_names = {n for n, entries in lines_by_name.items() if entries[0]["status"] == "quarantined"}
    for sha, group in by_hash.items():
        statuses = [lines_by_name[n][0]["status"] for n in group if n in lines_by_name]
        if statuses.count("processed") > 1:
            duplicated.append(f"text {sha[:12]} processed {statuses.count('processed')} times")
        if statuses.count("processed") == 0 and any(s == "duplicate" for s in statuses):
            failures.append(f"text {sha[:12]} has copies but was never processed: {statuses}")
        for n in group:
            if n in lines_by_name and lines_by_name[n][0].get("sha256") != sha:
                failures.append(f"{n}: ledger sha256 differs from the dropped bytes")
    articles = tree.articles()
    processed_ids = [e["article"] for e in ledger if e["status"] == "processed"]
    if len(processed_ids) != len(set(processed_ids)):
        duplicated.append(f"{len(processed_ids) - len(set(processed_ids))} article ids processed twice")
    # Articles of texts processed, and only those (a crash after writing an article and before its ledger line
    # leaves the file, which the restart rewrites for the same input).
    # An input quarantined after kills may leave the article a killed attempt wrote (no ledger line names it).
    orphans = [a for a in articles if a[:-5] not in set(processed_ids)]
    if len(articles) - len(orphans) != len(set(processed_ids)) or len(orphans) > len(quarantined_names):
        failures.append(f"{len(articles)} article files for {len(set(processed_ids))} processed texts")
    missing_files = [i for i in set(processed_ids) if f"{i}.json" not in articles]
    lost.extend(f"article file {i}.json" for i in missing_files)
    # Inputs: each exactly once in processed (processed, duplicate) or in quarantine (quarantined), not in the inbox.
    processed_names = set(os.listdir(tree.processed))
    reasons = tree.reasons()
    quarantine_names = {r["file"] for r in reasons.values()}
    for n in names:
        if n in quarantined_names:
            if n not in quarantine_names or n in processed_names:
                lost.append(f"quarantined {n} not in quarantine")
            elif lines_by_name[n][0].get("reason", "").split(":")[0] != "too_many_attempts":
                failures.append(f"{n}: quarantined for {lines_by_name[n][0].get('reason')}")
        elif n in lines_by_name and n not in processed_names:
            lost.append(n)
    duplicated.extend(f"processed/{n}" for n in processed_names if n not in names)
    duplicated.extend(f"quarantine/{n}" for n in quarantine_names if n not in quarantined_names)
    checked, partial = tree.check_outputs()
    try:
        log_lines = len(daemon.all_events())
    except Failure as failure:
        failures.append(str(failure))
        log_lines = 0
    if strangers:
        failures.append(f"ledger lines for unknown files: {strangers[:5]}")
    if lost:
        failures.append(f"lost: {sorted(lost)[:10]}")
    if duplicated:
        failures.append(f"duplicated: {sorted(duplicated)[:10]}")
    failures.extend(partial[:20])
    log(TAG, f"files dropped: {len(inputs)} ({len(by_hash)} distinct texts), kills: {kills}, restarts: "
             f"{daemon.starts}, lost: {len(lost)}, duplicated: {len(duplicated)}, partial: {len(partial)}, "
             f"quarantined after {MAX_ATTEMPTS} attempts cut by kills: {len(quarantined_names)} "
             f"(orphan articles they left: {len(orphans)}) "
             f"({checked} JSON outputs parsed, {len(ledger)} ledger lines, {log_lines} log lines), {elapsed:.0f}s")
    finish(TAG, failures)


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        finish(TAG, [str(failure)])
