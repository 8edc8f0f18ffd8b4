#!/usr/bin/env bash
# Backfill benchmark: the sandbox with N balance transactions (default 1,000,000). curl downloads
# every list page of every endpoint that sync reads (the baseline); then `paydeck-cli sync`
# ingests the same pages into an empty store. Medians of RUNS runs, measured in the same run.
# Prints `name: value` lines.
set -euo pipefail
. "$(dirname "$0")/wait-ready.sh"
BUILD=${1:-build}
COUNT=${BACKFILL_COUNT:-1000000}
RUNS=${RUNS:-3}
FAULTS=${FAULTS:-429:0.05,500:0.05}
ANCHOR=$(( $(date +%s) / 60 * 60 ))
CLI="$(cd "$BUILD" && pwd)/app/paydeck-cli"
WORK=$(mktemp -d /tmp/paydeck-bench.XXXXXX)
trap 'kill $SANDBOX_PID 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT

build_start=$(date +%s.%N)
"$CLI" --data-dir "$WORK/sandbox" sandbox --listen 127.0.0.1:0 --seed 1 --history-days 365 \
  --backfill-count "$COUNT" --anchor "$ANCHOR" --truth "$WORK/truth.jsonl" > "$WORK/ready" 2> "$WORK/sandbox.err" &
SANDBOX_PID=$!
wait_ready $SANDBOX_PID "$WORK/ready" "$WORK/sandbox.err"
# Building the account includes writing its truth file (every object as JSON, for the checks).
sandbox_build_s=$(echo "$(date +%s.%N) - $build_start" | bc -l)
sandbox_rss_mb=$(( $(awk '/^VmHWM:/ { print $2 }' /proc/$SANDBOX_PID/status) / 1024 ))
read -r _ URL CAFIELD < "$WORK/ready"
CA=${CAFIELD#ca=}

# The page URLs a newest-first walk visits, per endpoint, from the truth file.
awk -F'"' -v url="$URL" '
  { type = $8; ids[type, ++n[type]] = $4 }
  END {
    split("balance_transaction:balance_transactions charge:charges refund:refunds payout:payouts dispute:disputes", pairs, " ")
    for (p in pairs) {
      split(pairs[p], kv, ":"); t = kv[1]; ep = kv[2]; total = n[t]
      printf "url = \"%s/v1/%s?limit=100\"\noutput = /dev/null\n", url, ep
      for (k = 100; k < total; k += 100)
        printf "url = \"%s/v1/%s?limit=100&starting_after=%s\"\noutput = /dev/null\n", url, ep, ids[t, total - k + 1]
    }
  }' "$WORK/truth.jsonl" > "$WORK/curl.conf"
PAGES=$(grep -c '^url' "$WORK/curl.conf")
grep -A1 '/v1/balance_transactions' "$WORK/curl.conf" | grep -v '^--$' > "$WORK/curl-bt.conf"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
now() { date +%s.%N; }

curl_times=()
for _ in $(seq 1 "$RUNS"); do
  start=$(now)
  curl -sS --fail --cacert "$CA" -H "Authorization: Bearer sk_test_bench" -K "$WORK/curl.conf"
  curl_times+=("$(echo "$(now) - $start" | bc -l)")
done
bt_times=()
for _ in $(seq 1 "$RUNS"); do
  start=$(now)
  curl -sS --fail --cacert "$CA" -H "Authorization: Bearer sk_test_bench" -K "$WORK/curl-bt.conf"
  bt_times+=("$(echo "$(now) - $start" | bc -l)")
done
sync_times=()
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/store$i"
  start=$(now)
  "$CLI" --data-dir "$WORK/store$i" sync --stripe-url "$URL" --api-key sk_test_bench --ca-cert "$CA" --json > "$WORK/sync$i.json"
  sync_times+=("$(echo "$(now) - $start" | bc -l)")
  rm -rf "$WORK/store$i"
done
kill $SANDBOX_PID; wait $SANDBOX_PID 2>/dev/null || true

# The same account (seed and anchor) behind a sandbox that fails requests: FAULTS.
"$CLI" --data-dir "$WORK/sandbox" sandbox --listen 127.0.0.1:0 --seed 1 --history-days 365 \
  --backfill-count "$COUNT" --anchor "$ANCHOR" --faults "$FAULTS" > "$WORK/ready-faulty" 2> "$WORK/sandbox.err" &
SANDBOX_PID=$!
wait_ready $SANDBOX_PID "$WORK/ready-faulty" "$WORK/sandbox.err"
read -r _ FAULTY_URL _ < "$WORK/ready-faulty"
rm -rf "$WORK/faulty"
start=$(now)
"$CLI" --data-dir "$WORK/faulty" sync --stripe-url "$FAULTY_URL" --api-key sk_test_bench --ca-cert "$CA" --json > "$WORK/faulty.json"
faulty_s=$(echo "$(now) - $start" | bc -l)
grep -q '"balance_transaction":'"$COUNT" "$WORK/faulty.json" || { echo "faulty backfill incomplete" >&2; cat "$WORK/faulty.json" >&2; exit 1; }
rm -rf "$WORK/faulty"

curl_s=$(printf '%s\n' "${curl_times[@]}" | median)
sync_s=$(printf '%s\n' "${sync_times[@]}" | median)
echo "backfill_pages: $PAGES"
echo "sandbox_build_1m_seconds: $(printf '%.1f' "$sandbox_build_s")"
echo "sandbox_build_1m_rss_mb: $sandbox_rss_mb"
echo "sandbox_serve_1m_balance_transactions_seconds: $(printf '%.3f' "$(printf '%s\n' "${bt_times[@]}" | median)")"
echo "curl_download_seconds: $(printf '%.3f' "$curl_s")"
echo "backfill_1m_seconds: $(printf '%.3f' "$sync_s")"
echo "backfill_1m_ratio_vs_curl: $(printf '%.2f' "$(echo "$sync_s / $curl_s" | bc -l)")"
echo "backfill_1m_faulty_seconds: $(printf '%.3f' "$faulty_s")"
echo "backfill_1m_faulty_ratio_vs_curl: $(printf '%.2f' "$(echo "$faulty_s / $curl_s" | bc -l)")"
echo "backfill_1m_faulty_vs_clean: $(printf '%.2f' "$(echo "$faulty_s / $sync_s" | bc -l)")"
