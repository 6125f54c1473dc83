#!/usr/bin/env bash
# Installs Debian's Chromium — the browser the page tests (tests/JobFramework.Comp.Web.Tests) drive with
# Playwright, launched headless by its path. Playwright's own browser download is never used.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: apt-get is not available; install Chromium so that /usr/bin/chromium exists, then run this again." >&2
  exit 1
fi

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# The package mirror sometimes drops a connection mid-install; try again before giving up.
for attempt in 1 2 3; do
  echo "install-browser: installing Debian's chromium (attempt $attempt)…"
  if sudo_if_needed apt-get update -qq && DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends chromium; then
    exit 0
  fi
  sleep $((attempt * 10))
done
echo "install-browser: apt-get install chromium failed three times" >&2
exit 1
