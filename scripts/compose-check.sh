#!/usr/bin/env bash
# Proves the compose path with Podman, from images to an event on Kafka, and leaves nothing behind:
#
#   scripts/compose-check.sh
#
# 1. installs podman, runc, debootstrap and podman-compose with apt-get when missing (as root);
# 2. builds the images of docker-compose.yml + docker-compose.podman.yml on a local Debian base
#    (debootstrap, cached as localhost/rehab-debian-base:bookworm; a Java runtime image on it);
# 3. starts the compose services in the order of their depends_on, each stage once what it needs
#    reports healthy (its compose healthcheck, run with `podman healthcheck run`);
# 4. submits one certificate application through the containerised gateway with a development key
#    and reads its events from the containerised Kafka;
# 5. removes the containers and the network by name (also on failure).
#
# Not part of scripts/test.sh: the first run on a fresh machine takes about a quarter of an hour
# (debootstrap, apt inside the image builds, the jars), later runs 4-5 minutes. This host needs runc,
# the cgroupfs manager and no default ulimits; they are set in a containers.conf of this script's own.
# Knobs: HOST_GATEWAY_PORT (28080), HOST_CERTIFICATE_PORT (28081), HOST_COMPENSATION_PORT (28082),
# HOST_POSTGRES_PORT (25432), HOST_KAFKA_PORT (29092), COMPOSE_CHECK_PROJECT (rehab-compose-check),
# HEALTH_TIMEOUT (300 s per stage), COMPOSE_CHECK_KEEP=1 (leave the stack running at the end, to look
# into it; the next run removes it first).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
source scripts/apps.sh
export HOST_GATEWAY_PORT="${HOST_GATEWAY_PORT:-28080}" HOST_CERTIFICATE_PORT="${HOST_CERTIFICATE_PORT:-28081}"
export HOST_COMPENSATION_PORT="${HOST_COMPENSATION_PORT:-28082}" HOST_POSTGRES_PORT="${HOST_POSTGRES_PORT:-25432}"
export HOST_KAFKA_PORT="${HOST_KAFKA_PORT:-29092}"
PROJECT="${COMPOSE_CHECK_PROJECT:-rehab-compose-check}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-300}"
WORK="$STATE/compose-check"
BASE_IMAGE=localhost/rehab-debian-base:bookworm
JRE_IMAGE=localhost/rehab-jre:bookworm
SERVICES=(postgres kafka gateway certificate-service compensation-service)
mkdir -p "$WORK"
STARTED=$SECONDS

log() { printf '[compose-check %3ds] %s\n' "$((SECONDS - STARTED))" "$*" >&2; }

# ------------------------------------------------------------------ tools and the host's settings
missing=()
for tool in podman:podman runc:runc debootstrap:debootstrap podman-compose:podman-compose; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export CONTAINERS_CONF="$WORK/containers.conf"
cat > "$CONTAINERS_CONF" <<'CONF'
[containers]
default_ulimits = []
pids_limit = 0
[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
CONF

compose() {
  podman-compose -p "$PROJECT" -f docker-compose.yml -f docker-compose.podman.yml "$@" >> "$WORK/compose.log" 2>&1
}
container() { echo "${PROJECT}_$1_1"; }

teardown() {
  if [ "${COMPOSE_CHECK_KEEP:-}" = 1 ]; then log "COMPOSE_CHECK_KEEP=1: leaving $PROJECT running"; return; fi
  remove_stack
}
remove_stack() {
  log "removing the containers and the network of $PROJECT"
  compose down || true
  for service in "${SERVICES[@]}"; do podman rm -f -i "$(container "$service")" >/dev/null 2>&1 || true; done
  podman network rm -f "${PROJECT}_default" >/dev/null 2>&1 || true
}
trap teardown EXIT
: > "$WORK/compose.log"
remove_stack

# ------------------------------------------------------------------ images
if ! podman image exists "$BASE_IMAGE"; then
  log "making the Debian base image with debootstrap (a few minutes, once)"
  rootfs="$(mktemp -d /var/tmp/rehab-rootfs.XXXXXX)"
  debootstrap --variant=minbase bookworm "$rootfs" >> "$WORK/debootstrap.log" 2>&1
  tar -C "$rootfs" -c . | podman import - "$BASE_IMAGE" >/dev/null
  rm -rf "$rootfs"
fi
if ! podman image exists "$JRE_IMAGE"; then
  log "building $JRE_IMAGE (Debian's OpenJDK 17)"
  podman build -q -t "$JRE_IMAGE" -f scripts/docker/local/Containerfile.jre scripts/docker/local >> "$WORK/build.log"
fi
apps_build_if_needed
log "preparing the Kafka image's build context (jars of scripts/kafka/pom.xml)"
KAFKA_CONTEXT="$ROOT/.local/compose-build/kafka"
rm -rf "$KAFKA_CONTEXT" && mkdir -p "$KAFKA_CONTEXT"
cp scripts/docker/local/kafka/* "$KAFKA_CONTEXT/"
./mvnw -B -q -o -f scripts/kafka/pom.xml dependency:copy-dependencies -DoutputDirectory="$KAFKA_CONTEXT/libs" >/dev/null 2>&1 \
  || ./mvnw -B -q -f scripts/kafka/pom.xml dependency:copy-dependencies -DoutputDirectory="$KAFKA_CONTEXT/libs" >&2
scripts/compose-keys.sh >&2
log "building the compose images"
compose build

# ------------------------------------------------------------------ start in the order of depends_on
wait_healthy() { # service...
  local service deadline=$((SECONDS + HEALTH_TIMEOUT))
  for service in "$@"; do
    until podman healthcheck run "$(container "$service")" >/dev/null 2>&1; do
      if (( SECONDS >= deadline )); then
        log "$service not healthy within $HEALTH_TIMEOUT s; its last log lines:"
        podman logs --tail 40 "$(container "$service")" >&2 || true
        exit 1
      fi
      sleep 2
    done
    log "$service healthy"
  done
}
log "starting postgres and kafka"
compose up -d --no-build postgres kafka
wait_healthy postgres kafka
log "starting the gateway"
compose up -d --no-build gateway
wait_healthy gateway
log "starting certificate-service and compensation-service"
compose up -d --no-build certificate-service compensation-service
wait_healthy certificate-service compensation-service

# ------------------------------------------------------------------ one application, one event
GATEWAY="http://127.0.0.1:$HOST_GATEWAY_PORT"
log "submitting a certificate application through $GATEWAY (registry fixture 330707399060)"
submit() { # idempotency key → HTTP status; the answer in $WORK/answer.json
  curl -sS -o "$WORK/answer.json" -D "$WORK/answer.headers" -w '%{http_code}' -X POST "$GATEWAY/api/v1/certificates/applications" \
    -H 'X-Api-Key: dev-key-state-corporation' -H 'Content-Type: application/json' -H "Idempotency-Key: $1" \
    -d @- <<'JSON'
{"requested":"CERTIFICATE","applicantIin":"330707399060",
 "documents":{"identity":{"kind":"ID_CARD","number":"099000007"},
              "rehabilitation":{"kind":"REHABILITATION_REFERENCE","number":"R-1999-099007","issuedOn":"1999-03-03","issuer":"Прокуратура"}},
 "documentsAuthentic":true,"personalDataConsent":true,
 "acceptedBy":{"surname":"Сапарова","name":"Динара","position":"Chief specialist","phone":"+7 7172 55 00 11"},
 "branch":{"number":"ASTANA-01","address":"Астана, Қабанбай батыр даңғылы 1"}}
JSON
}
# As a calling system does: after a 503 (e.g. a registry slow on the first requests of a cold start)
# the same request again with the same Idempotency-Key after Retry-After, five attempts at most.
key="$(cat /proc/sys/kernel/random/uuid)"
for attempt in 1 2 3 4 5; do
  status="$(submit "$key")"
  [ "$status" = 503 ] && [ "$attempt" -lt 5 ] || break
  wait_s="$(awk 'tolower($1)=="retry-after:"{print $2+0}' "$WORK/answer.headers")"
  log "503 ($(cat "$WORK/answer.json")); again in ${wait_s:-5} s"
  sleep "${wait_s:-5}"
done
answer="$(cat "$WORK/answer.json")"
if [ "$status" != 201 ]; then
  log "the gateway answered $status: $answer"
  for service in gateway certificate-service; do
    log "last log lines of $service:"; podman logs --tail 30 "$(container "$service")" >&2 || true
  done
  exit 1
fi
number="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["number"])' "$answer")"
log "accepted: application $number"

log "reading its events from the containerised Kafka (topic rehab.certificate.status)"
deadline=$((SECONDS + 120)) events=""
until [ -n "$events" ]; do
  events="$(podman exec "$(container kafka)" /opt/kafka/bin/kafka-console-consumer.sh --bootstrap-server localhost:29092 \
    --topic rehab.certificate.status --from-beginning --timeout-ms 10000 2>/dev/null | grep -F "\"$number\"" || true)"
  if [ -z "$events" ] && (( SECONDS >= deadline )); then log "no event of $number on Kafka within 120 s"; exit 1; fi
done
echo "$events" > "$WORK/events.jsonl"
python3 - "$WORK/events.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    print(f"  event {e['type']} id={e['id']} subject={e.get('subject')} source={e['source']}")
PY
log "compose path proven: images built, services healthy, $number submitted through the gateway, its event read from Kafka"
