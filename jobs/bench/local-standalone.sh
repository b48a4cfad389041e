#!/usr/bin/env bash
# A Spark standalone cluster on 127.0.0.1 for the scale benchmark, as StandaloneClusterIT starts one:
# a master and N workers of one core each, from the Spark jars the test links into
# jobs/target/cluster-it/spark-home (run `mvn -B verify` or the test once first; SPARK_HOME overrides).
# From the repository root:
#   jobs/bench/local-standalone.sh start N [WORKER_MEMORY]   # prints the master URL once N workers are alive
#   jobs/bench/local-standalone.sh stop
# then: jobs/bench/scale-benchmark.sh 1000000:100000 spark://127.0.0.1:7177
set -euo pipefail
cd "$(dirname "$0")/../.."
SH="${SPARK_HOME:-$PWD/jobs/target/cluster-it/spark-home}"
RUN="$PWD/jobs/target/bench-cluster"
PORT=7177 UI=8177
FLAGS=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)

case "${1:-}" in
  start)
    n="${2:?how many workers}" mem="${3:-3g}"
    [[ -d $SH/jars ]] || { echo "no Spark jars at $SH/jars: run StandaloneClusterIT once, or set SPARK_HOME" >&2; exit 2; }
    mkdir -p "$RUN"
    export SPARK_HOME="$SH" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
    # shellcheck disable=SC2086
    nohup java $FLAGS -Xmx256m -cp "$SH/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
      --port $PORT --webui-port $UI >"$RUN/master.log" 2>&1 &
    echo $! >"$RUN/pids"
    for w in $(seq 1 "$n"); do
      # shellcheck disable=SC2086
      nohup java $FLAGS -Xmx256m -cp "$SH/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
        --cores 1 --memory "$mem" --webui-port 0 --work-dir "$RUN/work-$w" spark://127.0.0.1:$PORT \
        >"$RUN/worker-$w.log" 2>&1 &
      echo $! >>"$RUN/pids"
    done
    for _ in $(seq 1 120); do
      alive=$(curl -s "http://127.0.0.1:$UI/json/" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("aliveworkers", 0))' 2>/dev/null || echo 0)
      if [[ $alive -ge $n ]]; then
        echo "spark://127.0.0.1:$PORT ($alive workers)"
        exit 0
      fi
      sleep 1
    done
    echo "the workers did not register in 120 s; see $RUN/*.log" >&2
    exit 1 ;;
  stop)
    [[ -f $RUN/pids ]] && xargs -r kill <"$RUN/pids" 2>/dev/null || true
    # the executors the workers started
    pkill -f "CoarseGrainedExecutorBackend.*127.0.0.1" 2>/dev/null || true
    rm -f "$RUN/pids" ;;
  *) echo "usage: $0 start N [WORKER_MEMORY] | stop" >&2; exit 2 ;;
esac
