#!/usr/bin/env bash
# engage score --comments (whole process, reasons on, the default) vs the plain ML.NET pipeline's CSV-to-CSV
# scoring, on ROWS comments cycled from the public corpora, run alternately ROUNDS times; prints every run, the
# medians and the ratios. The plain model is fitted once, beforehand, on 20,000 of the same rows.
# Usage: benchmarks/scripts/score-vs-plain.sh [ROWS=200000] [ROUNDS=3]
source "$(dirname "$0")/common.sh"
rows="${1:-200000}" rounds="${2:-3}"
build
comments="$(corpus "$rows")"
plain_model="$scratch/plain-model.zip"
"${plain[@]}" train "$(corpus 20000)" "$plain_model" 2>"$scratch/plain-train.log"

ours=() ours_no_reasons=() plain_process=() plain_phase=()
for round in $(seq "$rounds"); do
  ours+=("$(seconds "${engage[@]}" score --comments "$comments" --out "$scratch/ours.csv")")
  plain_process+=("$(seconds "${plain[@]}" score "$plain_model" "$comments" "$scratch/plain.csv")")
  plain_phase+=("$(phase score)")
  ours_no_reasons+=("$(seconds "${engage[@]}" score --comments "$comments" --out "$scratch/ours.csv" --no-reasons)")
  echo "round $round: engage ${ours[-1]} s (no reasons ${ours_no_reasons[-1]} s); plain process ${plain_process[-1]} s, scoring phase ${plain_phase[-1]} s"
done

m_ours=$(median "${ours[@]}") m_bare=$(median "${ours_no_reasons[@]}") m_proc=$(median "${plain_process[@]}") m_phase=$(median "${plain_phase[@]}")
echo "rows $rows, rounds $rounds, medians: engage score $m_ours s, without reasons $m_bare s; plain process $m_proc s, plain scoring phase $m_phase s"
echo "speed-up, engage (whole process, reasons on) vs plain scoring phase alone: $(ratio "$m_phase" "$m_ours")x; vs plain process: $(ratio "$m_proc" "$m_ours")x; without reasons vs plain phase: $(ratio "$m_phase" "$m_bare")x"
