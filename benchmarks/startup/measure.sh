#!/usr/bin/env bash
# Start-up of samples/QuickStart as a NativeAOT binary, against the same scenario under the JIT: QuickStart itself
# (DynamoGen, framework-dependent) and benchmarks/startup/QuickStart.DynamoDBContext (the AWS SDK's DynamoDBContext).
#
#   benchmarks/startup/measure.sh [runs]      (default 10 runs of each, after one warm-up run of each)
#
# For each run: the time from process start to the first item read (the shell takes $EPOCHREALTIME just before it
# starts the process; the program prints the wall clock right after its first GetItem returned and was mapped), and
# the peak resident memory (/usr/bin/time -v, "Maximum resident set size"). All three share one local dynalite, with
# the table already created by the warm-up. Prints a Markdown table of medians (and min-max). A measurement for the
# docs (docs/native-aot.md), not a test: it is not run by CI.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
source .ci/dynalite.sh
runs=${1:-10}
out=artifacts/startup
mkdir -p "$out"

publish_args=(-c Release -r linux-x64)
command -v clang >/dev/null 2>&1 || publish_args+=(-p:CppCompilerAndLinker=clang-14)
echo "publishing (NativeAOT, then framework-dependent)..." >&2
dotnet publish samples/QuickStart "${publish_args[@]}" -o "$out/aot" >"$out/aot.log" 2>&1 || { cat "$out/aot.log"; exit 1; }
# The same sample built without the direct engine (-p:QuickStartEngine=sdk): the size the direct engine adds.
dotnet publish samples/QuickStart "${publish_args[@]}" -p:QuickStartEngine=sdk -o "$out/aot-sdk" >"$out/aot-sdk.log" 2>&1 || { cat "$out/aot-sdk.log"; exit 1; }
dotnet publish samples/QuickStart -c Release -p:PublishAot=false -o "$out/jit" >"$out/jit.log" 2>&1 || { cat "$out/jit.log"; exit 1; }
dotnet publish benchmarks/startup/QuickStart.DynamoDBContext -c Release -o "$out/context" >"$out/context.log" 2>&1 || { cat "$out/context.log"; exit 1; }

start_dynalite endpoint
trap stop_dynalites EXIT
export DYNAMODB_ENDPOINT=$endpoint REPORT_FIRST_READ=1

names=("DynamoGen, SDK engine, NativeAOT" "DynamoGen, direct engine, NativeAOT" "DynamoGen, SDK engine, JIT" "DynamoDBContext, JIT")
# Each command runs under env(1), so a run can set the engine.
commands=("$out/aot-sdk/QuickStart" "DYNAMOGEN_ENGINE=direct $out/aot/QuickStart" "$out/jit/QuickStart" "$out/context/QuickStart.DynamoDBContext")

# One run: prints "<ms to first read> <peak RSS in KiB>".
measure() {
  local t0 output
  t0=$EPOCHREALTIME
  # shellcheck disable=SC2086 # a command is words: an optional NAME=value, then the program
  output=$(/usr/bin/time -v env $1 2>&1) || { echo "$output" >&2; return 1; }
  local read_us rss_kib
  read_us=$(sed -n 's/^first-read-unix-us: //p' <<<"$output")
  rss_kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' <<<"$output")
  echo "$(( (read_us - ${t0/./}) / 1000 )) $rss_kib"
}

for i in "${!commands[@]}"; do measure "${commands[$i]}" >/dev/null; done   # warm-up: table, page cache
declare -A times rss
for run in $(seq "$runs"); do
  for i in "${!commands[@]}"; do   # interleaved, so load from other processes spreads over all three
    read -r ms kib < <(measure "${commands[$i]}")
    times[$i]+="$ms "
    rss[$i]+="$kib "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)) }'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }'; }
# Bytes deployed: every file but debug symbols (.pdb, .dbg) and XML docs.
size_of() { find "$1" -type f ! -name '*.pdb' ! -name '*.dbg' ! -name '*.xml' -printf '%s\n' | awk '{ s += $1 } END { print s }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }

echo
echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg); .NET runtime $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print v }'); $runs runs each, medians (min-max)"
echo
echo "| | time to first item read | peak memory (RSS) | deployed size |"
echo "|---|---|---|---|"
echo "| ${names[0]} | $(median <<<"${times[0]}") ms ($(range <<<"${times[0]}")) | $(( $(median <<<"${rss[0]}") / 1024 )) MB | $(mb "$(size_of "$out/aot-sdk/QuickStart")") (one file, no runtime needed; built without the direct engine) |"
echo "| ${names[1]} | $(median <<<"${times[1]}") ms ($(range <<<"${times[1]}")) | $(( $(median <<<"${rss[1]}") / 1024 )) MB | $(mb "$(size_of "$out/aot/QuickStart")") (one file, both engines) |"
echo "| ${names[2]} | $(median <<<"${times[2]}") ms ($(range <<<"${times[2]}")) | $(( $(median <<<"${rss[2]}") / 1024 )) MB | $(mb "$(size_of "$out/jit")") + the .NET runtime |"
echo "| ${names[3]} | $(median <<<"${times[3]}") ms ($(range <<<"${times[3]}")) | $(( $(median <<<"${rss[3]}") / 1024 )) MB | $(mb "$(size_of "$out/context")") + the .NET runtime |"
