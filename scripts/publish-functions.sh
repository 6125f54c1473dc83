#!/usr/bin/env bash
# Builds the deployable Azure Functions app (custom handler) and its zip:
#   <out>/app/host.json                      the repository's host.json
#   <out>/app/handler/JobFramework.Comp.Api  the HTTP service, self-contained for linux-x64
#   <out>/app/<Function>/function.json       one per endpoint and timer, read off the handler's route table
#   <out>/app/rules/                         the rule releases the service evaluates with
#   <out>/functionapp.zip                    the same, ready for `az functionapp deployment source config-zip`
# Usage: scripts/publish-functions.sh [out]   (default: out/functions)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$root/out/functions}" && cd "${1:-$root/out/functions}" && pwd)"
app="$out/app"
rm -rf "$app" "$out/functionapp.zip"
mkdir -p "$app"

echo "publish-functions: publishing the handler (self-contained, linux-x64)…"
# No global DebugType/GenerateDocumentationFile here: they would reach the referenced projects' ordinary
# Release builds and delete their .pdb/.xml under a concurrent build. The package drops them afterwards.
dotnet publish "$root/src/JobFramework.Comp.Api/JobFramework.Comp.Api.csproj" --configuration Release \
  --runtime linux-x64 --self-contained true \
  --output "$app/handler" --nologo --verbosity quiet
find "$app/handler" -maxdepth 1 \( -name '*.pdb' -o -name 'JobFramework.Comp.*.xml' \) -delete

# The function definitions come from the published handler itself, so they match what it serves.
"$app/handler/JobFramework.Comp.Api" functions "$app"
cp "$root/host.json" "$app/host.json"
mkdir -p "$app/rules"
cp -r "$root/rules/releases" "$root/rules/schema" "$app/rules/"

(cd "$app" && zip -qr -X "$out/functionapp.zip" .)
echo "publish-functions: $app and $out/functionapp.zip"
