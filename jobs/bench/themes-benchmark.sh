#!/usr/bin/env bash
# Theme quality and speed, printed as figures (not a timed test). From the repository root:
#   jobs/bench/themes-benchmark.sh [quality|scale|run|all] [SHARED_DIR]
# quality: ./needmap themes on BANKING77 test.csv (3,080 texts, 77 intents), k=77 and k=auto, seeds 42 1 2,
#          for each mode in $MODES (default "lexical semantic"), scored by SHARED_DIR/tools/score
#          (--noise cluster); prints each run, then mean and spread.
# scale:   1,000,000 ticket texts from the data-samples generator, themed (lexical) with -Xmx6g; wall time
#          and peak memory.
# run:     the whole quarterly run (default vectors) on generated data: 100,000 tickets + 10,000 responses,
#          then 1,000,000 tickets + 100,000 responses, with -Xmx6g; wall time, peak memory, stage timings.
# SHARED_DIR defaults to ../shared (beside the checkout).
set -euo pipefail
cd "$(dirname "$0")/../.."
what="${1:-all}"
shared="$(cd "${2:-../shared}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./needmap --version >/dev/null   # builds on first use, outside the timings

timed() { # timed LOG CMD...: runs CMD, appends "wall_s peak_mb" to LOG
  local log="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r wall kb <"$work/time"
  echo "$wall $((kb / 1024))" >>"$log"
}

quality() {
  for mode in ${MODES:-lexical semantic}; do
    echo "== vectors: $mode"
    quality_of "$mode"
  done
}

quality_of() {
  local mode="$1"
  local gold="$shared/datasets/banking77/test.csv"
  for k in 77 auto; do
    : >"$work/scores-$k"
    for seed in 42 1 2; do
      : >"$work/t"
      timed "$work/t" ./needmap themes --input "$gold" --text-column text --k "$k" --seed "$seed" \
        --vectors "$mode" --out "$work/pred.csv"
      read -r wall mb <"$work/t"
      formed=$(awk -F, 'NR > 1 && $2 != -1 { seen[$2] = 1 } END { print length(seen) }' "$work/pred.csv")
      unclustered=$(awk -F, 'NR > 1 { n++; if ($2 == -1) u++ } END { printf "%.3f", u / n }' "$work/pred.csv")
      scores=$("$shared/tools/score" "$gold" "$work/pred.csv" --noise cluster --json)
      python3 - "$k" "$seed" "$wall" "$mb" "$formed" "$unclustered" "$scores" >>"$work/scores-$k" <<'PY'
import json, sys
k, seed, wall, mb, formed, unclustered, scores = sys.argv[1:]
s = json.loads(scores)
print(f"{k} {seed} {s['NMI']:.4f} {s['ARI']:.4f} {s['ACC']:.4f} {formed} {unclustered} {wall} {mb}")
PY
    done
  done
  printf '%-5s %-5s %-7s %-7s %-7s %-7s %-12s %-7s %s\n' k seed NMI ARI ACC themes unclustered wall_s peak_MB
  cat "$work/scores-77" "$work/scores-auto" | while read -r line; do printf '%-5s %-5s %-7s %-7s %-7s %-7s %-12s %-7s %s\n' $line; done
  for k in 77 auto; do
    python3 - "$k" "$work/scores-$k" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[2]) if l.strip()]
for name, i in (("NMI", 2), ("ARI", 3), ("ACC", 4)):
    v = [float(r[i]) for r in rows]
    print(f"k={sys.argv[1]} {name}: mean {statistics.mean(v):.4f}, min {min(v):.4f}, max {max(v):.4f}, sd {statistics.pstdev(v):.4f}")
PY
  done
}

scale() {
  local n=1000000
  echo "generating $n tickets per quarter with the data-samples generator …"
  ./needmap generate-samples --out "$work/big" --seed 7 --tickets-per-quarter "$n" --responses-per-quarter 1000 >/dev/null
  local tickets="$work/big/tickets-2026-q3.csv"
  echo "texts: $(($(python3 -c "import csv,sys; csv.field_size_limit(10**9); print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8'))))" "$tickets") - 1))"
  : >"$work/t"
  JAVA_OPTS="-Xmx6g" timed "$work/t" ./needmap themes --input "$tickets" --text-column description --k auto \
    --vectors lexical --out "$work/big-pred.csv"
  read -r wall mb <"$work/t"
  grep -E "texts →" "$work/out" || true
  echo "1M ticket texts, k auto, -Xmx6g: wall ${wall} s, peak RSS ${mb} MB"
}

fullrun() {
  for size in "100000 10000" "1000000 100000"; do
    set -- $size
    rm -rf "$work/gen" "$work/runout"
    ./needmap generate-samples --out "$work/gen" --seed 7 --tickets-per-quarter "$1" --responses-per-quarter "$2" >/dev/null
    : >"$work/t"
    JAVA_OPTS="-Xmx6g" timed "$work/t" ./needmap run --surveys "$work/gen/surveys-2026-q3.csv" \
      --tickets "$work/gen/tickets-2026-q3.csv" --goals "$work/gen/goals.xlsx" --time-zone Europe/Berlin --out "$work/runout"
    read -r wall mb <"$work/t"
    grep -E "^(ingest|themes|done)" "$work/out" || true
    python3 - "$work/runout/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
print("stages:", ", ".join(f"{s['stage']} {s['millis'] / 1000:.1f} s" for s in m["stages"]),
      "| vectors", m["parameters"].get("vectors"), "| texts", m["parameters"].get("texts"))
PY
    echo "run with $1 tickets + $2 responses, -Xmx6g: wall ${wall} s, peak RSS ${mb} MB"
  done
}

case "$what" in
  quality) quality ;;
  scale) scale ;;
  run) fullrun ;;
  all) quality; scale; fullrun ;;
  *) echo "usage: $0 [quality|scale|run|all] [SHARED_DIR]" >&2; exit 2 ;;
esac
