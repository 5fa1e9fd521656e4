#!/usr/bin/env bash
# engage train (whole process: folds, held-out report, final model, save) vs the plain ML.NET pipeline's load + fit +
# evaluate (whole process and the three phases) on the same ROWS labeled comments cycled from the public corpora,
# run alternately ROUNDS times; prints every run, the medians and the ratio.
# Usage: benchmarks/scripts/train-vs-plain.sh [ROWS=100000] [ROUNDS=1]
source "$(dirname "$0")/common.sh"
rows="${1:-100000}" rounds="${2:-1}"
build
data="$(corpus "$rows")"

ours=() plain_process=() plain_phases=()
for round in $(seq "$rounds"); do
  ours+=("$(seconds "${engage[@]}" train --comments "$data" --out "$scratch/ours-model.zip")")
  plain_process+=("$(seconds "${plain[@]}" train "$data" "$scratch/plain-model-train.zip")")
  plain_phases+=("$(echo "$(phase load) + $(phase fit) + $(phase evaluate)" | bc -l | xargs printf '%.2f')")
  echo "round $round: engage train ${ours[-1]} s; plain process ${plain_process[-1]} s, load + fit + evaluate ${plain_phases[-1]} s"
done

# Where engage's time goes: its progress lines, stamped as they arrive, on one more run. A line names the step
# that just ended, so the time before it is that step's (the first line's: process start, reading the CSV).
start=$(date +%s.%N)
"${engage[@]}" train --comments "$data" --out "$scratch/ours-model.zip" 2>&1 >/dev/null \
  | while IFS= read -r line; do printf '%s %s\n' "$(date +%s.%N)" "$line"; done >"$scratch/train-stages.log"
echo "engage train, seconds before each progress line:"
awk -v prev="$start" '{ t = $1; $1 = ""; printf "%8.2f%s\n", t - prev, $0; prev = t }' "$scratch/train-stages.log"

m_ours=$(median "${ours[@]}") m_proc=$(median "${plain_process[@]}") m_phases=$(median "${plain_phases[@]}")
echo "rows $rows, rounds $rounds, medians: engage train $m_ours s; plain process $m_proc s, load + fit + evaluate $m_phases s"
echo "engage train / plain load + fit + evaluate: $(ratio "$m_ours" "$m_phases") (<= 1 is no slower); / plain process: $(ratio "$m_ours" "$m_proc")"
