# Shared by the timing scripts: builds the engage CLI and the plain pipeline in Release, and times commands.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scratch="${ENGAGE_BENCH_SCRATCH:-${TMPDIR:-/tmp}/engage-bench}"
mkdir -p "$scratch"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

build() {
  echo "building engage and the plain pipeline (Release)" >&2
  dotnet build -c Release -v q --nologo "$repo/src/Engage.Classifier.Cli" >&2
  dotnet build -c Release -v q --nologo "$repo/benchmarks/Engage.Classifier.PlainPipeline" >&2
  engage=(dotnet "$repo/src/Engage.Classifier.Cli/bin/Release/net10.0/Engage.Classifier.Cli.dll")
  plain=(dotnet "$repo/benchmarks/Engage.Classifier.PlainPipeline/bin/Release/net10.0/Engage.Classifier.PlainPipeline.dll")
}

# corpus ROWS -> path of a cycled corpus of ROWS rows (made once).
corpus() {
  local path="$scratch/cycled-$1.csv"
  [ -f "$path" ] || python3 "$repo/benchmarks/scripts/cycle-corpora.py" "$1" "$path"
  echo "$path"
}

# seconds COMMAND... : runs it (output to $scratch/last.log) and prints the wall-clock seconds.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >"$scratch/last.log" 2>&1 || { cat "$scratch/last.log" >&2; return 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l | xargs printf '%.2f\n'
}

# phase NAME : the seconds the plain pipeline printed for phase NAME in its last run.
phase() { awk -v p="$1" '$1 == "phase" && $2 == p { print $3 }' "$scratch/last.log"; }

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }
