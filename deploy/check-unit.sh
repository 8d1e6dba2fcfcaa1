#!/usr/bin/env bash
# Checks deploy/wirewatch.service: `systemd-analyze verify` must print nothing (it exits 0 even on misspelled keys,
# so its output is what counts) and `systemd-analyze security --offline=true` must score at most MAX_EXPOSURE
# (default 1.5). Verify runs against a temporary root holding the unit, the host's own units and a stub
# /usr/local/bin/wirewatch, so that it needs no installed binary and checks exactly the file in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
unit=deploy/wirewatch.service
max_exposure="${MAX_EXPOSURE:-1.5}"

if ! command -v systemd-analyze >/dev/null; then
  echo "check-unit: systemd-analyze is not installed (Debian package systemd); skipped" >&2
  exit 0
fi

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/usr/local/bin" "$root/usr/lib/systemd" "$root/etc/systemd/system"
cp -r /usr/lib/systemd/system "$root/usr/lib/systemd/"
printf '#!/bin/sh\nexit 0\n' > "$root/usr/local/bin/wirewatch"
chmod 755 "$root/usr/local/bin/wirewatch"
cp "$unit" "$root/etc/systemd/system/wirewatch.service"

status=0
verify_output="$(systemd-analyze verify --root="$root" wirewatch.service 2>&1)" || status=$?
if [ -n "$verify_output" ] || [ "$status" -ne 0 ]; then
  echo "check-unit: systemd-analyze verify $unit (exit $status):" >&2
  echo "$verify_output" >&2
  exit 1
fi
echo "check-unit: verify: clean"

security_output="$(systemd-analyze security --offline=true "$unit" 2>&1)" || {
  echo "$security_output" >&2
  echo "check-unit: systemd-analyze security failed" >&2
  exit 1
}
exposure="$(echo "$security_output" | sed -n 's/.*Overall exposure level for wirewatch.service: \([0-9.]*\).*/\1/p')"
if [ -z "$exposure" ]; then
  echo "$security_output" >&2
  echo "check-unit: no exposure level in the security report" >&2
  exit 1
fi
if awk -v e="$exposure" -v m="$max_exposure" 'BEGIN { exit !(e > m) }'; then
  echo "$security_output" | grep '✗' >&2 || true
  echo "check-unit: exposure $exposure is above $max_exposure" >&2
  exit 1
fi
echo "check-unit: security: exposure $exposure (at most $max_exposure)"
