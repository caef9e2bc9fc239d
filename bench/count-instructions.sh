#!/usr/bin/env bash
# Instructions per transform of one template, counted by callgrind: a measure of a transform's work that does not move
# with the load of a shared machine (time there can move 2x between runs minutes apart). Runs the benchmark project's
# `repeat TEMPLATE N` under callgrind for two counts and divides the difference, so start-up, JIT and the first
# transform drop out. Reported by where the instructions ran: the JIT-compiled code (ours, Newtonsoft's, the base
# library's), the runtime (allocation helpers and the garbage collector: this part moves with where collections fall),
# the C library (mostly clearing newly allocated memory) and the rest.
#
#   bench/count-instructions.sh [--text] TEMPLATE [FEW] [MANY]   (defaults 2 and 8; about a minute per count at 100 functions)
#
# Without --text each transform is the public Transform(JObject) of a tree read once (it copies the tree first); with
# --text it is Transform(string), reading included, which transforms the tree it read in place as `samdeploy transform`
# does (and skips the walk the reader's findings make unnecessary).
#
# Needs valgrind (Debian: apt-get install valgrind). Compare two builds on the same machine: JIT-compiled code is the
# same from run to run, the runtime's part within a few percent.
set -euo pipefail

mode=()
if [[ "${1:-}" == "--text" ]]; then
  mode=(--text)
  shift
fi

if [[ $# -lt 1 ]]; then
  echo "usage: $0 [--text] TEMPLATE [FEW] [MANY]" >&2
  exit 2
fi

template="$1"
few="${2:-2}"
many="${3:-8}"
if ! command -v valgrind >/dev/null 2>&1 || ! command -v callgrind_annotate >/dev/null 2>&1; then
  echo "$0: needs valgrind and callgrind_annotate (Debian: apt-get install valgrind)" >&2
  exit 2
fi

if [[ "$many" -le "$few" ]]; then
  echo "$0: MANY ($many) must be larger than FEW ($few)" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build -c Release "$root/bench/SamDeploy.Benchmarks" -v quiet -nologo >/dev/null
dll="$root/bench/SamDeploy.Benchmarks/bin/Release/net10.0/SamDeploy.Benchmarks.dll"
work="$(mktemp -d "${TMPDIR:-/tmp}/samdeploy-callgrind.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Fully optimized code from the first call (no tiering, no PGO: the same code in every run), writable code pages as
# valgrind needs them, and a large gen0 budget so that few collections fall inside the measured transforms.
export DOTNET_TieredCompilation=0 DOTNET_TieredPGO=0 DOTNET_EnableWriteXorExecute=0 DOTNET_GCgen0size=0x40000000

# Instructions by object file: "object count" lines.
count() {
  local n="$1"
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.$n" dotnet "$dll" repeat "$template" "$n" "${mode[@]}" >"$work/log.$n" 2>&1 \
    || { cat "$work/log.$n" >&2; exit 1; }
  callgrind_annotate --inclusive=no --threshold=100 "$work/cg.$n" \
    | awk 'match($0, /\[[^]]*\][[:space:]]*$/) {
             object = substr($0, RSTART + 1, RLENGTH - 1); sub(/\][[:space:]]*$/, "", object); sub(/.*\//, "", object)
             value = $1; gsub(/,/, "", value); sum[object] += value
           }
           END { for (o in sum) print o, sum[o] }'
}

count "$few" >"$work/few"
count "$many" >"$work/many"
awk -v runs=$((many - few)) -v template="$template" '
  NR == FNR { before[$1] = $2; next }
  { after[$1] = $2 }
  END {
    for (o in after) { d = (after[o] - before[o]) / runs; total += d
      if (o == "???") jit += d; else if (o == "libcoreclr.so") runtime += d; else if (o ~ /^libc\.so/) libc += d; else other += d }
    printf "%s: instructions per transform (%d transforms between the two counts)\n", template, runs
    printf "  total                 %14.0f\n", total
    printf "  JIT-compiled code     %14.0f\n", jit
    printf "  runtime (alloc, GC)   %14.0f\n", runtime
    printf "  C library (memset)    %14.0f\n", libc
    printf "  other                 %14.0f\n", other
  }' "$work/few" "$work/many"
