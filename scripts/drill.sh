#!/usr/bin/env bash
# Fault drills: load runs, a fault is injected, then everything is counted from the outside —
# answers the clients saw, rows in the database, events on Kafka (de-duplicated by id).
#
#   scripts/drill.sh [all|kill9|kafka|registry|payout|hostile]      (default: all)
#   scripts/drill.sh scale    two instances of each service behind the gateway (not part of "all")
#
# Runs its own copy of the system (ports 38080-38082, *_drill databases recreated on each run)
# and its own Kafka broker on 127.0.0.1:39092, which the Kafka drill stops and starts; the shared
# PostgreSQL is used but never stopped unless this script started it. All traffic goes to
# 127.0.0.1, every load is bounded in count and time. Prints Markdown tables (docs/reliability.md).
#
# Knobs: REQUESTS (1500 per load), CONCURRENCY (8); for a run beside another copy DRILL_GATEWAY_PORT,
# DRILL_CERTIFICATE_PORT, DRILL_COMPENSATION_PORT (the second instances of "scale" listen on the
# gateway's port + 3 and + 4), DRILL_KAFKA_PORT, DRILL_DB_SUFFIX.
set -euo pipefail
cd "$(dirname "$0")/.."

export GATEWAY_PORT="${DRILL_GATEWAY_PORT:-38080}" CERTIFICATE_PORT="${DRILL_CERTIFICATE_PORT:-38081}"
export COMPENSATION_PORT="${DRILL_COMPENSATION_PORT:-38082}"
export DB_SUFFIX="${DRILL_DB_SUFFIX:-_drill}" KAFKA_PORT="${DRILL_KAFKA_PORT:-39092}"
export TEST_DB_SUFFIX="$DB_SUFFIX"
export REHAB_STATE_DIR="${REHAB_STATE_DIR:-$PWD/.local}" READY_TIMEOUT="${READY_TIMEOUT:-300}"
export INFRA_RECORD="$REHAB_STATE_DIR/infra.started-by-drill"
# One calling system sends all the load: its per-client rate limit (50 req/s by default) is lifted
# for the run, so what is measured is the system, not the limit (tested in the gateway's tests).
export GATEWAY_PROXY_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 GATEWAY_PROXY_RATE_LIMIT_BURST=1000000
source scripts/apps.sh
APPS_DIR="$STATE/drill-apps"
OUT="$STATE/drill"
REQUESTS="${REQUESTS:-1500}" CONCURRENCY="${CONCURRENCY:-8}"
TOPIC=rehab.certificate.status
SUBMIT_URL="http://127.0.0.1:$GATEWAY_PORT/api/v1/certificates/applications"
STATE_CORPORATION_KEY=dev-key-state-corporation
REGISTRY_ADMIN_KEY=dev-key-registry-admin

mkdir -p "$OUT"
log() { printf '[drill] %s\n' "$*" >&2; }
psql_as() { runuser -u postgres -- psql -tAq -d "$1" -c "$2"; }

stop_all() {
  apps_stop || true
  apps_stop_one certificate-service-2 || true
  apps_stop_one compensation-service-2 || true
  scripts/infra.sh down || true
}

# Empty *_drill databases, after PostgreSQL is up (it may be stopped, or not installed yet, on a fresh machine).
fresh_databases() {
  TEST_DB_SUFFIX="$DB_SUFFIX" FRESH_TEST_DATABASES=1 scripts/infra.sh up
}

# Applicants the registries know, and the body of a certificate application (shared with bench.sh).
people() {
  runuser -u postgres -- psql -tAq -d gateway$DB_SUFFIX -f "$PWD/scripts/bench/applicants.sql" > "$OUT/applicants.jsonl"
  head -n "$REQUESTS" "$OUT/applicants.jsonl" > "$OUT/people.jsonl"
  tail -n 40 "$OUT/applicants.jsonl" > "$OUT/warmup-people.jsonl"
  cp scripts/bench/submit.json "$OUT/submit.json"
}

load() { # name count seconds → $OUT/<name>.jsonl
  python3 scripts/drill/load.py --url "$SUBMIT_URL" --api-key "$STATE_CORPORATION_KEY" \
    --template "$OUT/submit.json" --people "$OUT/people.jsonl" \
    --count "$2" --seconds "$3" --concurrency "$CONCURRENCY" --out "$OUT/$1.jsonl"
}

wait_lines() { # file n seconds
  local deadline=$((SECONDS + $3))
  until [ -f "$1" ] && [ "$(wc -l < "$1")" -ge "$2" ]; do
    (( SECONDS < deadline )) || return 0
    sleep 0.2
  done
}

# Waits until the relay has published every event (or the deadline passes).
wait_outbox_empty() {
  local deadline=$((SECONDS + ${1:-120}))
  until [ "$(psql_as certificate$DB_SUFFIX "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")" = 0 ]; do
    (( SECONDS < deadline )) || { log "outbox not empty after the deadline"; return 0; }
    sleep 0.5
  done
}

read_events() { # → $OUT/events.jsonl (every event on the topic since the drill's databases were made)
  read_events_to "$OUT/events.jsonl"
}

read_events_to() { # file: every event on $TOPIC
  java -cp "$(cat "$STATE/kafka/classpath.txt")" -Dlog4j2.configurationFile="$PWD/scripts/kafka/log4j2.properties" \
    org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "127.0.0.1:$KAFKA_PORT" --topic "$TOPIC" \
    --from-beginning --timeout-ms 8000 > "$1" 2>/dev/null || true
}

count() { # name
  wait_outbox_empty
  psql_as certificate$DB_SUFFIX "SELECT number FROM certificate_application" > "$OUT/rows.txt"
  read_events
  python3 scripts/drill/count.py "$OUT/$1.jsonl" "$OUT/rows.txt" "$OUT/events.jsonl" "$DRILL_SINCE"
}

table_header() {
  echo "| drill | requests | 2xx | other | acknowledged, no row | events (distinct) | duplicate deliveries | acknowledged, no event | event, no row |"
  echo "|---|---|---|---|---|---|---|---|---|"
}

drill_kill9() {
  log "kill -9 of certificate-service mid-load ($REQUESTS submissions, $CONCURRENCY clients)"
  load kill9 "$REQUESTS" 120 &
  local loader=$!
  wait_lines "$OUT/kill9.jsonl" $((REQUESTS / 3)) 60
  kill -9 "$(cat "$APPS_DIR/certificate-service.pid")"
  log "killed; restarting"
  rm -f "$APPS_DIR/certificate-service.pid"
  app_start certificate-service
  app_wait_ready certificate-service
  wait "$loader"
  printf '| kill -9 certificate-service '; count kill9
}

drill_kafka() {
  log "Kafka stopped for 30 s mid-load"
  load kafka "$REQUESTS" 120 &
  local loader=$!
  wait_lines "$OUT/kafka.jsonl" $((REQUESTS / 4)) 60
  scripts/infra.sh kafka-down
  local stopped=$SECONDS
  while (( SECONDS - stopped < 30 )); do sleep 1; done
  scripts/infra.sh kafka-up
  wait "$loader"
  printf '| Kafka down 30 s '; count kafka
}

# Registry outage and 2 s latency: answers within ~2 s, 503 problem+json, nothing written; recovery without restart.
drill_registry() {
  local admin=(-H "X-Api-Key: $REGISTRY_ADMIN_KEY" -H 'Content-Type: application/json')
  local faults="http://127.0.0.1:$GATEWAY_PORT/egov/v1/admin/faults"
  echo
  echo "| registry fault (persons) | requests | answers | slowest answer (ms) | rows written | 503 with Retry-After |"
  echo "|---|---|---|---|---|---|"
  for fault in '{"latencyMillis":0,"errorRate":0.0,"outage":true}' '{"latencyMillis":2000,"errorRate":0.0,"outage":false}'; do
    curl -fsS -X PUT "$faults/persons" "${admin[@]}" -d "$fault" >/dev/null
    local before after
    before=$(psql_as certificate$DB_SUFFIX "SELECT count(*) FROM certificate_application")
    python3 scripts/drill/load.py --url "$SUBMIT_URL" --api-key "$STATE_CORPORATION_KEY" --template "$OUT/submit.json" \
      --people "$OUT/people.jsonl" --count 40 --seconds 120 --concurrency 4 --out "$OUT/registry.jsonl"
    after=$(psql_as certificate$DB_SUFFIX "SELECT count(*) FROM certificate_application")
    python3 - "$OUT/registry.jsonl" "$fault" "$((after - before))" <<'PY'
import collections, json, sys
answers = [json.loads(line) for line in open(sys.argv[1])]
statuses = collections.Counter(a["status"] for a in answers)
with_retry = sum(1 for a in answers if a["status"] == 503 and a["retryAfter"] and "problem+json" in (a["contentType"] or ""))
print(f"| `{sys.argv[2]}` | {len(answers)} | {', '.join(f'{k} × {v}' for k, v in sorted(statuses.items()))} "
      f"| {max(a['ms'] for a in answers)} | {sys.argv[3]} | {with_retry} of {statuses.get(503, 0)} |")
PY
    recover
  done
}

# Clears the faults and waits until a submission succeeds again (the circuit closes by itself).
recover() {
  curl -fsS -X DELETE "http://127.0.0.1:$GATEWAY_PORT/egov/v1/admin/faults" -H "X-Api-Key: $REGISTRY_ADMIN_KEY" >/dev/null
  local cleared=$SECONDS recovered=""
  while (( SECONDS - cleared < 60 )); do
    python3 scripts/drill/load.py --url "$SUBMIT_URL" --api-key "$STATE_CORPORATION_KEY" --template "$OUT/submit.json" \
      --people "$OUT/warmup-people.jsonl" --count 1 --seconds 10 --concurrency 1 --out "$OUT/recovery.jsonl"
    if grep -q '"status": 201' "$OUT/recovery.jsonl"; then recovered=$((SECONDS - cleared)); break; fi
    sleep 1
  done
  echo "| faults cleared | | a submission succeeded again after ${recovered:-more than 60} s, no restart | | | |"
}

# 100 simultaneous attempts at each step of paying one person: exactly one payment (P3).
drill_payout() {
  log "100 concurrent payouts of one compensation"
  runuser -u postgres -- psql -tAq -d gateway$DB_SUFFIX -f "$PWD/scripts/bench/compensation-applicants.sql" \
    > "$OUT/compensation-applicants.jsonl"
  echo
  python3 scripts/drill/payout.py --url "http://127.0.0.1:$GATEWAY_PORT" --applicants "$OUT/compensation-applicants.jsonl" \
    --database compensation$DB_SUFFIX --parallel 100
}

# Two instances of each service against one database and one broker, balanced by the gateway; one of
# each killed with -9 under load. Then: the same counts as kill9 for both services, unique numbers,
# one deadline-watch event per overdue application, one payment per person.
COMPENSATION_TOPIC=rehab.compensation.status
scale_setup() {
  # the drill's broker keeps the topics of earlier runs (whose application numbers start again at 1
  # in fresh databases): only events from this run on are counted
  SCALE_SINCE="$(date -u +%Y-%m-%dT%H:%M:%S)"
  export CERTIFICATE_2_PORT=$((GATEWAY_PORT + 3)) COMPENSATION_2_PORT=$((GATEWAY_PORT + 4))
  export CERTIFICATE_SERVICE_URLS="http://127.0.0.1:$CERTIFICATE_PORT,http://127.0.0.1:$CERTIFICATE_2_PORT"
  export COMPENSATION_SERVICE_URLS="http://127.0.0.1:$COMPENSATION_PORT,http://127.0.0.1:$COMPENSATION_2_PORT"
  # every instance runs the deadline watch every second, so that two of them compete for each due row
  export REHAB_EVENTS_DEADLINE_WATCH_EVERY=1s
  # five applications share PostgreSQL's connections (max_connections 100 by default, and other
  # programs use some): 10 each instead of the pool's default of 20 (docs/deployment.md)
  export QUARKUS_DATASOURCE_JDBC_MAX_SIZE="${QUARKUS_DATASOURCE_JDBC_MAX_SIZE:-10}"
}

scale_second_instances() {
  app_start certificate-service-2
  app_start compensation-service-2
  app_wait_ready certificate-service-2
  app_wait_ready compensation-service-2
}

drill_scale() {
  # compensation applications of the applicants the registries know: load.py sends each line's body
  runuser -u postgres -- psql -tAq -d gateway$DB_SUFFIX -f "$PWD/scripts/bench/compensation-applicants.sql" \
    | head -n "$REQUESTS" | python3 -c '
import datetime, json, sys
sys.path.insert(0, "scripts/bench")
from payout import form
today = datetime.date.today().isoformat()
for line in sys.stdin:
    print(json.dumps({"body": json.dumps(form(json.loads(line), today), ensure_ascii=False)}, ensure_ascii=False))
' > "$OUT/compensation-people.jsonl"
  printf '${body}' > "$OUT/compensation.json"
  log "two instances of each service; kill -9 of one of each mid-load ($REQUESTS + $REQUESTS submissions)"
  load scale-certificate "$REQUESTS" 180 &
  local certificates=$!
  python3 scripts/drill/load.py --url "http://127.0.0.1:$GATEWAY_PORT/api/v1/compensations/applications" \
    --api-key dev-key-compensation-officer --template "$OUT/compensation.json" --people "$OUT/compensation-people.jsonl" \
    --count "$REQUESTS" --seconds 180 --concurrency "$CONCURRENCY" --out "$OUT/scale-compensation.jsonl" &
  local compensations=$!
  wait_lines "$OUT/scale-certificate.jsonl" $((REQUESTS / 3)) 90
  kill -9 "$(cat "$APPS_DIR/certificate-service.pid")" "$(cat "$APPS_DIR/compensation-service.pid")"
  rm -f "$APPS_DIR/certificate-service.pid" "$APPS_DIR/compensation-service.pid"
  log "killed one instance of each service; the other instances carry the rest of the load"
  wait "$certificates" "$compensations"
  app_start certificate-service
  app_start compensation-service
  app_wait_ready certificate-service
  app_wait_ready compensation-service

  # Every watched application overdue at once: both instances of each service run the watch.
  local overdue_certificates overdue_compensations
  overdue_certificates=$(psql_as certificate$DB_SUFFIX "WITH overdue AS (UPDATE deadline_watch
    SET approaching_at = now() - interval '1 hour', deadline_at = now() - interval '1 minute'
    WHERE breached_fired_at IS NULL RETURNING 1) SELECT count(*) FROM overdue")
  overdue_compensations=$(psql_as compensation$DB_SUFFIX "WITH overdue AS (UPDATE deadline_watch
    SET approaching_at = now() - interval '1 hour', deadline_at = now() - interval '1 minute'
    WHERE breached_fired_at IS NULL RETURNING 1) SELECT count(*) FROM overdue")
  local deadline=$((SECONDS + 120)) db
  for db in certificate$DB_SUFFIX compensation$DB_SUFFIX; do
    until [ "$(psql_as "$db" "SELECT count(*) FROM deadline_watch WHERE breached_fired_at IS NULL")" = 0 ]; do
      (( SECONDS < deadline )) || { log "$db: deadline watch not done after 120 s"; break; }
      sleep 1
    done
  done

  # 100 simultaneous payouts of one person through both compensation instances (as drill payout)
  runuser -u postgres -- psql -tAq -d gateway$DB_SUFFIX -f "$PWD/scripts/bench/compensation-applicants.sql" \
    | tail -n 1 > "$OUT/payout-person.jsonl"
  python3 scripts/drill/payout.py --url "http://127.0.0.1:$GATEWAY_PORT" --applicants "$OUT/payout-person.jsonl" \
    --database compensation$DB_SUFFIX --parallel 100 > "$OUT/scale-payout.md"

  wait_outbox_empty
  local db_wait=$((SECONDS + 120))
  until [ "$(psql_as compensation$DB_SUFFIX "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")" = 0 ]; do
    (( SECONDS < db_wait )) || { log "compensation outbox not empty after 120 s"; break; }
    sleep 0.5
  done
  psql_as certificate$DB_SUFFIX "SELECT number FROM certificate_application" > "$OUT/rows.txt"
  psql_as compensation$DB_SUFFIX "SELECT number FROM compensation_application" > "$OUT/compensation-rows.txt"
  read_events
  TOPIC=$COMPENSATION_TOPIC read_events_to "$OUT/compensation-events.jsonl"
  local file
  for file in "$OUT/events.jsonl" "$OUT/compensation-events.jsonl"; do
    python3 - "$file" "$SCALE_SINCE" <<'PY'
import json, sys
path, since = sys.argv[1], sys.argv[2]
lines = [l for l in open(path, encoding="utf-8") if l.startswith("{") and json.loads(l)["time"] >= since]
open(path, "w", encoding="utf-8").writelines(lines)
PY
  done

  echo
  table_header
  printf '| two instances, kill -9 of one: certificate '; python3 scripts/drill/count.py "$OUT/scale-certificate.jsonl" "$OUT/rows.txt" "$OUT/events.jsonl"
  printf '| two instances, kill -9 of one: compensation '; python3 scripts/drill/count.py "$OUT/scale-compensation.jsonl" "$OUT/compensation-rows.txt" "$OUT/compensation-events.jsonl"
  echo
  echo "| unique numbers | rows | distinct numbers |"
  echo "|---|---|---|"
  echo "| certificate applications | $(psql_as certificate$DB_SUFFIX "SELECT count(*) || ' | ' || count(DISTINCT number) FROM certificate_application") |"
  echo "| certificates (incl. the register of earlier ones, seeded by both instances) | $(psql_as certificate$DB_SUFFIX "SELECT count(*) || ' | ' || count(DISTINCT number) FROM certificate") |"
  echo "| compensation applications | $(psql_as compensation$DB_SUFFIX "SELECT count(*) || ' | ' || count(DISTINCT number) FROM compensation_application") |"
  echo "| payout batches | $(psql_as compensation$DB_SUFFIX "SELECT count(*) || ' | ' || count(DISTINCT number) FROM payout_batch") |"
  echo
  python3 scripts/drill/deadlines.py "$OUT/events.jsonl" "$overdue_certificates" certificate
  python3 scripts/drill/deadlines.py "$OUT/compensation-events.jsonl" "$overdue_compensations" compensation --no-header
  echo
  cat "$OUT/scale-payout.md"
  echo "| persons paid more than once (whole database) | | | $(psql_as compensation$DB_SUFFIX "SELECT count(*) FROM (SELECT iin FROM payout_item WHERE status = 'PAID' GROUP BY iin HAVING count(*) > 1) twice") |"
}

drill_hostile() {
  log "10,000 malformed or hostile requests"
  local before; before=$(psql_as certificate$DB_SUFFIX "SELECT count(*) FROM certificate_application")
  python3 scripts/drill/hostile.py --gateway "http://127.0.0.1:$GATEWAY_PORT" --api-key "$STATE_CORPORATION_KEY" \
    --people "$OUT/people.jsonl" --count 10000 --seconds 300 --out "$OUT/hostile.txt"
  local after; after=$(psql_as certificate$DB_SUFFIX "SELECT count(*) FROM certificate_application")
  echo
  cat "$OUT/hostile.txt"
  echo "| rows written | $((after - before)) |"
}

main() {
  local what="${1:-all}"
  trap stop_all EXIT
  # the broker keeps the topic of earlier runs: only this run's events count
  DRILL_SINCE="$(date -u +%Y-%m-%dT%H:%M:%S)"
  [ "$what" = scale ] && scale_setup
  fresh_databases
  scripts/infra.sh kafka-up
  apps_start
  [ "$what" = scale ] && scale_second_instances
  people
  # Warm-up (connection pools, JIT): its applications are in the database but not in the counts.
  python3 scripts/drill/load.py --url "$SUBMIT_URL" --api-key "$STATE_CORPORATION_KEY" --template "$OUT/submit.json" \
    --people "$OUT/warmup-people.jsonl" --count 40 --seconds 60 --concurrency 4 --out "$OUT/warmup.jsonl"
  echo "## Drill run of $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores"
  echo
  case "$what" in
    kill9) table_header; drill_kill9 ;;
    kafka) table_header; drill_kafka ;;
    registry) drill_registry ;;
    payout) drill_payout ;;
    hostile) drill_hostile ;;
    scale) drill_scale ;;
    all) table_header; drill_kill9; drill_kafka; drill_registry; drill_payout; drill_hostile ;;
    *) echo "usage: $0 [all|kill9|kafka|registry|payout|hostile|scale]" >&2; exit 2 ;;
  esac
}

main "$@"
