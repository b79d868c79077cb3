#!/usr/bin/env bash
# Makes the keys docker-compose.yml hands to the containers as secrets, in .local/compose-keys/,
# readable by the containers' user (uid 185). Starts nothing and takes no port.
#
#   scripts/compose-keys.sh
#
# The keys themselves are the local ones of scripts/apps.sh (apps_keys: made once into .local/keys,
# never committed): the gateway's JWT signing key pair, the local certification authority the
# simulated Ministry trusts, the Centre's report-signing key and chain. Run as root, the copies
# belong to uid 185 and only it may read the private keys (0400); otherwise they are made readable
# by all (0444): development keys only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/apps.sh
apps_keys
OUT="$PWD/.local/compose-keys"
mkdir -p "$OUT"
for key in gateway-jwt-private gateway-jwt-public ministry-trust-anchor centre-signing-key centre-signing-chain; do
  install -m 0644 "$STATE/keys/$key.pem" "$OUT/$key.pem"
  if [ "$(id -u)" = 0 ]; then
    chown 185:185 "$OUT/$key.pem"
    case "$key" in *private|*key) chmod 0400 "$OUT/$key.pem" ;; esac
  else
    chmod 0444 "$OUT/$key.pem"
  fi
done
echo "keys for docker-compose.yml in $OUT"
