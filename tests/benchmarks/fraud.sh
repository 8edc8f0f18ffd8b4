#!/usr/bin/env bash
# The fraud benchmark: the default scoring against the sandbox's fraud labels, on seeds no test
# uses (each its own 120-day business), beside the baseline of trusting Stripe's risk level
# (elevated or highest). Prints the pooled precision and recall of both, and the time to rescore
# the whole history.
set -euo pipefail
. "$(dirname "$0")/wait-ready.sh"
BUILD=${1:-build}
SEEDS=${FRAUD_SEEDS:-"9001 9002 9003"}
DAYS=${FRAUD_DAYS:-120}
CLI="$(cd "$BUILD" && pwd)/app/paydeck-cli"
WORK=$(mktemp -d /tmp/paydeck-fraud-bench.XXXXXX)
SANDBOX_PID=
trap 'kill $SANDBOX_PID 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT

tp=0; fp=0; fn=0; btp=0; bfp=0; bfn=0; charges=0; seconds=0
field() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d$2)" "$1"; }
for seed in $SEEDS; do
  dir="$WORK/$seed"
  "$CLI" --data-dir "$dir/sandbox" sandbox --listen 127.0.0.1:0 --seed "$seed" --history-days "$DAYS" \
    --truth "$dir/truth.jsonl" > "$dir.ready" 2> "$dir.err" &
  SANDBOX_PID=$!
  wait_ready $SANDBOX_PID "$dir.ready" "$dir.err"
  read -r _ URL CAFIELD < "$dir.ready"
  "$CLI" --data-dir "$dir/store" sync --stripe-url "$URL" --api-key sk_test_bench \
    --ca-cert "${CAFIELD#ca=}" > /dev/null
  kill $SANDBOX_PID; wait $SANDBOX_PID 2>/dev/null || true
  start=$(date +%s.%N)
  "$CLI" --data-dir "$dir/store" fraud backtest --labels "$dir/truth.jsonl" --from 2000-01-01 \
    --to 2100-01-01 --json > "$dir.json"
  seconds=$(echo "$seconds + $(date +%s.%N) - $start" | bc -l)
  charges=$((charges + $(field "$dir.json" "['charges']")))
  tp=$((tp + $(field "$dir.json" "['scoring']['true_positives']")))
  fp=$((fp + $(field "$dir.json" "['scoring']['false_positives']")))
  fn=$((fn + $(field "$dir.json" "['scoring']['false_negatives']")))
  btp=$((btp + $(field "$dir.json" "['baseline']['true_positives']")))
  bfp=$((bfp + $(field "$dir.json" "['baseline']['false_positives']")))
  bfn=$((bfn + $(field "$dir.json" "['baseline']['false_negatives']")))
done
ratio() { if [ "$2" -eq 0 ]; then echo 0; else printf '%.3f' "$(echo "$1 / $2" | bc -l)"; fi; }
echo "fraud_charges: $charges"
echo "fraud_labelled: $((tp + fn))"
echo "fraud_precision: $(ratio $tp $((tp + fp)))"
echo "fraud_recall: $(ratio $tp $((tp + fn)))"
echo "fraud_baseline_precision: $(ratio $btp $((btp + bfp)))"
echo "fraud_baseline_recall: $(ratio $btp $((btp + bfn)))"
echo "fraud_backtest_seconds_per_100k_charges: $(printf '%.3f' "$(echo "$seconds * 100000 / $charges" | bc -l)")"
