#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL server for the tests, on 127.0.0.1 only.
#
#   tests/postgres/test-server.sh start DIR PORT   initdb into DIR (if new) and start; prints the admin URL
#   tests/postgres/test-server.sh stop DIR
#
# As root it runs the server as the postgres user (PostgreSQL refuses to run as root).
set -euo pipefail

action=${1:?start or stop}
data_dir=${2:?data directory}
port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

case "$action" in
start)
    if [ ! -f "$data_dir/PG_VERSION" ]; then
        mkdir -p "$data_dir"
        [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data_dir"
        chmod 0700 "$data_dir"
        # trust only on this throwaway cluster, reachable from this machine only
        as_server_user "$bin/initdb" -D "$data_dir" -U wegwijzer_test --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_server_user "$bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
        as_server_user "$bin/pg_ctl" -D "$data_dir" -w -t 60 -l "$data_dir/server.log" start \
            -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" >/dev/null
    fi
    echo "postgresql://wegwijzer_test@127.0.0.1:$port/postgres"
    ;;
stop)
    if [ -f "$data_dir/PG_VERSION" ] && as_server_user "$bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
        as_server_user "$bin/pg_ctl" -D "$data_dir" -w -m fast stop >/dev/null
    fi
    ;;
*)
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
