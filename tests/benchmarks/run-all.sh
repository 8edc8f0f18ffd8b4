#!/usr/bin/env bash
# `make bench`: every benchmark, each printing `name: value` lines.
set -euo pipefail
# BENCH=backfill|webhook_latency|reconcile_1m|gui|embedded|analytics|fraud|fraud_1m|export runs one of them (`make bench BENCH=name`;
# analytics includes the alerts' evaluation over the same 1M store; webhook_latency the time from a
# signed webhook for a declined payment to the alert it tips).
BUILD=${1:-build}
BENCH=${BENCH:-all}
cd "$(dirname "$0")/../.."
case "$BENCH" in
  all|backfill|webhook_latency|reconcile_1m|gui|embedded|analytics|fraud|fraud_1m|export) ;;
  *) echo "bench: unknown benchmark \"$BENCH\" (backfill, webhook_latency, reconcile_1m, gui, embedded, analytics, fraud, fraud_1m, export)" >&2; exit 2 ;;
esac
wants() { [ "$BENCH" = all ] || [ "$BENCH" = "$1" ]; }
command -v bc >/dev/null || { echo "bench: installing bc"; apt-get install -y -q bc >/dev/null; }
if wants backfill; then tests/benchmarks/backfill.sh "$BUILD"; fi
if wants webhook_latency; then "$BUILD/tests/bench_webhook_latency" 60; fi
if wants gui; then tests/benchmarks/gui.sh "$BUILD"; fi
if wants embedded; then tests/benchmarks/embedded.sh "$BUILD"; fi
if wants analytics; then tests/benchmarks/analytics.sh "$BUILD"; fi
if wants fraud; then tests/benchmarks/fraud.sh "$BUILD"; fi
# export: 1M balance transactions as CSV against sqlite3 -csv, as XLSX against openpyxl.
if wants export; then "$BUILD/tests/bench_export_1m"; fi
wants reconcile_1m || wants fraud_1m || exit 0
# The reconciliation and fraud rescoring benchmarks compare against pandas (Debian's
# python3-pandas).
PYTHON=/usr/bin/python3; [ -x $PYTHON ] || PYTHON=python3
if ! $PYTHON -c 'import pandas' 2>/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        echo "bench: installing python3-pandas for the pandas baselines"
        apt-get install -y -q python3-pandas >/dev/null || echo "bench: python3-pandas could not be installed; the pandas baseline is skipped"
    else
        echo "bench: python3-pandas is missing and this is not root; the pandas baseline is skipped"
    fi
fi
if wants reconcile_1m; then "$BUILD/tests/bench_reconcile_1m"; fi
# fraud_1m: rescoring 1M charges against pandas, and the live monitor's commit-to-queue latency.
if wants fraud_1m; then "$BUILD/tests/bench_fraud_1m"; fi
