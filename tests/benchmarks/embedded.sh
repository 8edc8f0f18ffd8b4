#!/usr/bin/env bash
# The embedded default as a new user starts it: `paydeck` on a fresh data directory (offscreen),
# its own sandbox inside. After the first sync has settled, 20 s of idle are measured thread by
# thread, so that the sandbox's share (threads named "sandbox") is told apart from the app's;
# its memory is measured alone (the same world served by `paydeck-cli sandbox`).
set -euo pipefail
. "$(dirname "$0")/wait-ready.sh"
BUILD=${1:-build}
APP="$(cd "$BUILD" && pwd)/app/paydeck"
CLI="$(cd "$BUILD" && pwd)/app/paydeck-cli"
WORK=$(mktemp -d /tmp/paydeck-embedded-bench.XXXXXX)
trap 'kill $APP_PID $SANDBOX_PID 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
APP_PID=0; SANDBOX_PID=0
QT_QPA_PLATFORM=offscreen "$APP" --data-dir "$WORK/app" > "$WORK/app.log" 2>&1 &
APP_PID=$!
sleep 60 # the first sync of 60,000 transactions, the index, the writer's cache given back
ticks() { # CPU ticks of the process's threads: all, then those named sandbox
  local all=0 sandbox=0 t
  for t in /proc/$APP_PID/task/*; do
    local n; n=$(awk '{print $14+$15}' "$t/stat" 2>/dev/null || echo 0)
    all=$((all + n))
    if [ "$(cat "$t/comm" 2>/dev/null)" = sandbox ]; then sandbox=$((sandbox + n)); fi
  done
  echo "$all $sandbox"
}
read -r ALL1 SB1 < <(ticks)
sleep 20
read -r ALL2 SB2 < <(ticks)
HZ=$(getconf CLK_TCK)
RSS=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$APP_PID/status)
echo "embedded_idle_cpu_percent: $(echo "scale=1; ($ALL2-$ALL1)*100/$HZ/20" | bc)"
echo "embedded_sandbox_cpu_percent: $(echo "scale=1; ($SB2-$SB1)*100/$HZ/20" | bc)"
echo "embedded_app_cpu_percent: $(echo "scale=1; (($ALL2-$ALL1)-($SB2-$SB1))*100/$HZ/20" | bc)"
echo "embedded_rss_mb: $RSS"
kill $APP_PID; wait $APP_PID 2>/dev/null || true
# The same world alone: what the sandbox holds of that memory.
"$CLI" --data-dir "$WORK/sandbox" sandbox --listen 127.0.0.1:0 --seed 20261127 --history-days 45 \
  --backfill-count 60000 > "$WORK/ready" 2> "$WORK/sandbox.err" &
SANDBOX_PID=$!
wait_ready $SANDBOX_PID "$WORK/ready" "$WORK/sandbox.err"
SANDBOX_RSS=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$SANDBOX_PID/status)
echo "embedded_sandbox_rss_mb: $SANDBOX_RSS"
echo "embedded_app_rss_mb: $((RSS - SANDBOX_RSS))"
