#!/usr/bin/env bash
# tests/package/deb.sh BUILD: the Debian package installs, starts, serves,
# backs up, stops and removes cleanly -- on this machine, for real, so it
# needs root (scripts/test.sh skips it with a note otherwise; CI runs as
# root).  Under systemd the service is started with systemctl; in a
# container without systemd the unit's ExecStart runs as its user, with a
# NOTIFY_SOCKET this script listens on, so readiness and stopping are
# checked either way.  The last line is "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${1:-build}
cd "$ROOT"
PASSED=0
FAILED=0
ok()  { PASSED=$((PASSED + 1)); echo "ok - $*"; }
bad() { FAILED=$((FAILED + 1)); echo "not ok - $*"; }
check() { local what=$1; shift; if "$@" >/tmp/deb-test.$$ 2>&1; then ok "$what"; else bad "$what"; sed 's/^/    | /' /tmp/deb-test.$$ | tail -20; fi; }
finish() { rm -f /tmp/deb-test.$$; echo "$PASSED passed, $FAILED failed"; [ "$FAILED" = 0 ]; exit $?; }

if [ "$(id -u)" != 0 ]; then
	echo "skipped: installing a package needs root (CI runs as root)"
	finish
fi
SERVER_PID=""
NOTIFY_PID=""
TMP=$(mktemp -d /tmp/dieuhanh-deb.XXXXXX)
chmod 755 "$TMP"
cleanup() {
	[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
	[ -n "$NOTIFY_PID" ] && kill "$NOTIFY_PID" 2>/dev/null
	if dpkg -s dieuhanh >/dev/null 2>&1; then dpkg -P dieuhanh >/dev/null 2>&1; fi
	rm -rf "$TMP" /var/lib/dieuhanh-test-moved
}
trap cleanup EXIT
SYSTEMD=0
[ -d /run/systemd/system ] && SYSTEMD=1

# A machine that already runs dieuhanh is not a test machine.
if dpkg -s dieuhanh >/dev/null 2>&1; then
	echo "skipped: the dieuhanh package is installed on this machine already"
	trap - EXIT
	finish
fi
# What a previous purge keeps (database, backups, key): set aside and put back.
for d in /var/lib/dieuhanh /var/backups/dieuhanh /etc/dieuhanh; do
	if [ -e "$d" ]; then echo "skipped: $d exists (kept from an earlier installation)"; trap - EXIT; finish; fi
done

DEB=$(make --no-print-directory deb BUILD="$BUILD" 2>"$TMP/make.err" | tail -n 1)
if [ ! -f "$DEB" ]; then bad "make deb built nothing"; cat "$TMP/make.err"; finish; fi
ok "make deb: $(basename "$DEB")"

check "dpkg -i installs it (dependencies satisfied)" dpkg -i "$DEB"
check "the binary runs" /usr/sbin/dieuhanh version
check "the man page is installed" test -s /usr/share/man/man8/dieuhanh.8.gz
check "translations and static files are installed" test -s /usr/share/dieuhanh/po/vi.po -a -d /usr/share/dieuhanh/static/css
check "the service user exists, without a login shell" sh -c 'getent passwd dieuhanh | grep -Eq ":(/usr/sbin/nologin|/bin/false)$"'
check "the audit key was made, 0600, the service's" sh -c '[ "$(stat -c %a:%U /etc/dieuhanh/audit.key)" = 600:dieuhanh ]'
check "the configuration is a conffile, readable by the service only" sh -c 'dpkg-query -W -f="\${Conffiles}" dieuhanh | grep -q /etc/dieuhanh/dieuhanh.conf && [ "$(stat -c %a:%G /etc/dieuhanh/dieuhanh.conf)" = 640:dieuhanh ]'
check "the database was migrated at installation, as the service user" sh -c '[ "$(stat -c %U /var/lib/dieuhanh/dieuhanh.db)" = dieuhanh ]'
check "config check passes on the installed configuration" runuser -u dieuhanh -- env DIEUHANH_CONFIG=/etc/dieuhanh/dieuhanh.conf /usr/sbin/dieuhanh config check
if command -v systemd-analyze >/dev/null; then
	check "systemd-analyze verify accepts the units" env SYSTEMD_LOG_LEVEL=warning systemd-analyze verify --man=no \
		/usr/lib/systemd/system/dieuhanh.service /usr/lib/systemd/system/dieuhanh-backup.service \
		/usr/lib/systemd/system/dieuhanh-backup.timer
fi

# A port of our own, as an officer would edit the conffile.
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
sed -i "s/^listen = .*/listen = 127.0.0.1:$PORT/" /etc/dieuhanh/dieuhanh.conf
if [ "$SYSTEMD" = 1 ]; then
	check "systemctl restart dieuhanh" systemctl restart dieuhanh
	check "the service is active (Type=notify: started once ready)" systemctl is-active --quiet dieuhanh
else
	# The unit's ExecStart, as its user, in its folder, told where to notify.
	python3 - "$TMP/notify" >"$TMP/notify.log" 2>&1 <<'PY' &
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
import os; os.chmod(sys.argv[1], 0o777)
while True:
    print(s.recv(4096).decode().replace("\n", " | "), flush=True)
PY
	NOTIFY_PID=$!
	for _ in $(seq 1 50); do [ -S "$TMP/notify" ] && break; sleep 0.1; done
	# setpriv execs the server itself (runuser would stay as its parent), so
	# SIGTERM below reaches it as systemd's would.
	(cd /var/lib/dieuhanh && exec setpriv --reuid dieuhanh --regid dieuhanh --init-groups \
		env NOTIFY_SOCKET="$TMP/notify" DIEUHANH_CONFIG=/etc/dieuhanh/dieuhanh.conf \
		/usr/sbin/dieuhanh serve) >"$TMP/serve.log" 2>&1 &
	SERVER_PID=$!
fi
up=0
for _ in $(seq 1 100); do
	curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null && { up=1; break; }
	sleep 0.1
done
if [ "$up" = 1 ]; then ok "the installed service answers /healthz"; else bad "the installed service does not answer"; cat "$TMP/serve.log" 2>/dev/null | tail -20; fi
check "it serves the static files from /usr/share" curl -fsS -o /dev/null "http://127.0.0.1:$PORT/static/css/app.css"
check "/metrics answers on this machine" sh -c "curl -fsS http://127.0.0.1:$PORT/metrics | grep -q '^dieuhanh_build_info'"
if [ "$SYSTEMD" = 0 ]; then
	check "it told the notify socket READY=1" grep -q 'READY=1' "$TMP/notify.log"
fi
check "the nightly backup script writes a backup, as the service user" sh -c \
	"runuser -u dieuhanh -- env DIEUHANH_CONFIG=/etc/dieuhanh/dieuhanh.conf /usr/share/dieuhanh/dieuhanh-backup && ls /var/backups/dieuhanh/dieuhanh-*.backup"
B=$(ls /var/backups/dieuhanh/dieuhanh-*.backup 2>/dev/null | head -n 1)
check "the backup restores and its audit chain verifies" runuser -u dieuhanh -- env \
	DIEUHANH_CONFIG=/etc/dieuhanh/dieuhanh.conf /usr/sbin/dieuhanh restore "$B" \
	--db "sqlite:/var/lib/dieuhanh/restored.db"
if [ "$SYSTEMD" = 1 ]; then
	check "systemctl stop dieuhanh" systemctl stop dieuhanh
else
	kill -TERM "$SERVER_PID"
	wait "$SERVER_PID"
	st=$?
	SERVER_PID=""
	if [ "$st" = 0 ]; then ok "SIGTERM: the service exits 0"; else bad "SIGTERM: exit status $st"; fi
	sleep 0.2
	check "it told the notify socket STOPPING=1" grep -q 'STOPPING=1' "$TMP/notify.log"
fi

check "dpkg -r removes it" dpkg -r dieuhanh
check "the binary is gone" test ! -e /usr/sbin/dieuhanh
check "the configuration stays until purge" test -e /etc/dieuhanh/dieuhanh.conf
check "dpkg -P purges it" dpkg -P dieuhanh
check "no file of the package is left" sh -c '! dpkg -L dieuhanh 2>/dev/null | grep -q .'
check "the configuration is gone" test ! -e /etc/dieuhanh/dieuhanh.conf
check "the database, the backups and the audit key are kept" test -e /var/lib/dieuhanh/dieuhanh.db -a -e /etc/dieuhanh/audit.key -a -n "$B"
rm -rf /var/lib/dieuhanh /var/backups/dieuhanh /etc/dieuhanh
getent passwd dieuhanh >/dev/null && deluser --system --quiet dieuhanh >/dev/null 2>&1
finish
