#!/usr/bin/env bash
# scripts/pg-temp.sh: a throwaway PostgreSQL 15 cluster for tests.
#
#   scripts/pg-temp.sh start DIR PORT   create + start; prints the database URL
#   scripts/pg-temp.sh stop DIR         stop (fast) and remove DIR
#   scripts/pg-temp.sh halt DIR         stop (fast), keep DIR: a database outage
#   scripts/pg-temp.sh restart DIR      start a halted cluster again, same DIR and
#                                       port; prints the same URL
#
# The cluster trusts every local connection, listens only on 127.0.0.1:PORT
# (unix socket in DIR) and runs with fsync off: for tests only.  As root the
# server runs as the `postgres` user, since PostgreSQL refuses to run as root.
set -euo pipefail

usage() {
	echo "usage: $0 start DIR PORT | stop DIR | halt DIR | restart DIR" >&2
	exit 2
}

pg_bindir() {
	local d
	for d in /usr/lib/postgresql/15/bin; do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
			echo "$d"; return 0
		fi
	done
	if command -v pg_config >/dev/null 2>&1; then
		d=$(pg_config --bindir 2>/dev/null || true)
		if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
			echo "$d"; return 0
		fi
	fi
	if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
		dirname "$(command -v initdb)"; return 0
	fi
	echo "pg-temp.sh: PostgreSQL server binaries (initdb, pg_ctl) not found;" \
	     "install postgresql-15 (scripts/deps.sh --test)" >&2
	return 1
}

# Runs a command as the cluster owner: postgres when we are root, else us.
AS=()
setup_user() {
	if [ "$(id -u)" = 0 ]; then
		if ! getent passwd postgres >/dev/null; then
			useradd --system --home-dir /var/lib/postgresql --shell /bin/bash \
			        --user-group postgres
		fi
		AS=(runuser -u postgres --)
	fi
}

# pg_start BIN DIR PORT: starts the cluster in DIR/data, waits until it accepts connections.
pg_start() {
	local bin=$1 dir=$2 port=$3
	if ! "${AS[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
	        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
	        start >/dev/null; then
		echo "pg-temp.sh: the server did not start:" >&2
		tail -n 20 "$dir/server.log" >&2 || true
		exit 1
	fi
}

cmd_start() {
	local dir=$1 port=$2
	case "$port" in ''|*[!0-9]*) echo "pg-temp.sh: bad port '$port'" >&2; exit 2 ;; esac
	local bin
	bin=$(pg_bindir)
	setup_user

	mkdir -p "$dir"
	dir=$(cd "$dir" && pwd)
	if [ -e "$dir/data/PG_VERSION" ]; then
		echo "pg-temp.sh: $dir already holds a cluster" >&2
		exit 1
	fi
	if [ "${#AS[@]}" -gt 0 ]; then
		chown postgres: "$dir"
		# postgres must be able to reach DIR: mktemp's parents may be 0700.
		local p=$dir
		while [ "$p" != / ]; do
			p=$(dirname "$p")
			if ! runuser -u postgres -- test -x "$p" 2>/dev/null; then
				chmod o+x "$p" 2>/dev/null || true
			fi
		done
	fi

	if ! "${AS[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync \
	        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
		# Older initdb or missing C.UTF-8 locale: try with plain C.
		if ! "${AS[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync \
		        -E UTF8 --locale=C >"$dir/initdb.log" 2>&1; then
			echo "pg-temp.sh: initdb failed:" >&2
			tail -n 20 "$dir/initdb.log" >&2
			exit 1
		fi
	fi

	echo "$port" >"$dir/port"
	pg_start "$bin" "$dir" "$port"

	local psql=$bin/psql
	[ -x "$psql" ] || psql=psql
	if ! "${AS[@]}" "$psql" -X -q -h "$dir" -p "$port" -U postgres -d postgres \
	        -v ON_ERROR_STOP=1 -c 'CREATE DATABASE dieuhanh_test' >/dev/null; then
		echo "pg-temp.sh: could not create database dieuhanh_test" >&2
		"${AS[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
		exit 1
	fi
	echo "postgresql://postgres@127.0.0.1:$port/dieuhanh_test"
}

cmd_stop() {
	local dir=$1
	[ -d "$dir" ] || return 0
	dir=$(cd "$dir" && pwd)
	if [ -f "$dir/data/PG_VERSION" ]; then
		local bin
		bin=$(pg_bindir)
		setup_user
		if [ -f "$dir/data/postmaster.pid" ]; then
			"${AS[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
			  || "${AS[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 \
			  || true
		fi
	fi
	rm -rf "$dir"
}

cmd_halt() {
	local dir=$1
	[ -f "$dir/data/PG_VERSION" ] || { echo "pg-temp.sh: no cluster in $dir" >&2; exit 1; }
	dir=$(cd "$dir" && pwd)
	local bin
	bin=$(pg_bindir)
	setup_user
	if [ -f "$dir/data/postmaster.pid" ]; then
		"${AS[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null
	fi
}

cmd_restart() {
	local dir=$1
	[ -f "$dir/data/PG_VERSION" ] && [ -f "$dir/port" ] \
		|| { echo "pg-temp.sh: no cluster started by this script in $dir" >&2; exit 1; }
	dir=$(cd "$dir" && pwd)
	local bin port
	bin=$(pg_bindir)
	setup_user
	port=$(cat "$dir/port")
	if [ -f "$dir/data/postmaster.pid" ]; then
		"${AS[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null
	fi
	pg_start "$bin" "$dir" "$port"
	echo "postgresql://postgres@127.0.0.1:$port/dieuhanh_test"
}

case "${1-}" in
start) [ $# -eq 3 ] || usage; cmd_start "$2" "$3" ;;
stop)  [ $# -eq 2 ] || usage; cmd_stop "$2" ;;
halt)  [ $# -eq 2 ] || usage; cmd_halt "$2" ;;
restart) [ $# -eq 2 ] || usage; cmd_restart "$2" ;;
*) usage ;;
esac
