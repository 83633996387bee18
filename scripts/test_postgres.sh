#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, on 127.0.0.1, trusting local connections.
#   bash scripts/test_postgres.sh start [DIR] [PORT]   # prints the URL to export as VIVIER_TEST_POSTGRES_URL
#   bash scripts/test_postgres.sh stop [DIR]
# Needs Debian's postgresql package (installed by `scripts/setup.sh --postgres`). Runs the server as the
# `postgres` user when started as root (PostgreSQL refuses to run as root).
set -euo pipefail
action=${1:?start or stop}
dir=${2:-/tmp/vivier-test-postgres}
port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed: bash scripts/setup.sh --postgres" >&2; exit 1; }
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
start)
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    # UTF-8 with the C.UTF-8 locale: an SQL_ASCII cluster breaks psycopg (shared/ENVIRONMENT.md).
    as_owner "$bin/initdb" -D "$dir" -E UTF8 --locale=C.UTF-8 -A trust -U postgres >/dev/null
  fi
  if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    # fsync off: a test server loses nothing worth keeping and starts in about 2 s.
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
  fi
  echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  ;;
stop)
  as_owner "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
  ;;
*)
  echo "usage: $0 start|stop [DIR] [PORT]" >&2
  exit 2
  ;;
esac
