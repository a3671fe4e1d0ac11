#!/usr/bin/env bash
# Builds and runs a real Temporal server on a private PostgreSQL cluster, so the worker can be
# tried against the persistence a production server uses: the dev server (`npm start`) only has
# SQLite, and these machines reach the Go module proxy and Debian's packages but no image
# registry, so the server is built from source. Every step reuses what already exists.
#
#   scripts/temporal-postgres.sh up       build + postgres + schema + start
#   scripts/temporal-postgres.sh build | postgres | schema | start | ui | status | stop
#
# Then: TEMPORAL_ADDRESS=localhost:7243 npm start   (worker and API against this server)
set -euo pipefail
cd "$(dirname "$0")/.."

# The newest versions Go 1.26.8 accepts: server 1.32.2 and ui-server 2.56 want a newer Go.
TEMPORAL_PG_SERVER_VERSION=${TEMPORAL_PG_SERVER_VERSION:-v1.32.0}
TEMPORAL_PG_UI_VERSION=${TEMPORAL_PG_UI_VERSION:-v2.55.0}
TEMPORAL_PG_BIN_DIR=${TEMPORAL_PG_BIN_DIR:-$PWD/.tools/temporal-server/bin}
TEMPORAL_PG_DIR=${TEMPORAL_PG_DIR:-$PWD/data/temporal-postgres}  # cluster, configs, logs, pid files
TEMPORAL_PG_POSTGRES_PORT=${TEMPORAL_PG_POSTGRES_PORT:-5433}      # 5432 stays free for a system cluster
TEMPORAL_PG_PASSWORD=${TEMPORAL_PG_PASSWORD:-temporal}            # role `temporal`; letters and digits
# Frontend gRPC; history, matching, worker and the four membership ports take the next seven.
# 7233 is the dev server's.
TEMPORAL_PG_GRPC_PORT=${TEMPORAL_PG_GRPC_PORT:-7243}
TEMPORAL_PG_UI_PORT=${TEMPORAL_PG_UI_PORT:-8243}                  # 8233 is the dev server's UI
POSTGRES_BIN=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
TEMPORAL_CLI_PATH=${TEMPORAL_CLI_PATH:-$PWD/.tools/venv/bin/temporal}

pgdata=$TEMPORAL_PG_DIR/postgres/data
address=127.0.0.1:$TEMPORAL_PG_GRPC_PORT

log() { echo "temporal-postgres: $*" >&2; }
millis() { date +%s%3N; }
# PostgreSQL refuses to run as root: then its cluster belongs to the `postgres` user.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_admin() { as_owner "$POSTGRES_BIN/psql" -h /tmp -p "$TEMPORAL_PG_POSTGRES_PORT" -XqAt -v ON_ERROR_STOP=1 "$@"; }
# A pid file counts only while its process runs one of our binaries: a reused pid is never killed.
alive() { [[ -f "$1" && "$(ps -o args= -p "$(cat "$1")" 2>/dev/null)" == "$TEMPORAL_PG_BIN_DIR/"* ]]; }
pg_running() { [ -f "$pgdata/PG_VERSION" ] && as_owner "$POSTGRES_BIN/pg_ctl" -D "$pgdata" status >/dev/null; }
cli() { "$TEMPORAL_CLI_PATH" "$@" --address "$address"; }

# go install, then rename: all three commands are called `server` or `sql` upstream.
go_install() { # package@version name
  local tmp started=$SECONDS
  tmp=$(mktemp -d "$TEMPORAL_PG_BIN_DIR/.build.XXXX")
  GOBIN=$tmp go install "$1"
  mv "$tmp"/* "$TEMPORAL_PG_BIN_DIR/$2"
  rmdir "$tmp"
  log "built $2 ($1) in $((SECONDS - started)) s, $(du -h "$TEMPORAL_PG_BIN_DIR/$2" | cut -f1)"
}

# Called from an `if`, never after `||`: bash ignores `set -e` inside a function on the left of || or &&.
build() {
  mkdir -p "$TEMPORAL_PG_BIN_DIR"
  if [ ! -x "$TEMPORAL_PG_BIN_DIR/temporal-server" ]; then
    go_install "go.temporal.io/server/cmd/server@$TEMPORAL_PG_SERVER_VERSION" temporal-server
  fi
  if [ ! -x "$TEMPORAL_PG_BIN_DIR/temporal-sql-tool" ]; then
    go_install "go.temporal.io/server/cmd/tools/sql@$TEMPORAL_PG_SERVER_VERSION" temporal-sql-tool
  fi
  log "server and SQL tool in $TEMPORAL_PG_BIN_DIR"
}

postgres() {
  if [ ! -f "$pgdata/PG_VERSION" ]; then # as root, the folders above must be open to `postgres`
    mkdir -p "$pgdata"
    [ "$(id -u)" != 0 ] || chown -R postgres: "$TEMPORAL_PG_DIR/postgres"
    as_owner "$POSTGRES_BIN/initdb" -D "$pgdata" -E UTF8 --locale=C \
      --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  fi
  if pg_running; then
    log "PostgreSQL already running on port $TEMPORAL_PG_POSTGRES_PORT"
  else
    as_owner "$POSTGRES_BIN/pg_ctl" -D "$pgdata" -l "$TEMPORAL_PG_DIR/postgres/postgres.log" -w \
      -o "-p $TEMPORAL_PG_POSTGRES_PORT -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
    log "PostgreSQL started on 127.0.0.1:$TEMPORAL_PG_POSTGRES_PORT"
  fi
  # Setting the password every time lets TEMPORAL_PG_PASSWORD change.
  psql_admin -d postgres -v pw="$TEMPORAL_PG_PASSWORD" <<'SQL'
SELECT 'CREATE ROLE temporal LOGIN CREATEDB' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'temporal')
\gexec
ALTER ROLE temporal PASSWORD :'pw';
SQL
}

# The SQL tool logs every statement it runs: that goes to a file, shown only when it fails.
sql_tool() {
  if ! SQL_PASSWORD=$TEMPORAL_PG_PASSWORD "$TEMPORAL_PG_BIN_DIR/temporal-sql-tool" --plugin postgres12 \
    --endpoint 127.0.0.1 --port "$TEMPORAL_PG_POSTGRES_PORT" --user temporal "$@" >>"$TEMPORAL_PG_DIR/schema.log" 2>&1; then
    tail -5 "$TEMPORAL_PG_DIR/schema.log" >&2
    log "temporal-sql-tool $* failed; log: $TEMPORAL_PG_DIR/schema.log"
    return 1
  fi
}

schema() {
  local module name versioned
  mkdir -p "$TEMPORAL_PG_DIR"
  # The schema files ship in the server's module, which the build left in the module cache.
  module=$(go mod download -json "go.temporal.io/server@$TEMPORAL_PG_SERVER_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  for db in temporal:temporal temporal_visibility:visibility; do
    name=${db%%:*} versioned=$module/schema/postgresql/v12/${db#*:}/versioned
    if [ -z "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
      sql_tool --database "$name" create-database
    fi
    if [ -z "$(psql_admin -d "$name" -c "SELECT to_regclass('schema_version')")" ]; then
      sql_tool --database "$name" setup-schema -v 0.0
    fi
    sql_tool --database "$name" update-schema -d "$versioned"
    log "database $name at schema version $(psql_admin -d "$name" -c 'SELECT curr_version FROM schema_version')"
  done
}

datastore() { # name database
  cat <<YAML
    $1:
      sql:
        pluginName: postgres12
        databaseName: $2
        connectAddr: 127.0.0.1:$TEMPORAL_PG_POSTGRES_PORT
        connectProtocol: tcp
        user: temporal
        password: "$TEMPORAL_PG_PASSWORD"
        maxConns: 20
        maxIdleConns: 20
        maxConnLifetime: 1h
YAML
}

# Our own minimal configuration rather than the module's development-postgres12.yaml patched with
# sed: that file also fixes pprof, metrics, archival and HTTP ports this one leaves out.
server_config() {
  local p=$TEMPORAL_PG_GRPC_PORT
  cat <<YAML
log: { stdout: true, level: warn } # info logs every poll of a worker
persistence:
  defaultStore: default
  visibilityStore: visibility
  numHistoryShards: 4 # fixed once the database has been used
  datastores:
$(datastore default temporal)
$(datastore visibility temporal_visibility)
global:
  membership: { maxJoinDuration: 30s, broadcastAddress: 127.0.0.1 }
services:
  frontend: { rpc: { grpcPort: $p, membershipPort: $((p + 4)), bindOnLocalHost: true } }
  history: { rpc: { grpcPort: $((p + 1)), membershipPort: $((p + 5)), bindOnLocalHost: true } }
  matching: { rpc: { grpcPort: $((p + 2)), membershipPort: $((p + 6)), bindOnLocalHost: true } }
  worker: { rpc: { grpcPort: $((p + 3)), membershipPort: $((p + 7)), bindOnLocalHost: true } }
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: active
  currentClusterName: active
  clusterInformation:
    active: { enabled: true, initialFailoverVersion: 1, rpcName: frontend, rpcAddress: "$address" }
YAML
}

# Starts a binary in its own session (so it outlives this script), waits until check succeeds.
launch() { # name check command...
  local name=$1 check=$2 started pidfile=$TEMPORAL_PG_DIR/$1.pid
  shift 2
  if alive "$pidfile"; then log "$name already running (pid $(cat "$pidfile"))"; return; fi
  started=$(millis)
  setsid "$@" >"$TEMPORAL_PG_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  until $check >/dev/null 2>&1; do
    if ! alive "$pidfile" || [ $(($(millis) - started)) -gt 120000 ]; then
      stop_process "$name"
      tail -20 "$TEMPORAL_PG_DIR/$name.log" >&2
      log "$name did not come up; log: $TEMPORAL_PG_DIR/$name.log"
      return 1
    fi
    sleep 0.2
  done
  log "$name up in $(($(millis) - started)) ms (pid $(cat "$pidfile"), log $TEMPORAL_PG_DIR/$name.log)"
}

frontend_answers() { cli operator namespace list; }
start() {
  mkdir -p "$TEMPORAL_PG_DIR"
  alive "$TEMPORAL_PG_DIR/temporal-server.pid" || server_config >"$TEMPORAL_PG_DIR/server.yaml"
  launch temporal-server frontend_answers \
    "$TEMPORAL_PG_BIN_DIR/temporal-server" --config-file "$TEMPORAL_PG_DIR/server.yaml" --allow-no-auth start
  # The dev server creates `default` itself; a real server starts with none.
  if ! cli operator namespace describe --namespace default >/dev/null 2>&1; then
    cli operator namespace create --namespace default >/dev/null
    log "namespace default created"
  fi
  log "Temporal on PostgreSQL: TEMPORAL_ADDRESS=localhost:$TEMPORAL_PG_GRPC_PORT"
}

ui_answers() { curl -fsS -o /dev/null "http://127.0.0.1:$TEMPORAL_PG_UI_PORT/"; }
ui() {
  if [ ! -x "$TEMPORAL_PG_BIN_DIR/temporal-ui-server" ]; then
    go_install "github.com/temporalio/ui-server/v2/cmd/server@$TEMPORAL_PG_UI_VERSION" temporal-ui-server
  fi
  mkdir -p "$TEMPORAL_PG_DIR/ui"
  alive "$TEMPORAL_PG_DIR/temporal-ui.pid" || cat >"$TEMPORAL_PG_DIR/ui/base.yaml" <<YAML
temporalGrpcAddress: $address
host: 127.0.0.1
port: $TEMPORAL_PG_UI_PORT
enableUi: true
defaultNamespace: default
cors: { cookieInsecure: true } # plain http on localhost
disableNewsFetch: true # offline
YAML
  launch temporal-ui ui_answers \
    "$TEMPORAL_PG_BIN_DIR/temporal-ui-server" --root "$TEMPORAL_PG_DIR" --config ui start
  log "Temporal Web: http://localhost:$TEMPORAL_PG_UI_PORT"
}

stop_process() { # name
  local pidfile=$TEMPORAL_PG_DIR/$1.pid
  if alive "$pidfile"; then
    kill "$(cat "$pidfile")"
    for _ in $(seq 150); do alive "$pidfile" || break; sleep 0.2; done
    if alive "$pidfile"; then kill -KILL "$(cat "$pidfile")"; fi
    log "$1 stopped"
  fi
  rm -f "$pidfile"
}

stop() {
  stop_process temporal-ui
  stop_process temporal-server
  if pg_running; then
    as_owner "$POSTGRES_BIN/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null
    log "PostgreSQL stopped"
  fi
}

status() {
  local pid
  for name in temporal-server temporal-ui; do
    if alive "$TEMPORAL_PG_DIR/$name.pid"; then
      pid=$(cat "$TEMPORAL_PG_DIR/$name.pid")
      echo "$name: running, pid $pid, RSS $(($(ps -o rss= -p "$pid") / 1024)) MiB"
    else echo "$name: stopped"; fi
  done
  if pg_running; then echo "postgres: running on 127.0.0.1:$TEMPORAL_PG_POSTGRES_PORT"; else echo "postgres: stopped"; fi
}

case "${1:-}" in
  build | postgres | schema | start | ui | status | stop) "$1" ;;
  up) build; postgres; schema; start ;;
  *) sed -n '2,10s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
esac
