#!/usr/bin/env bash
# Local infrastructure without Docker: PostgreSQL (Debian cluster) and a single-node Apache Kafka
# broker in KRaft mode started from Maven Central jars.
#
#   scripts/infra.sh up      start what is not already answering, record what was started
#   scripts/infra.sh down    stop only what was recorded as started (by PID / by the cluster)
#
# The record is $INFRA_RECORD (default .local/infra.started): run-local.sh and test.sh keep
# their own records, so one never stops what the other started.
#   scripts/infra.sh status
#
# Addresses: PostgreSQL 127.0.0.1:5432, Kafka 127.0.0.1:$KAFKA_PORT (default 9092; controller on
# the next port).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${REHAB_STATE_DIR:-$ROOT/.local}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
# A broker on another port (e.g. a fault drill's own) keeps its own storage.
KAFKA_DIR="$STATE/kafka"
[ "$KAFKA_PORT" = 9092 ] || KAFKA_DIR="$STATE/kafka-$KAFKA_PORT"
PG_HOST=127.0.0.1
PG_PORT=5432
RECORD="${INFRA_RECORD:-$STATE/infra.started}"
# Fixed cluster id: the local broker is throw-away, its storage is formatted once.
KAFKA_CLUSTER_ID="cmVoYWItbG9jYWwtMDAwMQ"

log() { printf '[infra] %s\n' "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_port() { # host port seconds what
  local deadline=$((SECONDS + $3))
  until port_open "$1" "$2"; do
    if (( SECONDS >= deadline )); then log "$4 did not open $1:$2 within $3 s"; return 1; fi
    sleep 0.5
  done
}

as_postgres() { runuser -u postgres -- "$@"; }

# ---------------------------------------------------------------- PostgreSQL
pg_version() { pg_lsclusters -h 2>/dev/null | awk '$2=="main"{print $1}' | sort -n | tail -1; }

pg_up() {
  mkdir -p "$STATE"
  if port_open "$PG_HOST" "$PG_PORT"; then
    log "PostgreSQL answers on $PG_HOST:$PG_PORT"
  else
    if ! command -v pg_lsclusters >/dev/null || [ -z "$(pg_version)" ]; then
      log "PostgreSQL is not installed: apt-get install -y postgresql"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      apt-get install -y -qq postgresql >/dev/null
    fi
    local ver; ver="$(pg_version)"
    log "starting PostgreSQL $ver cluster 'main'"
    pg_ctlcluster "$ver" main start
    echo "postgres $ver" >> "$RECORD"
    wait_port "$PG_HOST" "$PG_PORT" 30 PostgreSQL
  fi
  pg_bootstrap
}

# Roles and databases, idempotently: one database per application, no table shared between them.
pg_bootstrap() {
  local app
  # "commons" is only the test database of the shared libraries' own tests (service-kit).
  for app in certificate compensation gateway commons; do
    as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$app') THEN
    CREATE ROLE $app LOGIN PASSWORD '$app';
  END IF;
END \$\$;
SQL
    local db dbs=("$app" "${app}${TEST_DB_SUFFIX:-_test}")
    [ "$app" = commons ] && dbs=("${app}${TEST_DB_SUFFIX:-_test}")
    if [ "${FRESH_TEST_DATABASES:-}" = 1 ]; then
      # Tests start from empty databases, whatever an earlier run left behind.
      as_postgres psql -q -d postgres -c "DROP DATABASE IF EXISTS ${app}${TEST_DB_SUFFIX:-_test} WITH (FORCE)" >/dev/null
    fi
    for db in "${dbs[@]}"; do
      if [ -z "$(as_postgres psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
        as_postgres psql -q -d postgres -c "CREATE DATABASE $db OWNER $app" >/dev/null
      fi
    done
  done
  log "databases certificate, compensation, gateway (and *${TEST_DB_SUFFIX:-_test}) ready"
}

pg_down() {
  local ver; ver="$(awk '$1=="postgres"{print $2}' "$RECORD" 2>/dev/null | tail -1)"
  if [ -n "$ver" ]; then
    log "stopping PostgreSQL $ver cluster 'main'"
    pg_ctlcluster "$ver" main stop || true
  fi
}

# ---------------------------------------------------------------- Kafka
kafka_classpath() {
  local cp="$STATE/kafka/classpath.txt"
  if [ ! -s "$cp" ] || [ "$ROOT/scripts/kafka/pom.xml" -nt "$cp" ]; then
    log "resolving Kafka broker jars from Maven Central"
    mkdir -p "$STATE/kafka"
    "$ROOT/mvnw" -B -q -f "$ROOT/scripts/kafka/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$cp" >&2
  fi
  cat "$cp"
}

kafka_up() {
  mkdir -p "$KAFKA_DIR"
  if port_open 127.0.0.1 "$KAFKA_PORT"; then
    log "Kafka answers on 127.0.0.1:$KAFKA_PORT"
    return
  fi
  local cp; cp="$(kafka_classpath)"
  sed -e "s#@LOG_DIRS@#$KAFKA_DIR/data#" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    "$ROOT/scripts/kafka/server.properties" > "$KAFKA_DIR/server.properties"
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    log "formatting Kafka storage"
    java -cp "$cp" -Dlog4j2.configurationFile="$ROOT/scripts/kafka/log4j2.properties" \
      kafka.tools.StorageTool format -t "$KAFKA_CLUSTER_ID" -c "$KAFKA_DIR/server.properties" >/dev/null
  fi
  log "starting Kafka broker (KRaft, 127.0.0.1:$KAFKA_PORT)"
  nohup java -Xms256m -Xmx512m -cp "$cp" \
    -Dlog4j2.configurationFile="$ROOT/scripts/kafka/log4j2.properties" \
    -Dkafka.logs.dir="$KAFKA_DIR" \
    kafka.Kafka "$KAFKA_DIR/server.properties" > "$KAFKA_DIR/broker.out" 2>&1 &
  echo $! > "$KAFKA_DIR/broker.pid"
  echo "kafka $!" >> "$RECORD"
  wait_port 127.0.0.1 "$KAFKA_PORT" 60 Kafka || { tail -20 "$KAFKA_DIR/broker.out" >&2; return 1; }
}

kafka_down() {
  local pid; pid="$(awk '$1=="kafka"{print $2}' "$RECORD" 2>/dev/null | tail -1)"
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping Kafka broker (pid $pid)"
    kill "$pid"
    local deadline=$((SECONDS + 30))
    while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
  fi
  rm -f "$KAFKA_DIR/broker.pid"
}

status() {
  port_open "$PG_HOST" "$PG_PORT" && echo "PostgreSQL  UP    $PG_HOST:$PG_PORT" || echo "PostgreSQL  DOWN"
  port_open 127.0.0.1 "$KAFKA_PORT" && echo "Kafka       UP    127.0.0.1:$KAFKA_PORT" || echo "Kafka       DOWN"
}

case "${1:-up}" in
  up) pg_up; kafka_up ;;
  down) kafka_down; pg_down; rm -f "$RECORD" ;;
  kafka-up) kafka_up ;;
  kafka-down) kafka_down; sed -i '/^kafka /d' "$RECORD" 2>/dev/null || true ;;
  status) status ;;
  kafka-classpath) kafka_classpath ;;
  *) echo "usage: $0 up|down|status|kafka-up|kafka-down|kafka-classpath" >&2; exit 2 ;;
esac
