#!/usr/bin/env bash
# Reproducible figures for speed and memory, measured side by side in one run on this machine.
#
#   scripts/bench.sh [all|gateway|footprint]      (default: all)
#
# Starts its own copy of the system on ports 28080-28082 with the *_bench databases, so it does
# not disturb a local run or the tests, and stops what it started. Load generators come from
# Debian's packages (wrk, hey, nginx; installed when missing); all traffic goes to 127.0.0.1 and
# every run is bounded in time. Results are printed as Markdown tables (copy into
# docs/benchmarks.md together with the command line).
#
# Knobs: ROUNDS (3), DURATION (15s), CONNECTIONS (50), THREADS (2).
set -euo pipefail
cd "$(dirname "$0")/.."

export GATEWAY_PORT=28080 CERTIFICATE_PORT=28081 COMPENSATION_PORT=28082
export DB_SUFFIX=_bench TEST_DB_SUFFIX=_bench
export REHAB_STATE_DIR="${REHAB_STATE_DIR:-$PWD/.local}"
export INFRA_RECORD="$REHAB_STATE_DIR/infra.started-by-bench"
source scripts/apps.sh
APPS_DIR="$STATE/bench-apps"
BENCH_DIR="$STATE/bench"
NGINX_PORT=28090
ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-15s}" CONNECTIONS="${CONNECTIONS:-50}" THREADS="${THREADS:-2}"
# A cheap authenticated GET that every layer serves the same way.
CHEAP_PATH="${CHEAP_PATH:-/api/v1/certificates/calendar/2026/days-off}"
# Development key of the State Corporation system (docs/gateway.md).
API_KEY="${API_KEY:-dev-state-corporation-key}"

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
  for round in $(seq 1 "$ROUNDS"); do
    # warm-up of each path, then the measured run
    echo "direct $round $(run_wrk "http://127.0.0.1:$CERTIFICATE_PORT$CHEAP_PATH" "Authorization: Bearer $token")" >> "$results"
    echo "gateway $round $(run_wrk "http://127.0.0.1:$GATEWAY_PORT$CHEAP_PATH" "X-Api-Key: $API_KEY")" >> "$results"
    echo "nginx $round $(run_wrk "http://127.0.0.1:$NGINX_PORT$CHEAP_PATH" "Authorization: Bearer $token")" >> "$results"
  done
  kill "$(cat "$BENCH_DIR/nginx.pid")" 2>/dev/null || true
  echo
  echo "### Gateway overhead (GET $CHEAP_PATH, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds)"
  echo
  echo "| target | round | req/s | p50 ms | p99 ms | non-2xx |"
  echo "|---|---|---|---|---|---|"
  awk '{printf "| %s | %s | %.0f | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6}' "$results"
  echo
  awk '{rps[$1]+=$3; p99[$1]+=$5; n[$1]++}
    END {
      d=rps["direct"]/n["direct"]; g=rps["gateway"]/n["gateway"]; x=rps["nginx"]/n["nginx"];
      printf "| mean | direct | gateway | nginx | gateway/direct | nginx/direct | gateway/nginx |\n|---|---|---|---|---|---|---|\n";
      printf "| req/s | %.0f | %.0f | %.0f | %.2f | %.2f | %.2f |\n", d, g, x, g/d, x/d, g/x;
      printf "| p99 ms | %.2f | %.2f | %.2f | | | |\n", p99["direct"]/n["direct"], p99["gateway"]/n["gateway"], p99["nginx"]/n["nginx"];
    }' "$results"
}

rss_mb() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$1/status"; }

bench_footprint() {
  echo
  echo "### Footprint"
  echo
  echo "| application | start-up (s, as logged) | RSS idle (MB) | RSS after load (MB) |"
  echo "|---|---|---|---|"
  for app in "${APPS[@]}"; do
    local pid started
    pid=$(cat "$APPS_DIR/$app.pid")
    started=$(grep -o 'started in [0-9.]*s' "$APPS_DIR/$app.log" | head -1 | grep -o '[0-9.]*')
    echo "| $app | $started | ${IDLE_RSS[$app]:-?} | $(rss_mb "$pid") |"
  done
}

main() {
  local what="${1:-all}"
  ensure_tools
  trap stop_all EXIT
  scripts/infra.sh up
  apps_start
  declare -gA IDLE_RSS
  for app in "${APPS[@]}"; do IDLE_RSS[$app]=$(rss_mb "$(cat "$APPS_DIR/$app.pid")"); done
  echo "## Run of $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
  case "$what" in
    gateway) bench_gateway ;;
    footprint) ;;
    all) bench_gateway ;;
    *) echo "usage: $0 [all|gateway|footprint]" >&2; exit 2 ;;
  esac
  bench_footprint
}

main "$@"
