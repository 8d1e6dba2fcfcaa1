#!/usr/bin/env bash
# Runs deploy/wirewatch.service under a real systemd, in a throwaway container: an overlay of / (writes go to a
# tmpfs) booted with systemd-nspawn. deploy/install.sh installs BINARY (default: the release build) inside; a probe
# unit starts wirewatch.service, drops a good and a bad file, reads `systemctl show`, stops the service and powers
# the container off. Nothing on the host changes. Needs root and systemd-container; bounded by TIMEOUT (s).
#   deploy/smoke-container.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/wirewatch}"
timeout_seconds="${TIMEOUT:-180}"
[ "$(id -u)" -eq 0 ] || { echo "smoke-container: needs root; skipped" >&2; exit 0; }
command -v systemd-nspawn >/dev/null || { echo "smoke-container: systemd-nspawn missing; skipped" >&2; exit 0; }
[ -x "$binary" ] || { echo "smoke-container: no binary at $binary" >&2; exit 1; }

work="$(mktemp -d /tmp/wirewatch-smoke-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/results" "$work/root"
cat > "$work/results/probe.sh" <<'PROBE'
#!/bin/bash
exec > /results/probe.log 2>&1
inbox=/var/spool/wirewatch/inbox
systemctl start wirewatch.service
printf 'Council approves harbour plan\n\nBy Jane Reporter\n\n"This is a good day," Mayor Ann Lee said.\n' > $inbox/.a.part
mv $inbox/.a.part $inbox/a.txt
head -c 3000 /dev/urandom > $inbox/bad.bin
for _ in $(seq 50); do [ "$(wc -l < /var/lib/wirewatch/out/ledger.jsonl 2>/dev/null)" = 2 ] && break; sleep 0.1; done
sleep 2.5
systemctl show wirewatch.service -p ActiveState -p NRestarts -p StatusText -p User | sed 's/^/running: /'
ls /var/spool/wirewatch/processed /var/spool/wirewatch/quarantine | sed 's/^/files: /'
systemctl stop wirewatch.service
systemctl show wirewatch.service -p ActiveState -p Result -p ExecMainStatus | sed 's/^/stopped: /'
journalctl -u wirewatch.service --no-pager -o cat | sed 's/^/journal: /'
systemctl poweroff
PROBE
chmod +x "$work/results/probe.sh"
printf '[Unit]\nAfter=multi-user.target\n[Service]\nType=oneshot\nExecStart=/results/probe.sh\n[Install]\nWantedBy=multi-user.target\n' \
  > "$work/results/wirewatch-probe.service"
cp "$binary" "$work/results/wirewatch"

timeout "$timeout_seconds" unshare -m bash -euc '
work=$1; repo=$2; m=$work/root/merged
mount -t tmpfs tmpfs "$work/root"
mkdir -p "$work/root/upper" "$work/root/work" "$m"
mount -t overlay overlay -o "lowerdir=/,upperdir=$work/root/upper,workdir=$work/root/work" "$m"
mkdir -p "$m/checkout" "$m/results"
mount --bind "$repo" "$m/checkout"; mount --bind "$work/results" "$m/results"
mount -t proc proc "$m/proc"; mount --bind /dev "$m/dev"
chroot "$m" /bin/bash -c "cd /checkout && deploy/install.sh /results/wirewatch >/dev/null &&
  cp /results/wirewatch-probe.service /etc/systemd/system/ && systemctl enable wirewatch-probe.service 2>/dev/null"
umount "$m/proc" "$m/dev"
systemd-nspawn -q -D "$m" --register=no --keep-unit --boot > "$work/results/boot.log" 2>&1 || true
' _ "$work" "$PWD"

log="$work/results/probe.log"
[ -f "$log" ] || { echo "smoke-container: the probe did not run" >&2; tail -20 "$work/results/boot.log" >&2; exit 1; }
cat "$log"
failures=0
expect() { grep -qx -- "$1" "$log" || { echo "smoke-container: missing: $1" >&2; failures=$((failures + 1)); }; }
expect "running: ActiveState=active"
expect "running: NRestarts=0"
expect "running: User=wirewatch"
expect "running: StatusText=processed=1 duplicates=0 quarantined=1 failed=0 queued=0"
expect "files: a.txt"
expect "files: bad.bin.reason.json"
expect "stopped: Result=success"
expect "stopped: ExecMainStatus=0"
[ "$failures" -eq 0 ] || exit 1
echo "smoke-container: wirewatch.service ran, processed, reported and stopped cleanly under systemd"
