#!/usr/bin/env bash
# The DynamoGen package as a user gets it:
#   1. pack Runtime/ (runtime + generator) into a local folder feed, under a version no cache has seen;
#   2. check the package's contents and metadata (readme, license, repository, XML docs, symbols, the generator);
#   3. check the packed generator references nothing newer than Roslyn 4.8 (the .NET 8 SDK's compiler);
#   4. create a project outside the repository that references only that package, build it with warnings as errors
#      (and the trim/AOT analyzers), and run a put/get against a local DynamoDB.
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
  rm -rf "$work" "$global_packages/dynamogen/$version"
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
echo "package test passed"
