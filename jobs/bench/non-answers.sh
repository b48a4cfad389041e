#!/usr/bin/env bash
# Precision of io.needmap.text.NonAnswers on real survey exports (a measurement, not a test). From the
# repository root:
#   jobs/bench/non-answers.sh [--embeddings [THRESHOLD]] [SHARED_DIR]
# Compiles the jobs module's test classes, then runs io.needmap.text.bench.NonAnswerPrecision on the
# survey exports of SHARED_DIR/datasets/real-exports (Qualtrics, SurveyMonkey, LimeSurvey, Google
# Forms; the ServiceNow event log has no free text and is left out): every free-text answer is
# checked, and every flagged one is printed with the rule that flagged it, then the counts. Judge the
# flagged answers by reading them; the judged list is
# jobs/src/test/resources/io/needmap/text/non-answers-real-judged.tsv.
# --embeddings adds the embedding stage (all-MiniLM-L6-v2; default threshold and margin, or THRESHOLD).
# SHARED_DIR defaults to ../shared (beside the checkout). MVN_FLAGS defaults to -o (offline).
# Maven builds in jobs/target: don't run this while another build uses the same checkout.
set -euo pipefail
cd "$(dirname "$0")/../.."
args=()
while [[ $# -gt 0 && "$1" == --embeddings ]]; do
  args+=("$1"); shift
  if [[ $# -gt 0 && "$1" =~ ^[0-9.]+$ ]]; then args+=("$1"); shift; fi
done
shared="$(cd "${1:-../shared}" && pwd)"
exports="$shared/datasets/real-exports"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2086
mvn -B ${MVN_FLAGS:--o} -q -pl jobs test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/cp" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
java -cp "jobs/target/test-classes:jobs/target/classes:$(cat "$work/cp")" \
  io.needmap.text.bench.NonAnswerPrecision "${args[@]}" \
  "$exports/qualtrics-qualtRics" "$exports/qualtrics-QualtricsTools" "$exports/surveymonkey-ohbm" \
  "$exports/limesurvey-unittest-quality" "$exports/googleforms-autistica" 2> >(grep -v '^WARNING: Using incubator' >&2)
