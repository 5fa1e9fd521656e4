#!/usr/bin/env bash
# What training at scale gives on sources it never saw: engage train on ROWS labeled comments cycled from the public
# corpora except the held-out ones (default: YouTube and Instagram, the two with both spam and genuine comments beside
# the SMS collection), then each held-out corpus scored by that model. Prints the training report's out-of-fold numbers
# (optimistic here: cycled copies of a comment sit in other threads) and, per held-out source, AUC and spam recall at a
# held-out genuine false-positive rate of 1% and 5% (heldout-metrics.py). To judge a change of the trainer, run it on both
# builds (a checkout of main, then the branch) with the same ROWS: the quality a speed-up must keep.
# Usage: benchmarks/scripts/heldout-sources.sh [ROWS=100000] [HELD_OUT...=youtube-spam-collection scamspot-instagram]
source "$(dirname "$0")/common.sh"
rows="${1:-100000}"
shift || true
held_out=("${@:-youtube-spam-collection scamspot-instagram}")
read -r -a held_out <<<"${held_out[*]}"
shared="$(cd "${ENGAGE_SHARED_DATA:-$repo/../shared/data}" && pwd)"
build

# The training corpora: links to every public corpus but the held-out ones, for cycle-corpora.py.
kept="$scratch/heldout-kept"
rm -rf "$kept" && mkdir -p "$kept"
for dir in "$shared"/*/; do
  name="$(basename "$dir")"
  [[ " ${held_out[*]} " == *" $name "* ]] || ln -s "$dir" "$kept/$name"
done
data="$scratch/heldout-train-$rows.csv"
ENGAGE_SHARED_DATA="$kept" python3 "$repo/benchmarks/scripts/cycle-corpora.py" "$rows" "$data"

echo "training on $rows rows cycled from: $(ls "$kept" | xargs)"
"${engage[@]}" train --comments "$data" --out "$scratch/heldout-model.zip" --json >"$scratch/heldout-train.json"
python3 - "$scratch/heldout-train.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
h = r["held_out"]
print(f"folds {r['folds']}, out-of-fold: auc {h['auc']:.4f}, genuine FPR {h['genuine_false_positive_rate']:.4f}, "
      f"spam recall {h['spam_recall']:.4f}, threshold {r['spam_threshold']:.4f}")
PY
for name in "${held_out[@]}"; do
  labeled="$(ls "$shared/$name"/*.dedup.csv)"
  "${engage[@]}" score --model "$scratch/heldout-model.zip" --comments "$labeled" --out "$scratch/heldout-$name.csv" --no-reasons \
    >"$scratch/heldout-score.log" 2>&1 || { cat "$scratch/heldout-score.log" >&2; exit 1; }
  echo "held out $name: $(python3 "$repo/benchmarks/scripts/heldout-metrics.py" "$scratch/heldout-$name.csv" "$labeled")"
done
