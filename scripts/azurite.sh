#!/usr/bin/env bash
# Runs Azurite's Table service on 127.0.0.1:10002 for the local Azure demo (README), keeping its data in
# .azurite/ so it survives a restart (stop it with Ctrl+C: Azurite saves on SIGINT). Pass
# --inMemoryPersistence to keep nothing. Connection string: UseDevelopmentStorage=true
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-azurite.sh"

storage=(--location "$root/.azurite")
for argument in "$@"; do
  if [ "$argument" = "--inMemoryPersistence" ]; then storage=(); fi
done
mkdir -p "$root/.azurite"
exec "$root/tools/azurite/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort 10002 \
  --disableTelemetry "${storage[@]}" "$@"
