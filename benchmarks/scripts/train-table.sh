#!/usr/bin/env bash
# The training table: engage train (whole process) and the plain ML.NET pipeline (whole process: load, fit, evaluate,
# save) on ROWS labeled comments cycled from the public corpora, for each ROWS given, one after the other; prints wall
# seconds and peak resident memory (GNU time's "Maximum resident set size") of each, and a markdown row per size.
# WHICH picks the side: both (the default), engage or plain.
# Usage: benchmarks/scripts/train-table.sh [WHICH=both] [ROWS...=10000 100000 1000000]
source "$(dirname "$0")/common.sh"
which="${1:-both}"
shift || true
sizes=("${@:-10000 100000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
[ -x /usr/bin/time ] || { echo "train-table: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }
build

# measure NAME COMMAND... : runs it under GNU time; prints "SECONDS PEAK_MB".
measure() {
  local log="$scratch/table-$1.log"
  shift
  /usr/bin/time -v "$@" >"$log" 2>&1 || { cat "$log" >&2; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
              /Maximum resident set size/ { kb = $2 }
              END { printf "%.1f %.0f\n", s, kb / 1024 }' "$log"
}

echo "| rows | engage train | peak RSS | plain load + fit + evaluate + save | peak RSS | time ratio |"
echo "|---:|---:|---:|---:|---:|---:|"
for rows in "${sizes[@]}"; do
  data="$(corpus "$rows")"
  ours=("-" "-") plain_run=("-" "-") ratio_text="-"
  if [ "$which" != plain ]; then
    result="$(measure "engage-$rows" "${engage[@]}" train --comments "$data" --out "$scratch/table-ours-$rows.zip")" || exit 1
    read -r -a ours <<<"$result"
  fi
  if [ "$which" != engage ]; then
    result="$(measure "plain-$rows" "${plain[@]}" train "$data" "$scratch/table-plain-$rows.zip")" || exit 1
    read -r -a plain_run <<<"$result"
  fi
  if [ "$which" = both ]; then ratio_text="$(ratio "${ours[0]}" "${plain_run[0]}")"; fi
  echo "| $rows | ${ours[0]} s | ${ours[1]} MB | ${plain_run[0]} s | ${plain_run[1]} MB | $ratio_text |"
done
