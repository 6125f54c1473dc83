#!/usr/bin/env bash
# Builds the deployable Azure Functions app — an isolated worker on .NET 10 (ASP.NET Core integration) — and its zip:
#   <out>/app/                      the published worker: JobFramework.Comp.Functions.dll, worker.config.json,
#                                   functions.metadata, host.json, the extension bundle's metadata (.azurefunctions/)
#   <out>/app/rules/                the rule releases the service evaluates with (Comp__Rules=rules)
#   <out>/functionapp.zip           the same, ready for `az functionapp deployment source config-zip`
# Usage: scripts/publish-functions.sh [out]   (default: out/functions)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$root/out/functions}" && cd "${1:-$root/out/functions}" && pwd)"
app="$out/app"
rm -rf "$app" "$out/functionapp.zip"
mkdir -p "$app"

echo "publish-functions: publishing the isolated worker (linux-x64, framework-dependent: Flex Consumption runs dotnet-isolated 10.0)…"
# No global DebugType/GenerateDocumentationFile here: they would reach the referenced projects' ordinary
# Release builds and delete their .pdb/.xml under a concurrent build. The package drops them afterwards.
dotnet publish "$root/src/JobFramework.Comp.Functions/JobFramework.Comp.Functions.csproj" --configuration Release \
  --runtime linux-x64 --self-contained false \
  --output "$app" --nologo --verbosity quiet
find "$app" -maxdepth 1 \( -name '*.pdb' -o -name 'JobFramework.Comp.*.xml' \) -delete
# The development API keys (hashes of keys the README publishes) serve `dotnet run` of the local service only.
rm -f "$app/appsettings.Development.json"

mkdir -p "$app/rules"
cp -r "$root/rules/releases" "$root/rules/schema" "$app/rules/"

(cd "$app" && zip -qr -X "$out/functionapp.zip" .)
echo "publish-functions: $app and $out/functionapp.zip"
