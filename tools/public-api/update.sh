#!/usr/bin/env bash
# Rewrites Runtime/PublicAPI.Unshipped.txt from the runtime's actual public surface, so a deliberate API change is one
# command and shows in review as a diff of that file. Microsoft.CodeAnalysis.PublicApiAnalyzers fails the build on any
# public symbol not declared in PublicAPI.Shipped.txt or PublicAPI.Unshipped.txt (RS0016), and on a declared one that
# is gone (RS0017). At a release, move the Unshipped lines into Shipped.
#   tools/public-api/update.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
unshipped=Runtime/PublicAPI.Unshipped.txt
printf '#nullable enable\n' > "$unshipped"
log=$(mktemp)
# Warnings not as errors for this one build: every undeclared symbol is then reported (RS0016) instead of stopping
# at the first error. Both target frameworks, since their surfaces could differ.
dotnet build Runtime/DynamoGen.csproj -c Release -p:TreatWarningsAsErrors=false --no-incremental >"$log" 2>&1 || { cat "$log"; exit 1; }
grep -oE "RS0016: Symbol '[^']+' is not part of the declared public API" "$log" \
  | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
  | LC_ALL=C sort -u >> "$unshipped"
rm -f "$log"
echo "$(($(wc -l < "$unshipped") - 1)) symbols in $unshipped"
