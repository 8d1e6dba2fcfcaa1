#!/bin/bash
# Runs inside the container booted by reliability/systemd-e2e.sh, as a oneshot unit; writes /results/probe.log,
# ending with "RESULT: OK" or "RESULT: FAILED".
exec > /results/probe.log 2>&1
set -u
inbox=/var/spool/wirewatch/inbox
out=/var/lib/wirewatch/out
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
show() { systemctl show wirewatch.service -p "$1" --value; }
wait_for() { # seconds command...
  local limit=$1; shift
  for _ in $(seq $((limit * 10))); do "$@" && return 0; sleep 0.1; done
  return 1
}
ledger_lines() { [ -f $out/ledger.jsonl ] && wc -l < $out/ledger.jsonl || echo 0; }
has_lines() { [ "$(ledger_lines)" -ge "$1" ]; }
restarted_since() { [ "$(show NRestarts)" -gt "$1" ]; }
article() { printf 'Harbour board report %s\n\nThe harbour board met on day %s to discuss ferry fares.\n\n"We will look at the numbers again, item %s," said board chair Tomas Reyes.\n' "$1" "$1" "$1"; }

systemctl start wirewatch.service || fail "systemctl start"
echo "started: ActiveState=$(show ActiveState) User=$(show User) NRestarts=$(show NRestarts)"
[ "$(show ActiveState)" = active ] || fail "not active after start"
[ "$(show User)" = wirewatch ] || fail "not running as wirewatch"
pid=$(show MainPID)
uid=$(grep '^Uid:' /proc/$pid/status | cut -f2)
[ "$uid" != 0 ] || fail "the daemon runs as root"
echo "main pid $pid runs as uid $uid"

# Files dropped the way droppers do: renamed in, written in place, and a bad one.
for i in 1 2 3; do article $i > $inbox/.a$i.part; mv $inbox/.a$i.part $inbox/a$i.txt; done
article 4 > $inbox/direct.txt
head -c 3000 /dev/urandom > $inbox/bad.bin
wait_for 30 has_lines 5 || fail "5 ledger lines expected, got $(ledger_lines)"
sleep 1
echo "running: ActiveState=$(show ActiveState) NRestarts=$(show NRestarts) StatusText=$(show StatusText)"
echo "processed: $(ls /var/spool/wirewatch/processed | tr '\n' ' ')"
echo "quarantine: $(ls /var/spool/wirewatch/quarantine | tr '\n' ' ')"
[ "$(ls $out/articles | wc -l)" -eq 4 ] || fail "4 articles expected"
[ -f /var/spool/wirewatch/quarantine/bad.bin.reason.json ] || fail "bad.bin not quarantined"
python3 - <<'PY' || fail "an output is not valid JSON"
import json, glob
for path in glob.glob("/var/lib/wirewatch/out/**/*.json", recursive=True):
    json.load(open(path))
for line in open("/var/lib/wirewatch/out/ledger.jsonl"):
    json.loads(line)
PY
# Modes: nothing the daemon creates is open to others; it owns only its folders.
echo "modes: $(stat -c '%a %U %n' $out/articles/*.json | head -1); $(stat -c '%a %U %n' /var/lib/wirewatch/state/* | tr '\n' ';')"
open_modes=$( { find /var/lib/wirewatch -perm /o=rwx; find /var/spool/wirewatch/quarantine -name '*.reason.json' -perm /o=rwx; } )
[ -z "$open_modes" ] || fail "open to others: $open_modes"
echo "sandbox: $(systemctl show wirewatch.service -p ProtectSystem -p ReadWritePaths -p StateDirectory -p NoNewPrivileges | tr '\n' ' ')"
# Write access only to its folders: in the service's mount namespace (ProtectSystem=strict, ReadWritePaths=,
# StateDirectory=), even root cannot write elsewhere.
for target in /etc/wirewatch /opt/wirewatch /var/lib /var/spool /usr/local /root; do
  if nsenter -t "$pid" -m sh -c "touch $target/.probe" 2>/dev/null; then fail "the service's namespace can write to $target"; fi
done
for target in /var/spool/wirewatch/inbox /var/spool/wirewatch/quarantine /var/spool/wirewatch/processed /var/lib/wirewatch/out /var/lib/wirewatch/state; do
  nsenter -t "$pid" -m sh -c "touch $target/.probe && rm $target/.probe" 2>/dev/null || fail "the service cannot write to $target"
done
echo "sandbox writes: refused in /etc/wirewatch /opt/wirewatch /var/lib /var/spool /usr/local /root; allowed in inbox, quarantine, processed, out, state"
journalctl -u wirewatch.service -o cat --no-pager | grep '^{' | python3 -c '
import json, sys
n = 0
for line in sys.stdin:
    json.loads(line); n += 1
print(f"journal: {n} JSON log lines, all valid")' || fail "a log line in the journal is not JSON"

# A stage that hangs: the watchdog restarts the service, the attempt count quarantines the file.
mkdir -p /run/systemd/system/wirewatch.service.d
printf '[Service]\nEnvironment=WIREWATCH_TEST_HANG_ON=POISON-HANG\nWatchdogSec=2s\nTimeoutAbortSec=5s\nRestartSec=1s\n' \
  > /run/systemd/system/wirewatch.service.d/90-hang.conf
systemctl daemon-reload
systemctl restart wirewatch.service
restarts_before=$(show NRestarts)
printf 'Poison\n\nThis text holds POISON-HANG and makes the parse stage hang.\n' > $inbox/.poison.part
mv $inbox/.poison.part $inbox/poison.txt
wait_for 60 restarted_since "$restarts_before" || fail "no watchdog restart within 60 s"
echo "after the hang: NRestarts=$(show NRestarts) (was $restarts_before)"
wait_for 90 test -f /var/spool/wirewatch/quarantine/poison.txt.reason.json || fail "poison.txt not quarantined within 90 s"
echo "poison: $(tr -d '\n ' < /var/spool/wirewatch/quarantine/poison.txt.reason.json 2>/dev/null)"
echo "after quarantine: ActiveState=$(show ActiveState) NRestarts=$(show NRestarts) Result=$(show Result)"
journalctl -u wirewatch.service --no-pager | grep -i -m3 'watchdog' | sed 's/^/journal: /'
article 5 > $inbox/after.txt
wait_for 30 test -f /var/spool/wirewatch/processed/after.txt || fail "a good file after the poison was not processed"
[ "$(show ActiveState)" = active ] || fail "not active after the poison file"

# Clean stop without the hook.
rm /run/systemd/system/wirewatch.service.d/90-hang.conf
systemctl daemon-reload
systemctl restart wirewatch.service
systemctl stop wirewatch.service
echo "stopped: ActiveState=$(show ActiveState) Result=$(show Result) ExecMainStatus=$(show ExecMainStatus)"
[ "$(show Result)" = success ] || fail "stop result $(show Result)"
[ "$(show ExecMainStatus)" = 0 ] || fail "exit status $(show ExecMainStatus)"
leftovers=$(find /var/lib/wirewatch /var/spool/wirewatch/quarantine -name '.*.tmp' | wc -l)
[ "$leftovers" -eq 0 ] || fail "$leftovers temporary files left"
if [ "$failures" -eq 0 ]; then echo "RESULT: OK"; else echo "RESULT: FAILED ($failures)"; fi
