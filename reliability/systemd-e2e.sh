#!/usr/bin/env bash
# reliability/systemd-e2e.sh [BINARY]
#
# deploy/wirewatch.service under a real systemd: boots `systemd-nspawn -D / --volatile=yes --register=no
# --keep-unit --boot` (a tmpfs root with the host's /usr read-only; nothing on the host changes) with the binary,
# the unit, deploy/config.json, a sysusers.d and a tmpfiles.d entry (the user and folders deploy/install.sh would
# make) and a probe unit bound in. The probe (reliability/systemd/probe.sh) starts the unit, drops files, checks
# outputs, modes and `systemctl show` (ActiveState, NRestarts), makes a stage hang through the test hook
# (a drop-in with Environment=WIREWATCH_TEST_HANG_ON=...) and watches the watchdog restart the service until the
# poison file is quarantined, then stops the unit cleanly and powers the container off.
# Skips (exit 0, with a message) when not root or systemd-nspawn is missing. Bounded by TIMEOUT (default 300 s).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
binary="$(realpath "${1:-$repo/.build/release/wirewatch}")"
timeout_seconds="${TIMEOUT:-300}"
[ "$(id -u)" -eq 0 ] || { echo "systemd-e2e: SKIPPED: needs root"; exit 0; }
command -v systemd-nspawn >/dev/null || { echo "systemd-e2e: SKIPPED: systemd-nspawn missing (apt-get install systemd-container)"; exit 0; }
[ -x "$binary" ] || { echo "systemd-e2e: no binary at $binary" >&2; exit 1; }

work="$(mktemp -d /tmp/wirewatch-e2e-XXXXXX)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
mkdir -p "$work/results" "$work/units/multi-user.target.wants" "$work/units/wirewatch.service.d"
cp "$repo/deploy/wirewatch.service" "$work/units/wirewatch.service"
# The binary lives at /opt/wirewatch in the container (/usr is the host's, read-only).
printf '[Service]\nExecStart=\nExecStart=/opt/wirewatch/wirewatch run --config /etc/wirewatch/config.json\n' \
  > "$work/units/wirewatch.service.d/10-binary.conf"
cat > "$work/units/wirewatch-probe.service" <<'UNIT'
[Unit]
Description=wirewatch end-to-end probe
After=multi-user.target systemd-tmpfiles-setup.service
[Service]
Type=oneshot
ExecStart=/results/probe.sh
ExecStopPost=/usr/bin/systemctl --no-block poweroff
UNIT
ln -s ../wirewatch-probe.service "$work/units/multi-user.target.wants/wirewatch-probe.service"
cp "$here/systemd/probe.sh" "$work/results/probe.sh"
chmod +x "$work/results/probe.sh"
printf 'u wirewatch - "wirewatch daemon" /nonexistent /usr/sbin/nologin\n' > "$work/sysusers.conf"
cat > "$work/tmpfiles.conf" <<'CONF'
d /var/lib/wirewatch 0750 wirewatch wirewatch -
d /var/lib/wirewatch/out 0750 wirewatch wirewatch -
d /var/lib/wirewatch/state 0750 wirewatch wirewatch -
d /var/spool/wirewatch 0750 wirewatch wirewatch -
d /var/spool/wirewatch/inbox 2770 wirewatch wirewatch -
d /var/spool/wirewatch/processed 0750 wirewatch wirewatch -
d /var/spool/wirewatch/quarantine 0750 wirewatch wirewatch -
CONF

binds=(
  --bind-ro="$binary:/opt/wirewatch/wirewatch"
  --bind-ro="$work/units:/etc/systemd/system"
  --bind-ro="$repo/deploy/config.json:/etc/wirewatch/config.json"
  --bind-ro="$work/sysusers.conf:/etc/sysusers.d/wirewatch.conf"
  --bind-ro="$work/tmpfiles.conf:/etc/tmpfiles.d/wirewatch.conf"
  --bind="$work/results:/results"
)
# The Swift runtime, when the binary links it dynamically.
if ldd "$binary" | grep -q '/opt/swift/'; then binds+=(--bind-ro=/opt/swift); fi

echo "systemd-e2e: booting systemd in a volatile container (at most ${timeout_seconds}s)"
started=$(date +%s)
timeout "$timeout_seconds" systemd-nspawn -q -D / --volatile=yes --register=no --keep-unit --boot \
  --machine=wirewatch-e2e --console=passive "${binds[@]}" systemd.firstboot=off \
  > "$work/results/boot.log" 2>&1 < /dev/null || true
elapsed=$(( $(date +%s) - started ))

log="$work/results/probe.log"
if [ ! -f "$log" ]; then
  echo "systemd-e2e: FAILED: the probe did not run; boot log:" >&2
  tail -30 "$work/results/boot.log" >&2
  exit 1
fi
cat "$log"
if grep -q '^RESULT: OK$' "$log"; then
  echo "systemd-e2e: OK (${elapsed}s)"
else
  echo "systemd-e2e: FAILED (${elapsed}s)" >&2
  tail -15 "$work/results/boot.log" >&2
  exit 1
fi
