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
SANDBOX_PID=
trap 'kill $SANDBOX_PID 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
synced_store "$CLI" "$WORK" "$COUNT"
# The Transactions model over the 1M store: sorts, searches, memory, idle CPU.
"$BUILD/tests/bench_gui_1m" "$WORK/store/paydeck.sqlite"
# The whole window as paydeck starts it, on the 1M store (its source still answering).
"$BUILD/tests/bench_gui_window" open "$WORK/store"
# The window while a fresh store backfills the 1M account from the sandbox: GUI-thread stalls.
mkdir -p "$WORK/live"
"$BUILD/tests/bench_gui_window" live "$WORK/live" "$URL" "$CA"
