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
