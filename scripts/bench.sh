#!/usr/bin/env bash
# Reproducible figures for speed and memory, measured side by side in one run on this machine.
#
#   scripts/bench.sh [all|gateway|submit|payout|footprint]      (default: all)
#
# Starts its own copy of the system on ports 28080-28082 with the *_bench databases and its own
# Kafka broker on 127.0.0.1:29092, so it does not disturb a local run or the tests, and stops what
# it started. Load generators come from
# Debian's packages (wrk, hey, nginx; installed when missing); all traffic goes to 127.0.0.1 and
# every run is bounded in time. Results are printed as Markdown tables (copy into
# docs/benchmarks.md together with the command line).
#
# Knobs: ROUNDS (3), DURATION (15s), CONNECTIONS (50), THREADS (2), PAYOUT_COUNT (10000), WARMUP
# (300s of submissions before the submit path is measured: the steady state of a server, once the
# optimising compiler has done its work; in the first minute or two it is still compiling), GET_WARMUP
# (30s of GETs on each target before the gateway's rounds).
# Each application's log of the run under load is kept as .local/bench/<application>.under-load.log.
# PROFILE=1 records a Java Flight Recording of each application during the run (files
# .local/bench/jfr/hotspot-pid-<pid>-*.jfr, open them with JDK Mission Control, `jfr print` or
# scripts/bench/profile-owners.py).
# MEMORY_DETAIL=1 runs the applications with native memory tracking and prints, after the load,
# what each one's memory is committed to (the JVM's own report: .local/bench/<application>.native-memory.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

export GATEWAY_PORT=28080 CERTIFICATE_PORT=28081 COMPENSATION_PORT=28082
export DB_SUFFIX=_bench TEST_DB_SUFFIX=_bench KAFKA_PORT=29092
export REHAB_STATE_DIR="${REHAB_STATE_DIR:-$PWD/.local}" READY_TIMEOUT="${READY_TIMEOUT:-300}"
export INFRA_RECORD="$REHAB_STATE_DIR/infra.started-by-bench"
# One calling system sends all the load: its per-client rate limit (50 req/s by default) is lifted
# for the run, so what is measured is the system, not the limit (tested in the gateway's tests).
export GATEWAY_PROXY_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 GATEWAY_PROXY_RATE_LIMIT_BURST=1000000
# About 5 % of the synthetic population are living victims with a reference of the category that
# has a rate; 200,000 persons give the payout benchmark its 10,000 distinct applicants (P3).
export GATEWAY_REGISTRY_POPULATION_SIZE="${POPULATION:-200000}"
source scripts/apps.sh
APPS_DIR="$STATE/bench-apps"
BENCH_DIR="$STATE/bench"
if [ "${PROFILE:-0}" = 1 ]; then
  mkdir -p "$BENCH_DIR/jfr"
  export APP_JAVA_OPTS="${APP_JAVA_OPTS:-} -XX:StartFlightRecording=settings=profile,filename=$BENCH_DIR/jfr/,dumponexit=true"
fi
if [ "${MEMORY_DETAIL:-0}" = 1 ]; then
  export APP_JAVA_OPTS="${APP_JAVA_OPTS:-} -XX:NativeMemoryTracking=summary"
fi
NGINX_PORT=28090
ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-15s}" CONNECTIONS="${CONNECTIONS:-50}" THREADS="${THREADS:-2}"
PAYOUT_COUNT="${PAYOUT_COUNT:-10000}" WARMUP="${WARMUP:-300s}" GET_WARMUP="${GET_WARMUP:-30s}"
# A cheap authenticated GET that every layer serves the same way.
CHEAP_PATH="${CHEAP_PATH:-/api/v1/certificates/calendar/2026}"
# Development key of the State Corporation system (docs/gateway.md).
API_KEY="${API_KEY:-dev-key-state-corporation}"
SUBMIT_PATH=/api/v1/certificates/applications

mkdir -p "$BENCH_DIR"
log() { printf '[bench] %s\n' "$*" >&2; }

ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v hey >/dev/null || missing+=(hey)
  command -v nginx >/dev/null || missing+=(nginx-light)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

stop_all() {
  [ -f "$BENCH_DIR/nginx.pid" ] && kill "$(cat "$BENCH_DIR/nginx.pid")" 2>/dev/null || true
  apps_stop || true
  scripts/infra.sh down || true
}

# A gateway-style identity token (RS256, the gateway's local key) for calling a service directly.
mint_token() {
  local b64url='base64 -w0 | tr "+/" "-_" | tr -d "="'
  local now; now=$(date +%s)
  local header payload signature
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | eval "$b64url")
  payload=$(printf '{"iss":"https://gateway.rehab.gov.kz","sub":"bench","upn":"bench","groups":["state-corporation","akimat","monitoring","calendar-operator"],"org":"BENCH","iat":%d,"exp":%d}' \
    "$now" "$((now + 3600))" | eval "$b64url")
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$STATE/keys/gateway-jwt-private.pem" | eval "$b64url")
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}

# wrk with latency percentiles → "req_per_s p50_ms p99_ms non2xx"
run_wrk() { # url header...
  local url="$1"; shift
  local args=()
  for h in "$@"; do args+=(-H "$h"); done
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${args[@]}" "$url")
  echo "$out" > "$BENCH_DIR/last-wrk.txt"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/{print $5}' <<<"$out")
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") ${errors:-0}"
}

to_ms() {
  awk -v v="$1" 'BEGIN{ if (v ~ /us$/) {sub(/us$/,"",v); printf "%.2f", v/1000}
    else if (v ~ /ms$/) {sub(/ms$/,"",v); printf "%.2f", v}
    else if (v ~ /s$/) {sub(/s$/,"",v); printf "%.2f", v*1000} else print "?" }'
}

start_nginx() {
  cat > "$BENCH_DIR/nginx.conf" <<NGINX
worker_processes 2;
pid $BENCH_DIR/nginx.pid;
error_log $BENCH_DIR/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream certificate { server 127.0.0.1:$CERTIFICATE_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://certificate;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
NGINX
  nginx -c "$BENCH_DIR/nginx.conf"
}

bench_gateway() {
  log "gateway overhead: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS alternating rounds, GET $CHEAP_PATH"
  local token; token=$(mint_token)
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$CERTIFICATE_PORT$CHEAP_PATH" \
    || { log "direct GET $CHEAP_PATH failed"; return 1; }
  curl -fsS -o /dev/null -H "X-Api-Key: $API_KEY" "http://127.0.0.1:$GATEWAY_PORT$CHEAP_PATH" \
    || { log "gateway GET $CHEAP_PATH failed"; return 1; }
  start_nginx
  local results="$BENCH_DIR/gateway.txt"; : > "$results"
  log "warm-up: $GET_WARMUP on each target, not counted"
  DURATION=$GET_WARMUP run_wrk "http://127.0.0.1:$CERTIFICATE_PORT$CHEAP_PATH" "Authorization: Bearer $token" >/dev/null
  DURATION=$GET_WARMUP run_wrk "http://127.0.0.1:$GATEWAY_PORT$CHEAP_PATH" "X-Api-Key: $API_KEY" >/dev/null
  DURATION=$GET_WARMUP run_wrk "http://127.0.0.1:$NGINX_PORT$CHEAP_PATH" "Authorization: Bearer $token" >/dev/null
  # CPU time of the proxy (the gateway's process, nginx's master and workers) and of the service
  # during each round: the proxy's own cost per request, which the shared cores do not blur.
  local service_pid gateway_pid nginx_pids
  service_pid=$(cat "$APPS_DIR/certificate-service.pid"); gateway_pid=$(cat "$APPS_DIR/gateway.pid")
  nginx_pids="$(cat "$BENCH_DIR/nginx.pid") $(pgrep -P "$(cat "$BENCH_DIR/nginx.pid")" | tr '\n' ' ')"
  measured() { # target url header → "target round req/s p50 p99 non-2xx proxy_ticks service_ticks requests"
    local target="$1" proxy_pids="$2" url="$3" header="$4" p0 s0 line
    p0=$(proc_ticks $proxy_pids); s0=$(proc_ticks "$service_pid")
    line=$(run_wrk "$url" "$header")
    echo "$target $round $line $(( $(proc_ticks $proxy_pids) - p0 )) $(( $(proc_ticks "$service_pid") - s0 ))" \
      "$(awk '/requests in/{print $1}' "$BENCH_DIR/last-wrk.txt")"
  }
  for round in $(seq 1 "$ROUNDS"); do
    measured direct "" "http://127.0.0.1:$CERTIFICATE_PORT$CHEAP_PATH" "Authorization: Bearer $token" >> "$results"
    measured gateway "$gateway_pid" "http://127.0.0.1:$GATEWAY_PORT$CHEAP_PATH" "X-Api-Key: $API_KEY" >> "$results"
    measured nginx "$nginx_pids" "http://127.0.0.1:$NGINX_PORT$CHEAP_PATH" "Authorization: Bearer $token" >> "$results"
  done
  kill "$(cat "$BENCH_DIR/nginx.pid")" 2>/dev/null || true
  echo
  echo "### Gateway overhead (GET $CHEAP_PATH, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds)"
  echo
  echo "CPU µs per request: the proxy's own process(es) and the service's, over the round's requests."
  echo
  echo "| target | round | req/s | p50 ms | p99 ms | non-2xx | proxy CPU µs/req | service CPU µs/req |"
  echo "|---|---|---|---|---|---|---|---|"
  awk -v hz="$(getconf CLK_TCK)" '{r = $9 > 0 ? $9 : 1; proxy = $1 == "direct" ? "–" : sprintf("%.0f", $7 * 1e6 / hz / r);
      printf "| %s | %s | %.0f | %s | %s | %s | %s | %.0f |\n", $1, $2, $3, $4, $5, $6, proxy, $8 * 1e6 / hz / r}' "$results"
  echo
  awk -v hz="$(getconf CLK_TCK)" '{rps[$1]+=$3; p99[$1]+=$5; n[$1]++; ticks[$1]+=$7; reqs[$1]+=$9}
    END {
      d=rps["direct"]/n["direct"]; g=rps["gateway"]/n["gateway"]; x=rps["nginx"]/n["nginx"];
      printf "| mean | direct | gateway | nginx | gateway/direct | nginx/direct | gateway/nginx |\n|---|---|---|---|---|---|---|\n";
      printf "| req/s | %.0f | %.0f | %.0f | %.2f | %.2f | %.2f |\n", d, g, x, g/d, x/d, g/x;
      printf "| p99 ms | %.2f | %.2f | %.2f | | | |\n", p99["direct"]/n["direct"], p99["gateway"]/n["gateway"], p99["nginx"]/n["nginx"];
      cg=ticks["gateway"]*1e6/hz/(reqs["gateway"]+1e-9); cx=ticks["nginx"]*1e6/hz/(reqs["nginx"]+1e-9);
      printf "| proxy CPU µs/req | | %.0f | %.0f | | | %.2f |\n", cg, cx, cg/(cx+1e-9);
    }' "$results"
}

# CPU clock ticks (user + system) used so far by the processes given.
proc_ticks() {
  local total=0 pid
  for pid in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}

psql_as() { runuser -u postgres -- psql -tAq -d "$1" -c "$2"; }

# CPU time (clock ticks, user + system) of each part of the system: "name ticks" lines. PostgreSQL
# is the sum of its processes (the pools keep their connections, so the backends live through a run).
cpu_ticks() {
  ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
  for app in "${APPS[@]}"; do echo "$app $(ticks "$(cat "$APPS_DIR/$app.pid")")"; done
  local pg=0 p
  for p in $(pgrep -x postgres); do pg=$((pg + $(ticks "$p"))); done
  echo "postgresql $pg"
  echo "kafka $(ticks "$(pgrep -f 'kafka\.Kafka' | head -1)")"
}

# CPU milliseconds per request of each part, between two cpu_ticks snapshots.
cpu_table() { # before after requests
  local hz; hz=$(getconf CLK_TCK)
  echo "| part | CPU ms per request |"
  echo "|---|---|"
  paste "$1" "$2" | awk -v n="$3" -v hz="$hz" '{printf "| %s | %.1f |\n", $1, ($4 - $2) * 1000 / hz / n}'
}

people() {
  runuser -u postgres -- psql -tAq -d gateway_bench -f "$PWD/scripts/bench/applicants.sql" > "$BENCH_DIR/people.jsonl"
  cp scripts/bench/submit.json "$BENCH_DIR/submit.json"
}

run_submit() { # connections duration rate → "req/s p50 p95 p99 non2xx socket_errors"
  PEOPLE="$BENCH_DIR/people.jsonl" TEMPLATE="$BENCH_DIR/submit.json" API_KEY="$API_KEY" CONNECTIONS="$1" RATE="$3" \
    wrk -t"$THREADS" -c"$1" -d"$2" -s scripts/bench/submit.lua "http://127.0.0.1:$GATEWAY_PORT$SUBMIT_PATH" \
    | awk '/^RESULT/{print $2, $3, $4, $5, $6, $7}'
}

# Submitting through the gateway (registry lookups, inserts, outbox row, answer) against pgbench
# running the same SQL statements in one transaction.
bench_submit() {
  people
  log "submit path: warm-up ($WARMUP, not counted), max rate (wrk -c32 -d20s), a fixed 300 req/s for 60 s, pgbench"
  run_submit 32 "$WARMUP" 0 >/dev/null
  # the event latency counts the events of the measured runs, not those of the warm-up
  EVENTS_FROM=$(date +%s)
  local max fixed before_max
  before_max=$(psql_as certificate_bench "SELECT count(*) FROM certificate_application")
  cpu_ticks > "$BENCH_DIR/cpu-before.txt"
  max=$(run_submit 32 20s 0)
  cpu_ticks > "$BENCH_DIR/cpu-after.txt"
  local accepted_max=$(( $(psql_as certificate_bench "SELECT count(*) FROM certificate_application") - before_max ))
  fixed=$(run_submit 30 60s 300)
  local applications; applications=$(psql_as certificate_bench "SELECT count(*) FROM certificate_application")
  local pg
  pg=$(runuser -u postgres -- pgbench -n -M prepared -c 8 -j 2 -T 20 -f "$PWD/scripts/bench/submit-path.sql" certificate_bench 2>/dev/null \
        | awk '/^tps/{print $3}')
  echo
  echo "### Submitting a certificate application through the gateway"
  echo
  echo "| run | req/s | p50 ms | p95 ms | p99 ms | non-2xx | socket errors |"
  echo "|---|---|---|---|---|---|---|"
  printf '| max rate (wrk -t%s -c32, 20 s) | %s | %s | %s | %s | %s | %s |\n' "$THREADS" $max
  printf '| fixed 300 req/s (wrk -t%s -c30, 60 s) | %s | %s | %s | %s | %s | %s |\n' "$THREADS" $fixed
  echo
  echo "| baseline | transactions/s | app max req/s | app / pgbench |"
  echo "|---|---|---|---|"
  awk -v pg="$pg" -v app="$(echo "$max" | cut -d' ' -f1)" \
    'BEGIN{printf "| pgbench -M prepared -c8 -j2, same statements (scripts/bench/submit-path.sql) | %.0f | %.0f | %.2f |\n", pg, app, app/pg}'
  echo
  echo "Applications in the database after the runs: $applications."
  echo
  echo "CPU time per accepted application during the max-rate run ($accepted_max applications; wrk and the"
  echo "load generator's Lua not counted):"
  echo
  cpu_table "$BENCH_DIR/cpu-before.txt" "$BENCH_DIR/cpu-after.txt" "$accepted_max"
}

# Compensation at volume: PAYOUT_COUNT distinct applicants accepted, assigned, paid in batches.
bench_payout() {
  log "compensation: $PAYOUT_COUNT applications accepted, assigned and paid in batches"
  runuser -u postgres -- psql -tAq -d gateway_bench -f "$PWD/scripts/bench/compensation-applicants.sql" \
    > "$BENCH_DIR/compensation-applicants.jsonl"
  echo
  echo "### Compensation: $PAYOUT_COUNT applications accepted, assigned and paid (scripts/bench/payout.py, 16 clients)"
  echo
  python3 scripts/bench/payout.py --url "http://127.0.0.1:$GATEWAY_PORT" \
    --applicants "$BENCH_DIR/compensation-applicants.jsonl" --count "$PAYOUT_COUNT" --concurrency 16
  echo
  echo "Paid payments in the database: $(psql_as compensation_bench "SELECT count(*) FROM payout_item WHERE status = 'PAID'");" \
    "persons paid more than once: $(psql_as compensation_bench "SELECT count(*) FROM (SELECT iin FROM payout_item WHERE status = 'PAID' AND programme = 'REPRESSION_ONE_TIME' GROUP BY iin HAVING count(*) > 1) twice")."
}

# Status change recorded → event on the broker: Kafka's CreateTime of the record minus the
# CloudEvent time (set when the change is recorded, inside its transaction), for the changes recorded
# after the submit path's warm-up, like the submit figures.
bench_events() {
  log "event latency: the events of the submit runs"
  # Only this run's applications: the broker may carry the topic for other copies of the system.
  psql_as certificate_bench "SELECT id FROM certificate_application WHERE number NOT LIKE 'PGB-%'" > "$BENCH_DIR/application-ids.txt"
  java -cp "$(scripts/infra.sh kafka-classpath)" -Dlog4j2.configurationFile="$PWD/scripts/kafka/log4j2.properties" \
    org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "127.0.0.1:$KAFKA_PORT" --topic rehab.certificate.status \
    --from-beginning --timeout-ms 10000 --property print.timestamp=true --property print.key=true 2>/dev/null > "$BENCH_DIR/events.txt" || true
  python3 - "$BENCH_DIR/events.txt" "${EVENTS_FROM:-$BENCH_STARTED}" "$BENCH_DIR/application-ids.txt" <<'PY'
import datetime, json, sys
started = float(sys.argv[2])
ours = {line.strip() for line in open(sys.argv[3]) if line.strip()}
latencies = []
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.startswith("CreateTime:"):
        continue
    stamp, key, value = line.rstrip("\n").split("\t", 2)
    if key not in ours:  # the key of a status event is its application's id
        continue
    created = int(stamp.split(":")[1]) / 1000
    event = json.loads(value)
    occurred = datetime.datetime.fromisoformat(event["time"].replace("Z", "+00:00")).timestamp()
    if occurred >= started:
        latencies.append((created - occurred) * 1000)
latencies.sort()
pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else float("nan")
print("\n### Event latency (change recorded → record on the broker)\n")
print("| events | p50 ms | p99 ms | max ms |\n|---|---|---|---|")
print(f"| {len(latencies)} | {pick(0.50):.0f} | {pick(0.99):.0f} | {max(latencies) if latencies else float('nan'):.0f} |")
PY
}

rss_mb() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$1/status"; }

# Start-up and memory. RSS after load is read first; then each application is stopped and started
# again alone on its warm database, which is the start-up a deployment sees.
bench_footprint() {
  declare -A LOADED_RSS STARTED READY
  for app in "${APPS[@]}"; do LOADED_RSS[$app]=$(rss_mb "$(cat "$APPS_DIR/$app.pid")"); done
  [ "${MEMORY_DETAIL:-0}" = 1 ] && native_memory_after_load
  log "start-up: each application stopped and started alone"
  for app in "${APPS[@]}"; do
    apps_stop_one "$app"
    # the log of the run under load, kept before the start alone writes its own
    cp "$APPS_DIR/$app.log" "$BENCH_DIR/$app.under-load.log"
    local started_ms
    started_ms=$(date +%s%3N)
    app_start "$app"
    app_wait_ready "$app" >/dev/null 2>&1
    READY[$app]=$(( $(date +%s%3N) - started_ms ))
    STARTED[$app]=$(grep -o 'started in [0-9.]*s' "$APPS_DIR/$app.log" | tail -1 | grep -o '[0-9.]*')
  done
  echo
  echo "### Footprint"
  echo
  echo "| application | start-up alone (s, as logged) | ready alone (s, from launch) | RSS idle (MB) | RSS after load (MB) |"
  echo "|---|---|---|---|---|"
  for app in "${APPS[@]}"; do
    printf '| %s | %s | %.1f | %s | %s |\n' "$app" "${STARTED[$app]}" "$(awk -v m="${READY[$app]}" 'BEGIN{print m/1000}')" \
      "${IDLE_RSS[$app]:-?}" "${LOADED_RSS[$app]}"
  done
}

# What each application's memory is committed to after the load, by the JVM's native memory tracking.
native_memory_after_load() {
  echo
  echo "### Memory after load, as the JVM commits it (MB, native memory tracking)"
  echo
  echo "| application | RSS | committed | Java heap | classes (metaspace, class space, symbols) | class-data archive | code | compiler | threads | GC | other |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  local app pid
  for app in "${APPS[@]}"; do
    pid=$(cat "$APPS_DIR/$app.pid")
    jcmd "$pid" VM.native_memory summary scale=KB > "$BENCH_DIR/$app.native-memory.txt"
    awk -v app="$app" -v rss="$(rss_mb "$pid")" '
      function mb(kb) { return sprintf("%.0f", kb / 1024) }
      /^Total:/ { match($0, /committed=[0-9]+/); total = substr($0, RSTART + 10, RLENGTH - 10) }
      /^-/ && /committed=/ {
        line = $0; sub(/^- */, "", line); name = line; sub(/ *\(reserved.*/, "", name)
        match(line, /committed=[0-9]+/); kb = substr(line, RSTART + 10, RLENGTH - 10)
        if (name == "Java Heap") heap += kb
        else if (name == "Class" || name == "Metaspace" || name == "Symbol") classes += kb
        else if (name == "Shared class space") archive += kb
        else if (name == "Code") code += kb
        else if (name == "Compiler" || name == "Arena Chunk") compiler += kb
        else if (name == "Thread") threads += kb
        else if (name == "GC") gc += kb
        else other += kb
      }
      END { printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", app, rss, mb(total), mb(heap), mb(classes), mb(archive), mb(code), mb(compiler), mb(threads), mb(gc), mb(other) }
    ' "$BENCH_DIR/$app.native-memory.txt"
  done
}

main() {
  local what="${1:-all}"
  ensure_tools
  trap stop_all EXIT
  # Empty *_bench databases on every run (dropped once PostgreSQL is up): the payout benchmark needs
  # persons nobody has paid yet, and the submit figures a database of the same size each time.
  FRESH_TEST_DATABASES=1 scripts/infra.sh up
  apps_start
  declare -gA IDLE_RSS
  for app in "${APPS[@]}"; do IDLE_RSS[$app]=$(rss_mb "$(cat "$APPS_DIR/$app.pid")"); done
  BENCH_STARTED=$(date +%s)
  echo "## Run of $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
  case "$what" in
    gateway) bench_gateway ;;
    submit) bench_submit; bench_events ;;
    payout) bench_payout ;;
    footprint) ;;
    all) bench_gateway; bench_submit; bench_events; bench_payout ;;
    *) echo "usage: $0 [all|gateway|submit|payout|footprint]" >&2; exit 2 ;;
  esac
  bench_footprint
}

main "$@"
