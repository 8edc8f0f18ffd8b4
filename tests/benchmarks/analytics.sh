#!/usr/bin/env bash
# The analytics benchmark: a store with N balance transactions (default 1,000,000, and their
# charges, refunds, payouts, disputes) synced from the sandbox, then bench_analytics_1m over it:
# the engine's cold rebuild and memory, and a dashboard refresh against the same figures by SQL;
# then bench_alerts_1m over the same store: 100 alert rules judged, against their counts by SQL.
set -euo pipefail
. "$(dirname "$0")/wait-ready.sh"
BUILD=${1:-build}
COUNT=${ANALYTICS_COUNT:-1000000}
CLI="$(cd "$BUILD" && pwd)/app/paydeck-cli"
WORK=$(mktemp -d /tmp/paydeck-analytics-bench.XXXXXX)
SANDBOX_PID=
trap 'kill $SANDBOX_PID 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
synced_store "$CLI" "$WORK" "$COUNT"
kill $SANDBOX_PID 2>/dev/null || true
"$BUILD/tests/bench_analytics_1m" "$WORK/store/paydeck.sqlite"
"$BUILD/tests/bench_alerts_1m" "$WORK/store/paydeck.sqlite"
