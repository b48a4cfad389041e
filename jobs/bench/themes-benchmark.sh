#!/usr/bin/env bash
# Theme quality and speed, printed as figures (not a timed test). From the repository root:
#   jobs/bench/themes-benchmark.sh [quality|scale|run|all] [SHARED_DIR]
# quality: the three dev sets, scored by SHARED_DIR/tools/score (--noise cluster):
#          BANKING77 test.csv (3,080 texts, 77 intents), ./needmap themes k=77 and k=auto, seeds 42 1 2, for
#          each mode in $MODES (default "semantic"); StackOverflow20 (20,000 titles, 20 tags), k=20, seeds
#          42 1 2, then the fast path of large inputs (--embed-all-up-to 0) and its agreement with full
#          embedding; the demo's planted themes (./needmap demo scored against generate-samples
#          --theme-labels, seed 42) and a held-out generated quarter (seed 7) run the same way.
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
  for mode in ${MODES:-semantic}; do
    echo "== BANKING77 (77 fine intents), vectors: $mode"
    banking77 "$mode"
  done
  echo "== StackOverflow20 (20 coarse IT topics), vectors: semantic"
  stackoverflow20
  echo "== demo's planted themes (data-samples, generator seed 42) and a held-out set (generator seed 7)"
  planted
}

# score_line GOLD PRED: "NMI ARI ACC" of a prediction (unassigned rows form one noise cluster)
score_line() {
  "$shared/tools/score" "$1" "$2" --noise cluster --json \
    | python3 -c 'import json, sys; s = json.load(sys.stdin); print("%.4f %.4f %.4f" % (s["NMI"], s["ARI"], s["ACC"]))'
}

# themes_row LOG GOLD K SEED [more themes flags]: one themes run on GOLD's text column, scored, appended to LOG
themes_row() {
  local log="$1" gold="$2" k="$3" seed="$4"; shift 4
  : >"$work/t"
  rm -f "$work/pred.csv"   # needmap themes never overwrites a file
  timed "$work/t" ./needmap themes --input "$gold" --text-column text --k "$k" --seed "$seed" --out "$work/pred.csv" "$@"
  read -r wall mb <"$work/t"
  formed=$(awk -F, 'NR > 1 && $2 >= 0 { seen[$2] = 1 } END { print length(seen) }' "$work/pred.csv")
  unclustered=$(awk -F, 'NR > 1 { n++; if ($2 < 0) u++ } END { printf "%.3f", u / n }' "$work/pred.csv")
  echo "$k $seed $(score_line "$gold" "$work/pred.csv") $formed $unclustered $wall $mb" >>"$log"
}

table() { # table LOG...: the runs, then mean / min / max of each score per k
  printf '%-5s %-5s %-7s %-7s %-7s %-7s %-12s %-7s %s\n' k seed NMI ARI ACC themes unclustered wall_s peak_MB
  cat "$@" | while read -r line; do printf '%-5s %-5s %-7s %-7s %-7s %-7s %-12s %-7s %s\n' $line; done
  python3 - "$@" <<'PY'
import statistics, sys
rows = [l.split() for f in sys.argv[1:] for l in open(f) if l.strip()]
for k in dict.fromkeys(r[0] for r in rows):
    mine = [r for r in rows if r[0] == k]
    print(f"k={k}: " + ", ".join(
        f"{name} mean {statistics.mean(float(r[i]) for r in mine):.4f} min {min(float(r[i]) for r in mine):.4f}"
        for name, i in (("NMI", 2), ("ARI", 3), ("ACC", 4)))
        + f", wall max {max(float(r[7]) for r in mine):.1f} s")
PY
}

banking77() {
  local gold="$shared/datasets/banking77/test.csv"
  : >"$work/b77"
  for k in 77 auto; do
    for seed in 42 1 2; do
      themes_row "$work/b77" "$gold" "$k" "$seed" --vectors "$1"
    done
  done
  table "$work/b77"
}

stackoverflow20() {
  local gold="$shared/datasets/stackoverflow20/test.csv"
  : >"$work/so20"
  for seed in 42 1 2; do
    themes_row "$work/so20" "$gold" 20 "$seed"
    [[ $seed == 42 ]] && cp "$work/pred.csv" "$work/so20-full.csv"
  done
  table "$work/so20"
  # the fast path of large inputs: texts outside the graph's sample assigned by their words, not embedded
  : >"$work/so20-fast"
  themes_row "$work/so20-fast" "$gold" 20 42 --embed-all-up-to 0
  echo "fast path (--embed-all-up-to 0), seed 42:"
  table "$work/so20-fast"
  python3 - "$work/so20-full.csv" "$work/full-as-gold.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "label"])
    for r in rows:
        w.writerow([r["id"], "t" + r["cluster"]])
PY
  echo "agreement of the fast path with full embedding (seed 42; NMI ARI ACC of one against the other): $(score_line "$work/full-as-gold.csv" "$work/pred.csv")"
}

# planted: the quarterly run on generated data, scored against the generator's own theme labels
# (generate-samples --theme-labels). Texts about several themes count under the first they name;
# non-answers carry the label none; texts in no theme form one noise cluster.
planted() {
  ./needmap generate-samples --out "$work/demo-gen" --seed 42 --theme-labels >/dev/null
  for f in surveys-2026-q2.csv surveys-2026-q3.csv tickets-2026-q2.csv tickets-2026-q3.csv; do
    cmp -s "$work/demo-gen/$f" "data-samples/$f" || { echo "data-samples/$f is not the generator's seed-42 output" >&2; exit 1; }
  done
  : >"$work/t"
  timed "$work/t" ./needmap demo
  read -r wall mb <"$work/t"
  echo "./needmap demo (both quarters, Q2 reused when unchanged): wall ${wall} s, peak RSS ${mb} MB"
  planted_score "demo Q2" "$work/demo-gen/theme-labels-2026-q2.csv" out/demo-2026q2/tables/assignments.csv
  planted_score "demo Q3" "$work/demo-gen/theme-labels-2026-q3.csv" out/demo/tables/assignments.csv

  ./needmap generate-samples --out "$work/held" --seed 7 --theme-labels >/dev/null
  cat >"$work/held/config.yaml" <<YAML
name: held-out Q3 (generator seed 7)
seed: 42
time_zone: Europe/Berlin
inputs:
  surveys: [surveys-2026-q3.csv]
  tickets: [tickets-2026-q3.csv]
  goals: goals.xlsx
themes:
  k: auto
  catalogue: $PWD/data-samples/theme-catalogue.yaml
YAML
  : >"$work/t"
  timed "$work/t" ./needmap run --config "$work/held/config.yaml" --out "$work/held-out"
  read -r wall mb <"$work/t"
  echo "held-out run: wall ${wall} s, peak RSS ${mb} MB"
  planted_score "held-out Q3" "$work/held/theme-labels-2026-q3.csv" "$work/held-out/tables/assignments.csv"
}

planted_score() { # planted_score NAME LABELS ASSIGNMENTS
  python3 - "$2" "$3" "$work/gold.csv" "$work/pred.csv" <<'PY'
import csv, sys
labels = {(r["source"], r["id"]): r["label"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
with open(sys.argv[3], "w", newline="") as g, open(sys.argv[4], "w", newline="") as p:
    gold, pred = csv.writer(g), csv.writer(p)
    gold.writerow(["id", "label"])
    pred.writerow(["id", "cluster"])
    for r in csv.DictReader(open(sys.argv[2], encoding="utf-8")):
        key = (r["source"], r["record_id"])
        if key in labels:  # meeting notes and quarantined rows carry no label
            gold.writerow([":".join(key), labels[key]])
            pred.writerow([":".join(key), r["theme_id"]])  # -1 in no theme (noise); -2 no need stated
PY
  local n themes unclustered
  n=$(($(wc -l <"$work/pred.csv") - 1))
  themes=$(awk -F, 'NR > 1 && $2 >= 0 { seen[$2] = 1 } END { print length(seen) }' "$work/pred.csv")
  unclustered=$(awk -F, 'NR > 1 { t++; if ($2 == -1) u++ } END { printf "%.3f", u / t }' "$work/pred.csv")
  echo "$1: $n labelled texts, $themes themes, unclustered $unclustered; NMI ARI ACC $(score_line "$work/gold.csv" "$work/pred.csv")"
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
