# Sourced by the benchmark scripts. wait_ready PID READY_FILE ERR_FILE: waits (up to five
# minutes) until a sandbox started in the background has written its ready line; if the sandbox
# ends first, prints its errors and exits.
wait_ready() {
  local pid=$1 ready=$2 err=$3
  for _ in $(seq 1 1200); do
    [ -s "$ready" ] && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$err" >&2; exit 1; }
    sleep 0.25
  done
  echo "bench: the sandbox was not ready within five minutes" >&2
  exit 1
}

# synced_store CLI WORK COUNT: starts the sandbox with COUNT balance transactions (a year of
# history, seed 3) in the background and syncs it into WORK/store. Sets SANDBOX_PID, URL and
# CA for the caller (whose EXIT trap stops the sandbox).
synced_store() {
  local cli=$1 work=$2 count=$3 cafield
  "$cli" --data-dir "$work/sandbox" sandbox --listen 127.0.0.1:0 --seed 3 --history-days 365 \
    --backfill-count "$count" > "$work/ready" 2> "$work/sandbox.err" &
  SANDBOX_PID=$!
  wait_ready $SANDBOX_PID "$work/ready" "$work/sandbox.err"
  read -r _ URL cafield < "$work/ready"
  CA=${cafield#ca=}
  "$cli" --data-dir "$work/store" sync --stripe-url "$URL" --api-key sk_test_bench --ca-cert "$CA" > /dev/null
}
