#!/usr/bin/env bash
# Runs the samples against local DynamoDBs (two dynalite servers on free loopback ports), each configured through its
# environment variables as it would be in production.
#
#   samples/run.sh [--native] [Sample ...]     default: every project under samples/
#
#   --native   publish each sample with NativeAOT (net8.0, linux-x64) into artifacts/samples/<Sample>/, fail on any
#              warning in the publish log (IL2xxx trim and IL3xxx AOT analysis warnings among them), then run the
#              native binary. This is what CI runs. Without it, samples run with `dotnet run` (JIT).
#
# Each sample checks its own results and exits non-zero when something is wrong. Prints "N ok, N failed" last.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
source .ci/dynalite.sh

native=0
[ "${1:-}" = "--native" ] && { native=1; shift; }
if [ $# -gt 0 ]; then
  samples=("$@")
else
  samples=()
  for project in samples/*/*.csproj; do
    case "$project" in *.Tests/*) continue ;; esac   # a sample's tests run with dotnet test, not here
    samples+=("$(basename "$(dirname "$project")")")
  done
fi

# The NativeAOT toolchain links with clang; some machines only have a versioned binary (clang-14).
publish_args=(-c Release -r linux-x64)
if ! command -v clang >/dev/null 2>&1 && command -v clang-14 >/dev/null 2>&1; then
  publish_args+=(-p:CppCompilerAndLinker=clang-14)
fi

ok=0
failed=0
pass() { echo "ok: $*"; ok=$((ok + 1)); }
fail() { echo "FAILED: $*"; failed=$((failed + 1)); }

# --- publish (native mode)
declare -A publishable
if [ "$native" -eq 1 ]; then
  mkdir -p artifacts/samples
  for sample in "${samples[@]}"; do
    out="artifacts/samples/$sample"
    log="artifacts/samples/$sample.publish.log"
    rm -rf "$out"
    started=$(date +%s)
    dotnet publish "samples/$sample" "${publish_args[@]}" -o "$out" >"$log" 2>&1
    status=$?
    seconds=$(( $(date +%s) - started ))
    # Any warning fails: IL2xxx (trim analysis) and IL3xxx (AOT analysis) from DynamoGen, the AWS SDK or the sample.
    # The compiler writes "file.cs(1,2): warning IL2026: ...", ILC "...: Trim analysis warning IL2026: ..." and
    # "AOT analysis warning IL3050"; with warnings as errors they read "error".
    warnings=$(grep -E "(warning|error) [A-Z]{2,}[0-9]{3,}" "$log" | sort -u)
    il_warnings=$(grep -cE "(warning|error) IL[23][0-9]{3}" <<<"$warnings")
    if [ "$status" -ne 0 ] || [ -n "$warnings" ] || [ ! -x "$out/$sample" ]; then
      cat "$log"
      fail "$sample: NativeAOT publish (exit $status, $il_warnings IL2xxx/IL3xxx warnings; log: $log)"
    else
      size=$(stat -c %s "$out/$sample")
      printf 'ok: %s: published with NativeAOT in %ss, 0 warnings (0 IL2xxx/IL3xxx), native binary %s bytes (%.1f MB)\n' \
        "$sample" "$seconds" "$size" "$(echo "$size / 1048576" | bc -l)"
      ok=$((ok + 1))
      publishable[$sample]=1
    fi
  done
fi

# --- run
start_dynalite primary || { echo "0 ok, 1 failed"; exit 1; }
start_dynalite secondary || { echo "0 ok, 1 failed"; exit 1; }
start_dax_stand_in dax "$primary" || { echo "0 ok, 1 failed"; exit 1; }
scratch=$(mktemp -d)
trap 'stop_dynalites; rm -rf "$scratch"' EXIT
# A loopback port nothing listens on: what an unreachable DAX cluster looks like (connection refused).
closed_port="http://127.0.0.1:$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
echo "local DynamoDBs: primary $primary, secondary $secondary; DAX stand-in $dax (forwards to primary); unreachable DAX $closed_port"

# Runs a sample with the given environment (NAME=value ...) and arguments (after --).
run() {
  local sample=$1; shift
  local env=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do env+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift
  if [ "$native" -eq 1 ]; then
    env "${env[@]}" "artifacts/samples/$sample/$sample" "$@"
  else
    env "${env[@]}" dotnet run --project "samples/$sample" -c Release -- "$@"
  fi
}

# The environment of each sample, as its README describes it.
local_credentials=(DYNAMO_REGION=us-east-1 DYNAMO_ACCESS_KEY_ID=local DYNAMO_SECRET_ACCESS_KEY=local)
run_sample() {
  local sample=$1
  case "$sample" in
    QuickStart)
      # Once on the SDK engine, once on the direct engine (the same binary).
      run QuickStart "DYNAMODB_ENDPOINT=$primary" | tee "$scratch/quick.txt" && grep -q "equals the item written" "$scratch/quick.txt" \
        && run QuickStart "DYNAMODB_ENDPOINT=$primary" DYNAMOGEN_ENGINE=direct | tee "$scratch/quick.txt" \
        && grep -q "Engine: direct" "$scratch/quick.txt" && grep -q "equals the item written" "$scratch/quick.txt" ;;
    PerTableConnections)
      run PerTableConnections "DYNAMO_ENDPOINT=$primary" "${local_credentials[@]}" \
        "AUDIT_DYNAMO_ENDPOINT=$secondary" AUDIT_DYNAMO_REGION=eu-west-1 AUDIT_DYNAMO_ACCESS_KEY_ID=audit AUDIT_DYNAMO_SECRET_ACCESS_KEY=audit ;;
    AppRegistry)
      # soketi's variables; credentials from the AWS SDK's default chain, as in soketi. Provisioning first (an operator's job).
      local app_env=("APP_MANAGER_DYNAMODB_ENDPOINT=$primary" APP_MANAGER_DYNAMODB_REGION=us-east-1 APP_MANAGER_DYNAMODB_TABLE=apps
                     AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local)
      run AppRegistry "${app_env[@]}" -- provision && run AppRegistry "${app_env[@]}" ;;
    FeatureFlags)
      # The store never creates its table: provisioning first. Then once with the cache and once without (TTL 0).
      local flag_env=("DYNAMO_ENDPOINT=$primary" "${local_credentials[@]}" FLAGS_TABLE=launchdarkly-flags)
      run FeatureFlags "${flag_env[@]}" -- provision && run FeatureFlags "${flag_env[@]}" \
        && run FeatureFlags "${flag_env[@]}" FLAGS_CACHE_TTL_SECONDS=0 ;;
    DaxUsers)
      # DAX: a stand-in endpoint forwarding to the primary DynamoDB; then a closed port, so every call falls back.
      local user_env=("DYNAMO_ENDPOINT=$primary" "${local_credentials[@]}")
      run DaxUsers "${user_env[@]}" "DAX_ENDPOINT=$dax" | tee "$scratch/dax.txt" && grep -q "DAX answered" "$scratch/dax.txt" \
        && run DaxUsers "${user_env[@]}" "DAX_ENDPOINT=$closed_port" | tee "$scratch/dax.txt" && grep -q "fallback" "$scratch/dax.txt" ;;
    StreamHandler)
      # A Lambda DynamoDB event from a file (events/orders.json beside the binary); no DynamoDB needed.
      run StreamHandler ;;
    *)
      echo "samples/run.sh does not know how to run $sample: add it to run_sample"; return 1 ;;
  esac
}

for sample in "${samples[@]}"; do
  if [ "$native" -eq 1 ] && [ -z "${publishable[$sample]:-}" ]; then
    continue
  fi
  echo "--- $sample$([ "$native" -eq 1 ] && echo " (native binary)")"
  if run_sample "$sample"; then
    pass "$sample ran"
  else
    fail "$sample: run"
  fi
done

echo "$ok ok, $failed failed"
[ "$failed" -eq 0 ]
