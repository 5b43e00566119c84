#!/usr/bin/env bash
# scripts/deps.sh: checks what dieuhanh needs on Debian 12 and installs what
# is missing.  Quiet when everything is present.
#
#   scripts/deps.sh           build needs: compiler, make, pkg-config, -dev libs
#   scripts/deps.sh --test    also PostgreSQL 15, Node.js + npm, Chromium, nginx, node_modules
#   scripts/deps.sh --bench   also wrk, hyperfine, nginx-light, jq, curl
#
# Exits 1 with a message naming the missing packages (and the command to
# install them) when it cannot install them itself.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

want_test=0
want_bench=0
for arg in "$@"; do
	case "$arg" in
	--test) want_test=1 ;;
	--bench) want_bench=1 ;;
	-h|--help)
		sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
		exit 0 ;;
	*)
		echo "deps.sh: unknown argument '$arg' (use --test and/or --bench)" >&2
		exit 2 ;;
	esac
done

missing=()   # Debian packages to install
add() {
	local p
	for p in "$@"; do
		case " ${missing[*]-} " in *" $p "*) ;; *) missing+=("$p") ;; esac
	done
}

have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pkg() { dpkg -s "$1" >/dev/null 2>&1; }
have_pc()  { have_cmd pkg-config && pkg-config --exists "$1"; }

# --- build -------------------------------------------------------------------
have_cmd gcc        || add gcc
have_cmd make       || add make
have_cmd pkg-config || add pkg-config

# pkg-config module -> Debian package.  Without pkg-config every library is
# checked by its package instead.
check_lib() {
	local pc=$1 pkg=$2
	if have_cmd pkg-config; then
		have_pc "$pc" || add "$pkg"
	else
		have_pkg "$pkg" || add "$pkg"
	fi
}
check_lib libmicrohttpd libmicrohttpd-dev
check_lib jansson       libjansson-dev
check_lib libsodium     libsodium-dev
check_lib libutf8proc   libutf8proc-dev
check_lib icu-uc        libicu-dev
check_lib icu-i18n      libicu-dev
check_lib sqlite3       libsqlite3-dev
check_lib libpq         libpq-dev
check_lib cmocka        libcmocka-dev
# Spreadsheets: writing xlsx (libxlsxwriter); reading xlsx is a zip archive
# (libzip) of XML parts (expat).
check_lib xlsxwriter    libxlsxwriter-dev
check_lib libzip        libzip-dev
check_lib expat         libexpat1-dev
# Readiness and stopping told to systemd (sd_notify, Type=notify).
check_lib libsystemd    libsystemd-dev
# Reminders: iCalendar feeds (libical), e-mail over SMTP (libcurl).
check_lib libical       libical-dev
check_lib libcurl       libcurl4-openssl-dev
# QR codes of the dossier lookup URL on the one-stop shop's forms.
check_lib libqrencode   libqrencode-dev
# Photos sent with citizen feedback are re-encoded without their metadata.
check_lib libjpeg       libjpeg62-turbo-dev
check_lib libpng        libpng-dev
# News: Markdown (cmark, safe by default) and image thumbnails (libgd).
check_lib libcmark      libcmark-dev
check_lib gdlib         libgd-dev
check_lib libwebp       libwebp-dev

# --- test --------------------------------------------------------------------
if [ "$want_test" = 1 ]; then
	if ! have_pkg postgresql-15 || [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
		add postgresql-15
	fi
	# Node.js may come from elsewhere than Debian (NodeSource ships npm inside
	# its nodejs package): the commands are what counts.
	have_cmd node || add nodejs
	have_cmd npm  || add npm
	have_cmd python3 || true   # optional: test.sh falls back to node for ports
	# The audit-chain tests tamper with the databases directly, as an intruder would.
	have_cmd sqlite3 || add sqlite3
	have_cmd psql    || add postgresql-client-15
	# The browser tests drive Debian's Chromium (playwright-core never
	# downloads a browser here).
	[ -x /usr/bin/chromium ] || add chromium
	# The fuzz harnesses (tests/fuzz) build with clang's libFuzzer.
	have_cmd clang || add clang
	ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 \
		|| add libclang-rt-14-dev
	# tests/integration/http_limits.test.mjs puts the documented reverse
	# proxy configuration (docs/SECURITY.md) in front of the server.
	[ -x /usr/sbin/nginx ] || add nginx-light
	# tests/integration/reminders.test.mjs delivers e-mail to a real SMTP server on loopback.
	have_pkg python3-aiosmtpd || add python3-aiosmtpd
fi

# --- bench -------------------------------------------------------------------
if [ "$want_bench" = 1 ]; then
	have_cmd wrk       || add wrk
	have_cmd hyperfine || add hyperfine
	have_pkg nginx-light || have_cmd nginx || add nginx-light
	have_cmd jq        || add jq
	have_cmd curl      || add curl
fi

# --- install -----------------------------------------------------------------
if [ "${#missing[@]}" -gt 0 ]; then
	cmd_text="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
	SUDO=()
	can=1
	if [ "$(id -u)" != 0 ]; then
		if have_cmd sudo && sudo -n true 2>/dev/null; then
			SUDO=(sudo -n)
		else
			can=0
		fi
	fi
	if ! have_cmd apt-get; then
		can=0
	fi
	if [ "$can" = 1 ]; then
		echo "deps.sh: installing ${missing[*]}"
		export DEBIAN_FRONTEND=noninteractive
		if ! "${SUDO[@]}" apt-get update -q >/dev/null \
		   || ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
		        apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null; then
			echo "deps.sh: apt-get failed; missing packages: ${missing[*]}" >&2
			echo "deps.sh: run as root: $cmd_text" >&2
			exit 1
		fi
	else
		echo "deps.sh: missing packages: ${missing[*]}" >&2
		echo "deps.sh: cannot install them (not root and no usable sudo); run as root:" >&2
		echo "    $cmd_text" >&2
		exit 1
	fi
fi

# --- node_modules --------------------------------------------------------------
if [ "$want_test" = 1 ] && [ -f "$ROOT/package.json" ] \
   && { [ ! -d "$ROOT/node_modules/playwright-core" ] || [ ! -d "$ROOT/node_modules/axe-core" ] \
          || [ ! -d "$ROOT/node_modules/ajv" ] || [ ! -d "$ROOT/node_modules/fast-xml-parser" ] \
          || [ ! -d "$ROOT/node_modules/feedparser" ] || [ ! -d "$ROOT/node_modules/ical.js" ]; }; then
	echo "deps.sh: installing npm packages"
	if [ -f "$ROOT/package-lock.json" ]; then
		npm_cmd=(npm ci)
	else
		npm_cmd=(npm install)
	fi
	if ! (cd "$ROOT" && "${npm_cmd[@]}" --no-audit --no-fund --loglevel=error </dev/null); then
		echo "deps.sh: '${npm_cmd[*]}' failed in $ROOT" >&2
		exit 1
	fi
fi
exit 0
