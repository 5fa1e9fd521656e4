#!/usr/bin/env bash
# Featurizes the same comments with this working tree and with revision REV (default main) and says whether every
# signal, n-gram bucket and word count is bit-identical: the check a speed change to the featurizer must pass (one that
# fails changes the default model, which must then be retrained). Reads data/comments.csv with data/posts.csv, then
# ROWS rows cycled from the public corpora (as the other scripts do). REV's tree is exported to the scratch folder and
# gets this tree's dump code (Program.cs and Support/FeatureDump.cs of the benchmarks project).
# Usage: benchmarks/scripts/feature-parity.sh [REV=main] [ROWS=60000]
source "$(dirname "$0")/common.sh"
rev="${1:-main}" rows="${2:-60000}"
other="$scratch/parity-$(git -C "$repo" rev-parse --short "$rev")"
rm -rf "$other" && mkdir -p "$other"
git -C "$repo" archive "$rev" | tar -x -C "$other"
cp "$repo/benchmarks/Engage.Classifier.Benchmarks/Program.cs" "$other/benchmarks/Engage.Classifier.Benchmarks/Program.cs"
cp "$repo/benchmarks/Engage.Classifier.Benchmarks/Support/FeatureDump.cs" "$other/benchmarks/Engage.Classifier.Benchmarks/Support/FeatureDump.cs"
cycled="$(corpus "$rows")"
for tree in "$repo" "$other"; do
  echo "building the benchmarks project in $tree (Release)" >&2
  dotnet build -c Release -v q --nologo "$tree/benchmarks/Engage.Classifier.Benchmarks" >&2
done
status=0
for input in "$repo/data/comments.csv $repo/data/posts.csv" "$cycled"; do
  for tree in "$repo" "$other"; do
    dotnet "$tree/benchmarks/Engage.Classifier.Benchmarks/bin/Release/net10.0/Engage.Classifier.Benchmarks.dll" features $input "$scratch/features-$(basename "$tree").bin"
  done
  if cmp -s "$scratch/features-$(basename "$repo").bin" "$scratch/features-$(basename "$other").bin"; then
    echo "identical: $(basename "${input%% *}")"
  else
    echo "DIFFERENT: $(basename "${input%% *}")"; status=1
  fi
done
exit $status
