#!/usr/bin/env bash
# `make fuzz`: runs every fuzz target for FUZZ_SECONDS (default 60) from its seeds — the corpus
# kept here, the project's own fixtures, and ../shared/samples where it exists — and prints
# `fuzz_execs_<target>: N` and `fuzz_crashes_<target>: N`. A crash, leak or hang leaves its
# reproducer in tests/fuzz/crashes/<target>/ (turn each into a unit test).
set -uo pipefail
BUILD=${1:-build-fuzz}
SECONDS_EACH=${FUZZ_SECONDS:-60}
ONLY=${FUZZ:-}
cd "$(dirname "$0")/../.."
ROOT=$PWD
SHARED="$ROOT/../shared/samples"
seeds_for() {
  local target=$1 dirs=("$ROOT/tests/fuzz/corpus/$target")
  case "$target" in
    camt|mt940|statement_file|csv_statement)
      dirs+=("$ROOT/tests/fixtures/statements")
      for d in "$SHARED"/statements/{camt,mt940,csv}/; do [ -d "$d" ] && dirs+=("$d"); done ;;
    fx_xml)
      dirs+=("$ROOT/tests/fixtures/fx") ;;
    stripe_object|stripe_events|webhook_event)
      for d in "$SHARED"/stripe/*/ "$SHARED"/webhooks/*/; do [ -d "$d" ] && dirs+=("$d"); done ;;
  esac
  printf '%s\n' "${dirs[@]}"
}
total_crashes=0
for binary in "$BUILD"/tests/fuzz/fuzz_*; do
  [ -f "$binary" ] && [ -x "$binary" ] || continue # (not the autogen folders)
  target=${binary##*/fuzz_}
  [ -n "$ONLY" ] && [ "$ONLY" != "$target" ] && continue
  work="$BUILD/fuzz-corpus/$target"
  crashes="$ROOT/tests/fuzz/crashes/$target"
  mkdir -p "$work" "$crashes"
  mapfile -t seeds < <(seeds_for "$target")
  existing=()
  for d in "${seeds[@]}"; do [ -d "$d" ] && existing+=("$d"); done
  log="$BUILD/fuzz-$target.log"
  before=$(find "$crashes" -type f | wc -l)
  # Statements up to 4 KiB: every fixture of the project fits whole (header, balances, entries,
  # closing balance); beyond that a statement repeats its entries, and the Qt-based readers run
  # about 7x fewer inputs a second at 16 KiB than at 1 KiB under ASan. Other inputs up to 16 KiB.
  max_len=16384
  case "$target" in camt|mt940|statement_file|csv_statement|csv_ledger) max_len=4096 ;; esac
  "$binary" -max_total_time="$SECONDS_EACH" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 \
    -artifact_prefix="$crashes/" "$work" "${existing[@]}" >"$log" 2>&1
  after=$(find "$crashes" -type f | wc -l)
  execs=$(grep -h 'stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}')
  found=$((after - before))
  total_crashes=$((total_crashes + found))
  echo "fuzz_execs_$target: ${execs:-0}"
  echo "fuzz_crashes_$target: $found"
  if [ "$found" -gt 0 ]; then
    grep -h -m3 -E 'ERROR: |SUMMARY: ' "$log" | sed "s/^/  $target: /" >&2
  fi
done
[ "$total_crashes" -eq 0 ]
