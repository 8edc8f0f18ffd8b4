#!/usr/bin/env bash
# The GUI benchmark: a store with N balance transactions (default 1,000,000) synced from the
# sandbox, bench_gui_1m over it, then the whole window over it and during a live backfill of
# the same account into a fresh store (bench_gui_window). Prints `name: value` lines.
set -euo pipefail
. "$(dirname "$0")/wait-ready.sh"
BUILD=${1:-build}
COUNT=${GUI_COUNT:-1000000}
CLI="$(cd "$BUILD" && pwd)/app/paydeck-cli"
WORK=$(mktemp -d /tmp/paydeck-gui-bench.XXXXXX)
trap 'kill $SANDBOX_PID 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
"$CLI" --data-dir "$WORK/sandbox" sandbox --listen 127.0.0.1:0 --seed 3 --history-days 365 \
  --backfill-count "$COUNT" > "$WORK/ready" 2> "$WORK/sandbox.err" &
SANDBOX_PID=$!
wait_ready $SANDBOX_PID "$WORK/ready" "$WORK/sandbox.err"
read -r _ URL CAFIELD < "$WORK/ready"
"$CLI" --data-dir "$WORK/store" sync --stripe-url "$URL" --api-key sk_test_gui --ca-cert "${CAFIELD#ca=}" > /dev/null
# The Transactions model over the 1M store: sorts, searches, memory, idle CPU.
"$BUILD/tests/bench_gui_1m" "$WORK/store/paydeck.sqlite"
# The whole window as paydeck starts it, on the 1M store (its source still answering).
"$BUILD/tests/bench_gui_window" open "$WORK/store"
# The window while a fresh store backfills the 1M account from the sandbox: GUI-thread stalls.
mkdir -p "$WORK/live"
"$BUILD/tests/bench_gui_window" live "$WORK/live" "$URL" "${CAFIELD#ca=}"
