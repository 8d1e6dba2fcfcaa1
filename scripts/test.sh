#!/usr/bin/env bash
# The test command: install what is needed, build everything with warnings as errors, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build --build-tests
swift test
