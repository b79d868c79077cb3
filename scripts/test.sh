#!/usr/bin/env bash
# The project's test command: brings up PostgreSQL and a Kafka broker of its own (127.0.0.1:19092,
# TEST_KAFKA_PORT), runs every module's tests
# (./mvnw -B verify), then the end-to-end tests through the gateway against the three
# applications started as real processes, and stops whatever it started. Non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

# The end-to-end run uses its own ports and its own empty databases (*_test_e2e), so it neither
# disturbs a system started with scripts/run-local.sh nor sees what the module tests left.
export GATEWAY_PORT="${E2E_GATEWAY_PORT:-18080}"
export CERTIFICATE_PORT="${E2E_CERTIFICATE_PORT:-18081}"
export COMPENSATION_PORT="${E2E_COMPENSATION_PORT:-18082}"
export DB_SUFFIX="${TEST_DB_SUFFIX:-_test}_e2e"
export REHAB_STATE_DIR="${REHAB_STATE_DIR:-$PWD/.local}"
mkdir -p "$REHAB_STATE_DIR"
export INFRA_RECORD="$REHAB_STATE_DIR/infra.started-by-test"
rm -f "$INFRA_RECORD"
# Its own Kafka broker (like bench.sh and drill.sh), fresh for each run: the module tests, the
# applications and the end-to-end tests all publish and read there, so no test event lands in the
# local broker on 9092 or in a system running beside; `scripts/infra.sh down` stops it at the end.
export KAFKA_PORT="${TEST_KAFKA_PORT:-19092}"
# Named apart from KAFKA_BOOTSTRAP_SERVERS, which the Kafka client reads from the environment over
# any test's own setting (a test that runs a broker of its own, e.g. to stop it, must keep it).
export TEST_KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
if ! (exec 3<>"/dev/tcp/127.0.0.1/$KAFKA_PORT") 2>/dev/null; then
  rm -rf "$REHAB_STATE_DIR/kafka-$KAFKA_PORT"   # not running: start it on empty storage (infra.sh formats it)
fi
source scripts/apps.sh
APPS_DIR="$STATE/e2e-apps"

cleanup() {
  local rc=$?
  apps_stop || true
  scripts/infra.sh down || true
  exit $rc
}
trap cleanup EXIT

FRESH_TEST_DATABASES=1 scripts/infra.sh up
apps_keys
export SMALLRYE_JWT_SIGN_KEY_LOCATION="$STATE/keys/gateway-jwt-private.pem"
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$STATE/keys/gateway-jwt-public.pem"

./mvnw -B verify

echo "[test] end-to-end tests through the gateway on 127.0.0.1:$GATEWAY_PORT"
TEST_DB_SUFFIX="$DB_SUFFIX" FRESH_TEST_DATABASES=1 scripts/infra.sh up
export E2E_COMPENSATION_DB_URL="jdbc:postgresql://127.0.0.1:5432/compensation$DB_SUFFIX"
export E2E_CERTIFICATE_DB_URL="jdbc:postgresql://127.0.0.1:5432/certificate$DB_SUFFIX"
apps_start
# the applications run in the production profile here: JsonLogsIT reads their JSON log lines
E2E_APPS_LOGS="$APPS_DIR" GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT" ./mvnw -B -pl e2e-tests verify -DskipITs=false

# The year end, on applications whose clocks start where the law runs out of announced data: the
# dev profile lets rehab.clock.fixed start the clock there (production refuses it). Each run on fresh
# databases of its own. The electronic queue runs there too: at 10:00 of a working day the branch is
# open, so its open-branch path is taken whatever the hour of the run (the first run may take either).
for clock in 2026-12-28T10:00:00+05:00 2027-12-30T10:00:00+05:00; do
  apps_stop
  echo "[test] year end through the gateway, the applications' clock starting at $clock"
  export DB_SUFFIX="${TEST_DB_SUFFIX:-_test}_yearend"
  TEST_DB_SUFFIX="$DB_SUFFIX" FRESH_TEST_DATABASES=1 scripts/infra.sh up
  QUARKUS_PROFILE=dev REHAB_CLOCK_FIXED="$clock" apps_start
  GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT" ./mvnw -B -pl e2e-tests verify -DskipITs=false -Dit.test='YearEndIT,ElectronicQueueIT' \
    -Dyearend.clock="$clock" -Dcertificate.url="http://127.0.0.1:$CERTIFICATE_PORT"
done
