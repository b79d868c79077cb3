#!/usr/bin/env bash
# Runs the whole system on this machine without Docker:
#   scripts/run-local.sh        PostgreSQL + Kafka + gateway + both services, in the background
#   scripts/run-local.sh stop   stops everything this script started (by PID), nothing else
# Running it again while everything is up changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/apps.sh

case "${1:-start}" in
  start)
    scripts/infra.sh up
    apps_start
    cat <<URLS

  Gateway Swagger UI (all APIs):  http://127.0.0.1:$GATEWAY_PORT/q/swagger-ui
  Gateway health:                 http://127.0.0.1:$GATEWAY_PORT/q/health/ready
  Certificate service:            http://127.0.0.1:$CERTIFICATE_PORT/q/swagger-ui
  Compensation service:           http://127.0.0.1:$COMPENSATION_PORT/q/swagger-ui
  PostgreSQL 127.0.0.1:5432, Kafka 127.0.0.1:9092
  Logs: .local/apps/*.log, .local/kafka/broker.log

URLS
    ;;
  stop)
    apps_stop
    scripts/infra.sh down
    ;;
  status)
    scripts/infra.sh status
    for app in "${APPS[@]}"; do
      if app_running "$app"; then echo "$app  UP    127.0.0.1:$(app_port "$app")"; else echo "$app  DOWN"; fi
    done
    ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
