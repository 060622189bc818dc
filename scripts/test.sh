#!/usr/bin/env bash
# The one command that runs every test (README: `npm test`). Installs what a fresh machine lacks, lints, builds,
# starts a real 3-node Kafka cluster (4.x) for the full suite, then a 3.9 cluster for the smoke subset.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-deps.sh

ensure_test_deps
ensure_node_modules

echo "[test] lint and type-check"
npx eslint . --max-warnings=0
npx tsc -p tsconfig.json --noEmit
npx tsc -p tsconfig.shared.json --noEmit

echo "[test] build"
npx electron-vite build --logLevel warn

rm -rf test-results
mkdir -p test-results
status=0
export KAFKA_LAB_REQUIRE_FRESH_CLUSTER="${CI:+1}"

echo "[test] full suite on Apache Kafka ${KAFKA_VERSION:-4.1.1}"
KAFKA_LAB_SUMMARY_FILE=test-results/summary-main.txt npx playwright test "$@" || status=1

if [ $# -eq 0 ]; then
  echo "[test] smoke subset on Apache Kafka 3.9.1"
  KAFKA_VERSION=3.9.1 KAFKA_LAB_REQUIRE_FRESH_CLUSTER=1 KAFKA_LAB_SUMMARY_FILE=test-results/summary-kafka39.txt \
    npx playwright test --grep @smoke --project integration --project e2e --output test-results/artifacts-kafka39 || status=1
fi

# One closing line over both runs, for people and CI alike.
cat test-results/summary-*.txt 2>/dev/null | awk '{p+=$1; f+=$3; s+=$5} END {printf "\n%d passed, %d failed, %d skipped\n", p, f, s}'
exit $status
