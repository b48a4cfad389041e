#!/usr/bin/env bash
# How the quarterly run scales with data and cores, printed as figures (a benchmark, not a timed test).
# From the repository root:
#   jobs/bench/scale-benchmark.sh [SIZES] [MASTERS]
# SIZES   tickets:responses per generated quarter, default "100000:10000 1000000:100000"
# MASTERS Spark masters to run each size on, default "local[*]"; "local[1]" also pins the whole JVM to
#         one core with taskset (the driver's own parallel work would use every core otherwise);
#         "spark://host:port" runs through spark-submit's classes (Spark's jars from $SPARK_HOME/jars, by
#         default the links StandaloneClusterIT leaves in jobs/target/cluster-it/spark-home) with
#         jobs/target/needmap-cluster.jar; start the master and workers first (docs/cluster.md).
# Each run: one generated quarter (generate-samples --seed 7) with goals, default vectors, -Xmx6g
# (NEEDMAP_XMX to change), Spark from THEMES_SPARK_MIN_TEXTS texts on (default: the run's default);
# BENCH_JAVA_OPTS adds JVM options after the launcher's (e.g. the JVM's own JIT defaults, to compare with
# the launcher's JIT_FLAGS).
# Prints per run: wall time, each stage's time from manifest.json, texts per second, peak RSS of the
# job's JVM; then the ratio of time to data between consecutive sizes (10x the data should take at most
# 10x the time).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes="${1:-100000:10000 1000000:100000}"
masters="${2:-local[*]}"
xmx="${NEEDMAP_XMX:-6g}"
work="${BENCH_WORK:-$(mktemp -d)}"
[[ -n ${BENCH_WORK:-} ]] || trap 'rm -rf "$work"' EXIT
./needmap --version >/dev/null   # builds on first use, outside the timings

run_one() { # run_one TICKETS RESPONSES MASTER
  local tickets=$1 responses=$2 master=$3 gen="$work/gen-$1-$2" out="$work/out"
  if [[ ! -f $gen/tickets-2026-q3.csv ]]; then
    ./needmap generate-samples --out "$gen" --seed 7 --tickets-per-quarter "$tickets" \
      --responses-per-quarter "$responses" >/dev/null
  fi
  local config="$work/config.yaml"
  {
    echo "name: scale benchmark"
    echo "inputs:"
    echo "  surveys: [$gen/surveys-2026-q3.csv]"
    echo "  tickets: [$gen/tickets-2026-q3.csv]"
    echo "  goals: $gen/goals.xlsx"
    echo "time_zone: Europe/Berlin"
    [[ -z ${THEMES_SPARK_MIN_TEXTS:-} ]] || printf 'themes:\n  spark_min_texts: %s\n' "$THEMES_SPARK_MIN_TEXTS"
  } >"$config"
  rm -rf "$out"
  local cmd=()
  case "$master" in
    "local[1]") cmd=(taskset -c 0 env JAVA_OPTS="-Xmx$xmx -Dspark.master=local[1] ${BENCH_JAVA_OPTS:-}" ./needmap) ;;
    local*) cmd=(env JAVA_OPTS="-Xmx$xmx -Dspark.master=$master ${BENCH_JAVA_OPTS:-}" ./needmap) ;;
    spark://*)
      [[ -f jobs/target/needmap-cluster.jar ]] || { echo "no jobs/target/needmap-cluster.jar: run mvn -B -DskipTests package" >&2; exit 2; }
      # Spark's jars only (a distribution's, or the links StandaloneClusterIT leaves), so that needmap's
      # libraries come from the cluster jar as on a real cluster
      local spark_home="${SPARK_HOME:-jobs/target/cluster-it/spark-home}"
      [[ -d $spark_home/jars ]] || { echo "no Spark at $spark_home: set SPARK_HOME, or run StandaloneClusterIT once (docs/cluster.md)" >&2; exit 2; }
      # the launcher's GC and JIT settings too, so that the driver compares with a local run
      # shellcheck disable=SC2206
      cmd=(java -Xmx"$xmx" -XX:GCTimeRatio=4 -XX:MaxNodeLimit=30000 -XX:NodeLimitFudgeFactor=3000
           -XX:PerMethodTrapLimit=0 -XX:PerBytecodeTrapLimit=0 ${BENCH_JAVA_OPTS:-} "${SPARK_FLAGS[@]}" -cp "$spark_home/jars/*" org.apache.spark.deploy.SparkSubmit
           --conf spark.driver.host=127.0.0.1 --conf spark.scheduler.minRegisteredResourcesRatio=1.0
           --master "$master" --class io.needmap.cli.NeedmapMain --conf spark.executor.memory="${EXECUTOR_MEMORY:-2g}"
           jobs/target/needmap-cluster.jar) ;;
    *) echo "unknown master $master" >&2; exit 2 ;;
  esac
  /usr/bin/time -f "%e %M" -o "$work/time" "${cmd[@]}" run --config "$config" --out "$out" \
    >"$work/stdout" 2>"$work/stderr" || { tail -30 "$work/stderr" >&2; exit 1; }
  local wall kb
  read -r wall kb <"$work/time"
  python3 - "$out/manifest.json" "$wall" "$((kb / 1024))" "$tickets" "$responses" "$master" <<'PY'
import json, sys
manifest, wall, peak, tickets, responses, master = sys.argv[1:]
m = json.load(open(manifest))
texts = m["parameters"].get("texts")
stages = ", ".join(f"{s['stage']} {s['millis'] / 1000:.1f} s" for s in m["stages"])
rate = f"{int(texts) / float(wall):,.0f} texts/s" if texts else "texts unknown"
print(f"{int(tickets):,} tickets + {int(responses):,} responses on {master}: wall {float(wall):.1f} s, "
      f"peak RSS {int(peak):,} MB, {rate} | {stages}")
PY
  echo "$tickets $wall" >>"$work/walls-${master//[^A-Za-z0-9]/_}"
}

SPARK_FLAGS=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true)

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB, $(java -version 2>&1 | head -n 1)"
for master in $masters; do
  for size in $sizes; do
    run_one "${size%%:*}" "${size##*:}" "$master"
  done
  # 10x the data should take at most 10x the time
  awk -v m="$master" 'NR > 1 { printf "%s: %.0fx the tickets took %.2fx the time\n", m, $1 / t, $2 / w } { t = $1; w = $2 }' \
    "$work/walls-${master//[^A-Za-z0-9]/_}"
done
