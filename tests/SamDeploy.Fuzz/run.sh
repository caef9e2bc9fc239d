#!/usr/bin/env bash
# Builds the fuzz target, instruments it with SharpFuzz and runs AFL++ on it (one instance).
#   tests/SamDeploy.Fuzz/run.sh [SECONDS]        fuzz for SECONDS (default 1800), then print the summary
#   tests/SamDeploy.Fuzz/run.sh replay PATH...   run saved inputs once each (a crash, or the seed folder)
# Needs: the .NET SDK, AFL++ (Debian: apt-get install afl++) and the SharpFuzz tool
# (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0).
# Output (never committed): tests/SamDeploy.Fuzz/out and out-replay (builds) and tests/SamDeploy.Fuzz/findings (AFL's state).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/out"
findings="${SAMDEPLOY_FUZZ_FINDINGS:-$here/findings}"

if [[ "${1:-}" == "replay" ]]; then
  # Replay with an uninstrumented build: instrumented code expects AFL's shared memory and fails without it.
  shift
  dotnet publish "$here/SamDeploy.Fuzz.csproj" -c Release -o "$here/out-replay" --nologo -v quiet
  exec dotnet "$here/out-replay/SamDeploy.Fuzz.dll" replay "$@"
fi

dotnet publish "$here/SamDeploy.Fuzz.csproj" -c Release -o "$out" --nologo -v quiet

# Instrument our library and the YAML parser under it (not the harness, not Newtonsoft.Json).
export PATH="$PATH:$HOME/.dotnet/tools"
for dll in SamDeploy.dll YamlDotNet.dll; do
  sharpfuzz "$out/$dll" || true   # prints "already instrumented" on a second run
done

seconds="${1:-1800}"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
input="$here/seeds"
if [[ -d "$findings/default/queue" ]]; then input="-"; fi   # resume
afl-fuzz -i "$input" -o "$findings" -x "$here/sam.dict" -t 5000 -m none -V "$seconds" -- dotnet "$out/SamDeploy.Fuzz.dll" afl
cat "$findings/default/fuzzer_stats"
