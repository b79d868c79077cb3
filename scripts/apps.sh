#!/usr/bin/env bash
# Starts and stops the three applications as background processes (sourced by run-local.sh and
# test.sh). Each application's PID and log live in $STATE/apps/<name>.{pid,log}.
#
# Ports: GATEWAY_PORT (8080), CERTIFICATE_PORT (8081), COMPENSATION_PORT (8082).
# A second instance of a service ("certificate-service-2", "compensation-service-2", the same jar
# and database) listens on CERTIFICATE_2_PORT / COMPENSATION_2_PORT; the gateway is told all the
# instances with CERTIFICATE_SERVICE_URLS / COMPENSATION_SERVICE_URLS (comma-separated base URLs).
# Database names: DB_SUFFIX ("" for local runs, "_test" for the end-to-end tests).
# Extra JVM options for every application: APP_JAVA_OPTS (e.g. a flight recording).

# Memory: after a full GC under the submit load the gateway and the certificate service each hold
# about 45 MB of live objects (jmap -histo:live, 2026-12-01), so a 128 MB heap leaves room; 64 MB
# ran into back-to-back full collections and 96 MB cost more CPU per application than it saved in RSS
# (docs/benchmarks.md, footprint). The serial collector (the JVM's own choice below 2 CPUs) and two
# malloc arenas keep the rest of the process small, and the JVM gives the C library's freed memory
# (mostly the optimising compiler's) back to the system every 5 s: 15-32 MB less RSS per application
# after load (docs/benchmarks.md, footprint). The Dockerfiles run the same options.
APP_JVM_MEMORY="${APP_JVM_MEMORY:--Xmx128m -XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000}"
# Compilation: the JVM's default, both compilers. At the steady state of a server (five minutes of
# submissions first) they carried 237 instead of 139 applications per second, at 8.1 instead of
# 13.8 ms of CPU each, as the quick compiler alone (-XX:TieredStopAtLevel=1) did; in the first
# minute or two the optimising compiler is still at work and the quick one alone is ahead
# (docs/benchmarks.md, 2026-12-02). APP_JVM_JIT=-XX:TieredStopAtLevel=1 chooses the quick one.
APP_JVM_JIT="${APP_JVM_JIT-}"

# Start-up: class data sharing (AppCDS, the JDK's dynamic archive). The first run of a build writes
# the classes it loaded to an archive when it stops; later starts of the same build map them instead
# of loading and verifying them again (docs/benchmarks.md, footprint). The applications are packaged
# as aot-jar (parent pom.xml), so the archive holds the application's and libraries' classes, not
# only the JDK's. APP_CDS=0 turns it off.
APP_CDS="${APP_CDS:-1}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${REHAB_STATE_DIR:-$ROOT/.local}"
APPS_DIR="$STATE/apps"
APPS=(gateway certificate-service compensation-service)

GATEWAY_PORT="${GATEWAY_PORT:-8080}"
CERTIFICATE_PORT="${CERTIFICATE_PORT:-8081}"
COMPENSATION_PORT="${COMPENSATION_PORT:-8082}"
DB_SUFFIX="${DB_SUFFIX:-}"

app_log() { printf '[apps] %s\n' "$*" >&2; }

app_port() {
  case "$1" in
    gateway) echo "$GATEWAY_PORT" ;;
    certificate-service) echo "$CERTIFICATE_PORT" ;;
    compensation-service) echo "$COMPENSATION_PORT" ;;
    certificate-service-2) echo "$CERTIFICATE_2_PORT" ;;
    compensation-service-2) echo "$COMPENSATION_2_PORT" ;;
  esac
}

# The application an instance runs: "certificate-service-2" runs certificate-service.
app_of() { echo "${1%-2}"; }

app_db() {
  case "$(app_of "$1")" in
    gateway) echo "gateway$DB_SUFFIX" ;;
    certificate-service) echo "certificate$DB_SUFFIX" ;;
    compensation-service) echo "compensation$DB_SUFFIX" ;;
  esac
}

app_jar() { echo "$ROOT/$(app_of "$1")/target/quarkus-app/quarkus-run.jar"; }

# Build when a runner jar is missing or older than any source of the build.
apps_build_if_needed() {
  local stale=""
  for app in "${APPS[@]}"; do
    local jar; jar="$(app_jar "$app")"
    if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/$app/src" "$ROOT/$app/pom.xml" "$ROOT/commons/src" "$ROOT/egov-contract/src" "$ROOT/signatures/src" "$ROOT/service-kit/src" "$ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
      stale=1
    fi
  done
  if [ -n "$stale" ]; then
    app_log "building the applications (./mvnw -B package -DskipTests)"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests) >&2
  fi
}

# Keys for local runs, generated here and never committed (.local is git-ignored):
# - the RSA key pair the gateway signs forwarded identities with;
# - a local stand-in for the national certification authority (ministry-trust-anchor.pem, which
#   the gateway's simulated Ministry endpoint trusts; its key beside it) and the Labour Resources
#   Development Centre's signing key (PKCS#8) with its certificate chain (the Centre's certificate,
#   then the authority's), with which the compensation service signs its quarterly reports (R2).
#   A Centre certificate that expires within a day is issued anew.
apps_keys() {
  local keys="$STATE/keys"
  mkdir -p "$keys"
  if [ ! -f "$keys/gateway-jwt-private.pem" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/gateway-jwt-private.pem" 2>/dev/null
    openssl pkey -in "$keys/gateway-jwt-private.pem" -pubout -out "$keys/gateway-jwt-public.pem"
    chmod 600 "$keys/gateway-jwt-private.pem"
  fi
  if [ ! -f "$keys/ministry-trust-anchor.pem" ] || [ ! -f "$keys/ministry-trust-anchor-key.pem" ]; then
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/ministry-trust-anchor-key.pem" 2>/dev/null)
    openssl req -x509 -new -key "$keys/ministry-trust-anchor-key.pem" -days 3650 -sha256 \
      -subj "/C=KZ/CN=Local test certification authority" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -out "$keys/ministry-trust-anchor.pem"
    rm -f "$keys/centre-signing-chain.pem"
  fi
  if [ ! -f "$keys/centre-signing-key.pem" ] || [ ! -f "$keys/centre-signing-chain.pem" ] \
      || ! openssl x509 -in "$keys/centre-signing-chain.pem" -noout -checkend 86400 >/dev/null; then
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/centre-signing-key.pem" 2>/dev/null)
    openssl req -new -key "$keys/centre-signing-key.pem" \
        -subj "/C=KZ/O=JSC Labour Resources Development Centre/CN=Labour Resources Development Centre" \
      | openssl x509 -req -CA "$keys/ministry-trust-anchor.pem" -CAkey "$keys/ministry-trust-anchor-key.pem" \
        -set_serial "0x$(openssl rand -hex 16)" -days 365 -sha256 \
        -extfile <(printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n') \
        -out "$keys/centre-signing-certificate.pem" 2>/dev/null
    cat "$keys/centre-signing-certificate.pem" "$keys/ministry-trust-anchor.pem" > "$keys/centre-signing-chain.pem"
    rm -f "$keys/centre-signing-certificate.pem"
  fi
}

# Environment of one application beyond what all of them get (one VAR=value a line).
app_env() {
  case "$(app_of "$1")" in
    certificate-service)
      # the certificates the registry fixtures promise (docs/registry-fixtures.md), through the operator's importer
      echo "PRE_SYSTEM_REGISTER_SEED_FIXTURES=${PRE_SYSTEM_REGISTER_SEED_FIXTURES:-true}" ;;
    gateway)
      echo "MINISTRY_TRUST_ANCHORS=${MINISTRY_TRUST_ANCHORS:-$STATE/keys/ministry-trust-anchor.pem}" ;;
    compensation-service)
      echo "REPORT_SIGNING_KEY_FILE=${REPORT_SIGNING_KEY_FILE:-$STATE/keys/centre-signing-key.pem}"
      echo "REPORT_SIGNING_CERTIFICATE_CHAIN_FILE=${REPORT_SIGNING_CERTIFICATE_CHAIN_FILE:-$STATE/keys/centre-signing-chain.pem}"
      echo "REPORT_SIGNING_ALGORITHM=${REPORT_SIGNING_ALGORITHM:-SHA256withRSA}" ;;
  esac
}

# The class-data-sharing options of an instance: use the archive of this build of its jar, or write
# one when the instance stops. Each instance has its own archive (two may stop at once). The JVM's
# notes about classes it leaves out of the archive stay out of the application's JSON log.
app_cds() {
  [ "$APP_CDS" = 1 ] || return 0
  # JDK 17 crashes (SIGSEGV in KlassFactory::check_shared_class_file_load_hook) when a flight
  # recording starts with the JVM and an application class comes from the archive: a recording
  # started at launch (PROFILE=1 of scripts/bench.sh) runs without it (one started later with
  # `jcmd <pid> JFR.start` ran with it in a trial).
  case "${APP_JAVA_OPTS:-}" in *StartFlightRecording*) return 0 ;; esac
  local jar stamp archive
  jar="$(app_jar "$1")"
  stamp="$(stat -c %Y "$jar" 2>/dev/null)" || return 0
  archive="$STATE/cds/$1@$stamp.jsa"
  mkdir -p "$STATE/cds"
  if [ -s "$archive" ]; then
    echo "-XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
  else
    rm -f "$STATE/cds/$1@"*.jsa "$STATE/cds/$1@"*.jsa.part
    # written beside and renamed by apps_stop_one once the JVM has finished it
    echo "-XX:ArchiveClassesAtExit=$archive.part -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
}

app_running() {
  local pidfile="$APPS_DIR/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

app_start() {
  local app="$1" port db
  port="$(app_port "$app")"; db="$(app_db "$app")"
  mkdir -p "$APPS_DIR"
  if app_running "$app"; then
    app_log "$app already running (pid $(cat "$APPS_DIR/$app.pid"))"
    return
  fi
  app_log "starting $app on 127.0.0.1:$port (database $db)"
  local extra_env=()
  mapfile -t extra_env < <(app_env "$app")
  QUARKUS_HTTP_PORT="$port" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:${KAFKA_PORT:-9092}" \
  CERTIFICATE_SERVICE_URL="${CERTIFICATE_SERVICE_URLS:-http://127.0.0.1:$CERTIFICATE_PORT}" \
  COMPENSATION_SERVICE_URL="${COMPENSATION_SERVICE_URLS:-http://127.0.0.1:$COMPENSATION_PORT}" \
  EGOV_GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT" \
  DOCUMENTS_VERIFICATION_BASE_URL="${DOCUMENTS_VERIFICATION_BASE_URL:-http://127.0.0.1:$GATEWAY_PORT}" \
  SMALLRYE_JWT_SIGN_KEY_LOCATION="$STATE/keys/gateway-jwt-private.pem" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$STATE/keys/gateway-jwt-public.pem" \
    env "${extra_env[@]}" MALLOC_ARENA_MAX=2 nohup java $APP_JVM_MEMORY $APP_JVM_JIT $(app_cds "$app") ${APP_JAVA_OPTS:-} -jar "$(app_jar "$app")" > "$APPS_DIR/$app.log" 2>&1 &
  echo $! > "$APPS_DIR/$app.pid"
}

app_wait_ready() {
  local app="$1" port deadline
  port="$(app_port "$app")"
  deadline=$((SECONDS + ${READY_TIMEOUT:-180}))
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    if ! app_running "$app"; then
      app_log "$app exited; last lines of $APPS_DIR/$app.log:"; tail -30 "$APPS_DIR/$app.log" >&2; return 1
    fi
    if (( SECONDS >= deadline )); then
      app_log "$app not ready within ${READY_TIMEOUT:-180} s"; tail -30 "$APPS_DIR/$app.log" >&2; return 1
    fi
    sleep 0.5
  done
  app_log "$app ready"
}

apps_start() {
  apps_build_if_needed
  apps_keys
  for app in "${APPS[@]}"; do app_start "$app"; done
  for app in "${APPS[@]}"; do app_wait_ready "$app" || return 1; done
}

apps_stop_one() {
  local app="$1" pidfile="$APPS_DIR/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid killed="" grace=20; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    app_log "stopping $app (pid $pid)"
    # writing the class-data-sharing archive at exit (app_cds) took 13-25 s on a busy machine
    if tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q ArchiveClassesAtExit; then grace=90; fi
    kill "$pid"
    local deadline=$((SECONDS + grace))
    while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; killed=1; fi
  fi
  rm -f "$pidfile"
  # an archive is used only when its JVM finished writing it: one cut short is dropped
  local part
  for part in "$STATE/cds/$app@"*.jsa.part; do
    [ -e "$part" ] || continue
    if [ -n "$killed" ]; then rm -f "$part"; else mv -f "$part" "${part%.part}"; fi
  done
}

apps_stop() {
  for app in "${APPS[@]}"; do apps_stop_one "$app"; done
}
