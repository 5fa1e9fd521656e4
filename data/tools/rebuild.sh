#!/usr/bin/env bash
# Rebuilds the corpus from its hand-written sources: each part's generator, then the merge.
# Deterministic: the same sources give byte-identical data/posts.csv and data/comments.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
for part in parts/*/; do
  (cd "$part" && python3 build.py >/dev/null && python3 verify.py >/dev/null)
done
python3 tools/merge_parts.py
