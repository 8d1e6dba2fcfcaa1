#!/usr/bin/env bash
# From a fresh checkout: install what is needed, build in release mode, start the daemon on ./config.json.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build -c release --product wirewatch
mkdir -p var/inbox var/out var/state var/quarantine var/processed
exec .build/release/wirewatch run --config config.json
