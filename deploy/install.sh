#!/usr/bin/env bash
# Installs wirewatch as a systemd service: the release binary, a system user, the folders, the configuration and
# the unit, then reloads systemd. Idempotent: run it again after each build. Run as root from the checkout:
#   swift build -c release --product wirewatch && sudo deploy/install.sh [BINARY]
# An existing /etc/wirewatch/config.json is kept (the shipped one is written beside it as config.json.dist).
# Droppers write into /var/spool/wirewatch/inbox as members of the group `wirewatch`.
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/wirewatch}"
user=wirewatch

[ "$(id -u)" -eq 0 ] || { echo "install: run as root" >&2; exit 1; }
[ -x "$binary" ] || { echo "install: no binary at $binary (swift build -c release --product wirewatch)" >&2; exit 1; }

# The binary: copied beside its final name, then renamed, so a running service never sees half a file.
install -d -m 0755 /usr/local/bin
install -m 0755 "$binary" /usr/local/bin/.wirewatch.new
mv -f /usr/local/bin/.wirewatch.new /usr/local/bin/wirewatch

# A dedicated system user without a home or a shell.
getent group "$user" >/dev/null || groupadd --system "$user"
getent passwd "$user" >/dev/null ||
  useradd --system --gid "$user" --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin "$user"

# Folders: state and outputs under the unit's StateDirectory; inbox, processed and quarantine under the spool
# (the unit's ReadWritePaths). The inbox is group-writable and setgid so that dropped files stay in the group.
install -d -o "$user" -g "$user" -m 0750 /var/lib/wirewatch /var/lib/wirewatch/out /var/lib/wirewatch/state
install -d -o "$user" -g "$user" -m 0750 /var/spool/wirewatch
install -d -o "$user" -g "$user" -m 2770 /var/spool/wirewatch/inbox
install -d -o "$user" -g "$user" -m 0750 /var/spool/wirewatch/processed /var/spool/wirewatch/quarantine

# Configuration: the administrator's copy wins.
install -d -m 0755 /etc/wirewatch
if [ -e /etc/wirewatch/config.json ]; then
  if ! cmp -s deploy/config.json /etc/wirewatch/config.json; then
    install -m 0644 deploy/config.json /etc/wirewatch/config.json.dist
    echo "install: kept /etc/wirewatch/config.json; the shipped one is /etc/wirewatch/config.json.dist"
  fi
else
  install -m 0644 deploy/config.json /etc/wirewatch/config.json
fi
/usr/local/bin/wirewatch check-config /etc/wirewatch/config.json ||
  echo "install: /etc/wirewatch/config.json has problems (see above); the service will refuse to start" >&2

# The unit.
install -m 0644 deploy/wirewatch.service /etc/systemd/system/wirewatch.service
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  echo "install: done; start with: systemctl enable --now wirewatch && journalctl -fu wirewatch"
else
  echo "install: done; systemd is not running here, so nothing was reloaded"
fi
