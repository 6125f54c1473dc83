#!/usr/bin/env bash
# Runs Azurite's Table service on 127.0.0.1:10002 for the local Azure demo (README), keeping its data in
# .azurite/ so it survives a restart. Stop it with Ctrl+C. Connection string: UseDevelopmentStorage=true
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-azurite.sh"
mkdir -p "$root/.azurite"
exec "$root/tools/azurite/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort 10002 \
  --location "$root/.azurite" --disableTelemetry "$@"
