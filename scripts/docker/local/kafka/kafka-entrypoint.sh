#!/bin/sh
# KAFKA_FOO_BAR=x becomes foo.bar=x ("__" stands for "_", "___" for "-"), as in the upstream image;
# the JVM's own variables (KAFKA_HEAP_OPTS, KAFKA_OPTS, ...) are not properties.
set -eu
props=/var/lib/kafka/server.properties
: > "$props"
env | grep '^KAFKA_' | while IFS='=' read -r name value; do
  case "$name" in KAFKA_HEAP_OPTS|KAFKA_OPTS|KAFKA_JVM_PERFORMANCE_OPTS|KAFKA_LOG4J_OPTS|KAFKA_JMX_OPTS) continue ;; esac
  key=$(echo "${name#KAFKA_}" | sed -e 's/___/-/g' -e 's/__/@/g' -e 's/_/./g' -e 's/@/_/g' | tr 'A-Z' 'a-z')
  echo "$key=$value" >> "$props"
done
grep -q '^log.dirs=' "$props" || echo "log.dirs=/var/lib/kafka/data" >> "$props"
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  /opt/kafka/bin/kafka-run-class.sh kafka.tools.StorageTool format --ignore-formatted \
    -t "${CLUSTER_ID:-5L6g3nShT-eMCtK--X86sw}" -c "$props"
fi
exec /opt/kafka/bin/kafka-run-class.sh kafka.Kafka "$props"
