#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests, on loopback, in .cache/postgres: the register's tests
# run against it when TEST_POSTGRES_URL names it (each test file makes and drops its own database).
# Nothing outside the folder is touched, so it runs beside a system cluster or another worktree's.
#
#   scripts/test-postgres.sh start   initdb when needed, start on a free port; prints the URL
#   scripts/test-postgres.sh url     the URL of the running cluster
#   scripts/test-postgres.sh stop
#
# e.g.  export TEST_POSTGRES_URL=$(scripts/test-postgres.sh start) && npm test
set -euo pipefail
cd "$(dirname "$0")/.."

POSTGRES_BIN=${POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
dir=$PWD/.cache/postgres
pgdata=$dir/data

log() { echo "test-postgres: $*" >&2; }
# PostgreSQL refuses to run as root: then its cluster belongs to the `postgres` user.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
running() { [ -f "$pgdata/PG_VERSION" ] && as_owner "$POSTGRES_BIN/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; }
url() { echo "postgresql://postgres:$(cat "$dir/password")@127.0.0.1:$(cat "$dir/port")/postgres"; }
free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start() {
  [ -x "$POSTGRES_BIN/initdb" ] || { log "no PostgreSQL found (apt-get install postgresql)"; exit 1; }
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    rm -rf "$dir" && mkdir -p "$dir/run"
    # Letters and digits only: it goes into a URL unescaped. Every connection needs it, socket or TCP.
    node -e 'console.log(require("crypto").randomBytes(18).toString("hex"))' >"$dir/password"
    chmod 600 "$dir/password"
    [ "$(id -u)" != 0 ] || chown -R postgres: "$dir"
    as_owner "$POSTGRES_BIN/initdb" -D "$pgdata" -U postgres --pwfile="$dir/password" -E UTF8 --locale=C \
      --auth=scram-sha-256 >/dev/null
  fi
  if running; then
    log "already running on 127.0.0.1:$(cat "$dir/port")"
  else
    free_port >"$dir/port"
    # fsync off: a test cluster need not survive a power cut, and tests create many databases.
    as_owner "$POSTGRES_BIN/pg_ctl" -D "$pgdata" -l "$dir/postgres.log" -w -o \
      "-p $(cat "$dir/port") -k $dir/run -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
      start >/dev/null
    log "started on 127.0.0.1:$(cat "$dir/port") (log: $dir/postgres.log)"
    # Test databases that a killed run could not drop (nobody else can be using them: it just started).
    "$POSTGRES_BIN/psql" "$(url)" -XqAt -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
SELECT format('DROP DATABASE %I', datname) FROM pg_database WHERE datname LIKE 'klachten\_test\_%'
\gexec
SQL
  fi
  url
}

stop() {
  if running; then
    as_owner "$POSTGRES_BIN/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null
    log "stopped"
  fi
}

case "${1:-}" in
  start) start ;;
  url) running && url ;;
  stop) stop ;;
  *) sed -n '2,10p' "$0" >&2; exit 2 ;;
esac
