#!/usr/bin/env bash
# The test command: install what is needed, build everything with warnings as errors, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build --build-tests
# Serial: several tests drive real daemons and timed stage faults; run in parallel on 2 cores, tests that block
# the cooperative thread pool delay the others' sleeps by seconds and turn their orderings around.
swift test --no-parallel
