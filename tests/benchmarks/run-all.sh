#!/usr/bin/env bash
# `make bench`: every benchmark, each printing `name: value` lines.
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/../.."
command -v bc >/dev/null || { echo "bench: installing bc"; apt-get install -y -q bc >/dev/null; }
tests/benchmarks/backfill.sh "$BUILD"
"$BUILD/tests/bench_webhook_latency" 60
