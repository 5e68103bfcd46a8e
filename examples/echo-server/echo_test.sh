#!/usr/bin/env bash
# echo_test.sh -- the echo server's ctest driver (CMakeLists.txt here).
#
#   echo_test.sh SERVER LOAD MODE CONNS BYTES [--loop]
#
# Starts SERVER on an ephemeral port, then, by MODE:
#   echo      LOAD runs CONNS connections of BYTES bytes each and one FAIL
#             connection in the middle of them: every byte must come back,
#             the FAIL connection must be closed with nothing echoed, and the
#             server logs that one failure and nothing else;
#   shutdown  CONNS connections are streaming (BYTES each: far more than fits
#             the run) when SIGINT arrives: every one must be closed by the
#             server at once.
# Either way SIGINT must then stop the server within a few seconds with
# status 0 and a summary with the right counts.
set -u
server=$1 load=$2 mode=$3 conns=$4 bytes=$5
shift 5
dir=$(mktemp -d)
spid= lpid=
cleanup() {
    [ -n "$spid" ] && kill -KILL "$spid" 2>/dev/null
    [ -n "$lpid" ] && kill -KILL "$lpid" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    for f in server.out server.err load.out load.err; do
        [ -s "$dir/$f" ] && { echo "--- $f:"; head -n 40 "$dir/$f"; }
    done
    exit 1
}
elapsed() { echo $((SECONDS - $1))s; }

"$server" "$@" 0 >"$dir/server.out" 2>"$dir/server.err" &
spid=$!
for _ in $(seq 100); do
    port=$(sed -n 's/^listening on \([0-9]*\)$/\1/p' "$dir/server.out")
    [ -n "$port" ] && break
    kill -0 "$spid" 2>/dev/null || fail "the server exited before listening"
    sleep 0.1
done
[ -n "$port" ] || fail "the server did not print its port within 10 s"
echo "server $* listening on $port"

# Waits up to $2 seconds for process $1 to end; its status in $rc.
wait_for() {
    for _ in $(seq $(($2 * 10))); do
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$1" 2>/dev/null && return 1
    wait "$1"
    rc=$?
}

t=$SECONDS
case $mode in
echo)
    "$load" -c "$conns" -n "$bytes" -f 1 -t 60 "$port" >"$dir/load.out" 2>"$dir/load.err"
    lrc=$?
    echo "load: $(tail -n 1 "$dir/load.out") ($(elapsed $t))"
    [ $lrc = 0 ] || fail "the load generator failed (status $lrc)"
    grep -qx "connections=$conns bytes=$((conns * bytes)) mismatches=0 errors=0 failconns=1" \
        "$dir/load.out" || fail "unexpected load summary"
    want_served=$((conns + 1)) want_failed=1 want_bytes=$((conns * bytes))
    ;;
shutdown)
    "$load" -c "$conns" -n "$bytes" -t 60 "$port" >"$dir/load.out" 2>"$dir/load.err" &
    lpid=$!
    sleep 2                         # every connection accepted and streaming
    kill -0 "$lpid" 2>/dev/null || fail "the load generator ended before SIGINT"
    ;;
*)
    fail "unknown mode $mode"
    ;;
esac

kill -0 "$spid" 2>/dev/null || fail "the server died"
t=$SECONDS
kill -INT "$spid"
wait_for "$spid" 10 || fail "the server did not stop within 10 s of SIGINT"
spid=
echo "server: $(tail -n 1 "$dir/server.out") (stopped in $(elapsed $t))"
[ $rc = 0 ] || fail "the server exited with status $rc"

if [ "$mode" = shutdown ]; then
    wait_for "$lpid" 10 || fail "connections still open 10 s after the server stopped"
    lpid=
    echo "load: $(tail -n 1 "$dir/load.out")"
    grep -q "timed out" "$dir/load.err" && fail "the load generator timed out"
    grep -qx "connections=$conns bytes=[0-9]* mismatches=0 errors=$conns" "$dir/load.out" ||
        fail "every connection should have been cut short by the shutdown, nothing else"
    want_served=$conns want_failed=0 want_bytes='[0-9]*'
fi

grep -qx "served $want_served connections ($want_failed failed), echoed $want_bytes bytes" \
    "$dir/server.out" || fail "unexpected server summary"
if [ "$mode" = echo ]; then
    [ "$(grep -c 'connection failed' "$dir/server.err")" = 1 ] &&
        grep -q 'connection failed: FailRequested' "$dir/server.err" ||
        fail "the server should log exactly one failure, FailRequested"
fi
if grep -qE 'Sanitizer|runtime error|uncaught error' "$dir/server.err" "$dir/load.err"; then
    fail "sanitizer report or uncaught error"
fi
echo PASS
