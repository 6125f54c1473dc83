#!/usr/bin/env bash
# Installs the Azurite Table Storage emulator pinned in tools/azurite/package-lock.json — what the
# Table Storage tests start, and what scripts/azurite.sh runs for the local Azure demo. Needs Node.js + npm.
set -euo pipefail
cd "$(dirname "$0")/../tools/azurite"

if [ -x node_modules/.bin/azurite-table ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "install-azurite: npm is not installed; install Node.js 20+ (it brings npm), then run this again." >&2
  exit 1
fi

# The registry sometimes drops a connection mid-install; try again before giving up.
for attempt in 1 2 3; do
  echo "install-azurite: installing Azurite into tools/azurite (npm ci, attempt $attempt)…"
  if npm ci --no-audit --no-fund --loglevel=error; then
    exit 0
  fi
  sleep $((attempt * 10))
done
echo "install-azurite: npm ci failed three times" >&2
exit 1
