#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line CI can count:
#   tests: N passed, M failed
# Exits non-zero when a build or test fails, or when no test ran at all.
set -uo pipefail
cd "$(dirname "$0")/.."

results="TestResults"
mkdir -p "$results"
log="$results/test-output.log"

# The Table Storage tests run against a real Azurite, the page tests against Debian's chromium; if either
# cannot be installed, the tests that need it fail loudly.
./scripts/install-azurite.sh || echo "test: Azurite could not be installed; the Table Storage tests will fail." >&2
./scripts/install-browser.sh || echo "test: chromium could not be installed; the page tests will fail." >&2

# Build everything first, then test without building: test runs (one publishes the Functions package) must
# not overlap MSBuild copying the same outputs.
dotnet build JobFramework.Comp.sln --configuration Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then
  dotnet test JobFramework.Comp.sln --configuration Release --no-build 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
fi

# One summary line per test assembly: "Passed!  - Failed:     0, Passed:   143, Skipped: ..."
read -r passed failed < <(grep -E '^(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\2 \1/' \
  | awk '{ p += $1; f += $2 } END { print p + 0, f + 0 }')

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build (or a test host) failed before any test could report: count that as a failure.
  failed=1
fi

echo "tests: ${passed} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
