#!/usr/bin/env bash
# bench/echo/run.sh -- echo server round trips per second: the asyncc echo
# server (examples/echo-server) against a Go one (echo.go here), side by
# side, with the ratio asyncc/Go.  A benchmark, not a test: nothing here
# asserts a time.  See README.md here.
#
#   bash bench/echo/run.sh [--conns N] [--rounds K] [--size S] [--reps R]
#
#   --conns N    concurrent connections (default 100)
#   --rounds K   round trips per connection and run (default 2000)
#   --size S     bytes per message (default 64)
#   --reps R     measured runs per server, after one warm-up (default 5)
#
# Every run is one echo_load -r S: each connection sends a message, waits
# for its echo (checked byte for byte), and again, K times.  The server is
# restarted for every run.  Reported: the median (and min-max) requests/s.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
conns=100 rounds=2000 size=64 reps=5
while [ $# -gt 0 ]; do
    case $1 in
        --conns) conns=${2:?}; shift ;;
        --rounds) rounds=${2:?}; shift ;;
        --size) size=${2:?}; shift ;;
        --reps) reps=${2:?}; shift ;;
        -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done
for v in "$conns" "$rounds" "$size" "$reps"; do
    case $v in ''|*[!0-9]*|0) echo "run.sh: options take positive numbers" >&2; exit 2 ;; esac
done

# ---------------------------------------------------------------- build
# build-bench (Release) when it exists, else build/.
BUILD=$ROOT/build-bench
[ -f "$BUILD/build.ninja" ] || BUILD=$ROOT/build
[ -f "$BUILD/build.ninja" ] || { echo "run.sh: configure build/ first (README.md)" >&2; exit 1; }
if ! ninja -C "$BUILD" -t targets all 2>/dev/null | grep -q '^echo_server:'; then
    cmake "$BUILD" >/dev/null || exit 1     # picks up examples/echo-server
fi
echo "== building echo_server, echo_load in $BUILD" >&2
ninja -C "$BUILD" echo_server echo_load >/dev/null || { echo "run.sh: build failed" >&2; exit 1; }
BIN=$BUILD/examples/echo-server
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
command -v go >/dev/null || { echo "run.sh: go is not installed (bash bench/setup.sh)" >&2; exit 1; }
echo "== building echo.go ($(go version | awk '{print $3}'))" >&2
(cd "$ROOT/bench/echo" && go build -o "$OUT/echo_go" echo.go) || { echo "run.sh: go build failed" >&2; exit 1; }

# ---------------------------------------------------------------- run
# run_once ENV... -- SERVER ARGS...: one load run against a fresh server;
# prints its requests/s, or nothing if it failed.
run_once() {
    local envs=()
    while [ "$1" != -- ]; do envs+=("$1"); shift; done
    shift
    env "${envs[@]}" "$@" 0 >"$OUT/server.out" 2>"$OUT/server.err" &
    local spid=$! port=
    for _ in $(seq 100); do
        port=$(sed -n 's/^listening on \([0-9]*\)$/\1/p' "$OUT/server.out")
        [ -n "$port" ] && break
        sleep 0.05
    done
    if [ -n "$port" ]; then
        "$BIN/echo_load" -c "$conns" -n $((rounds * size)) -r "$size" -t 120 "$port" \
            >"$OUT/load.out" 2>"$OUT/load.err" &&
            sed -n 's/.* rps=\([0-9]*\).*/\1/p' "$OUT/load.out"
    fi
    kill -INT "$spid" 2>/dev/null
    wait "$spid" 2>/dev/null
}

# measure LABEL ENV... -- SERVER ARGS...: sets $stats to "median min max".
measure() {
    local label=$1 vals=() v
    shift
    echo "== $label" >&2
    run_once "$@" >/dev/null                # warm-up
    for _ in $(seq "$reps"); do
        v=$(run_once "$@")
        [ -n "$v" ] || { echo "run.sh: $label: a run failed:" >&2; cat "$OUT"/*.err >&2; stats=; return; }
        vals+=("$v")
    done
    stats=$(printf '%s\n' "${vals[@]}" | sort -n |
            awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2;
                                 printf "%d %d %d", m, a[1], a[NR]}')
}

P=$(nproc)
declare -A res
measure "asyncc, default dispatcher" -- "$BIN/echo_server";          res[a_mt]=$stats
measure "go, GOMAXPROCS=$P" GOMAXPROCS="$P" -- "$OUT/echo_go";        res[g_mt]=$stats
measure "asyncc --loop" -- "$BIN/echo_server" --loop;                 res[a_st]=$stats
measure "go, GOMAXPROCS=1" GOMAXPROCS=1 -- "$OUT/echo_go";           res[g_st]=$stats

# ---------------------------------------------------------------- report
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
echo
echo "echo round trips $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: $P cores${cpu:+, $cpu}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "load: echo_load -c $conns -r $size, $rounds round trips per connection ($((conns * rounds)) requests a run), 2 client threads; median of $reps runs"
echo
row() {   # GROUP SERVER STATS [PEER_STATS]
    read -r med lo hi <<<"${3:-0 0 0}"
    local ratio=
    if [ -n "${4:-}" ] && [ -n "$3" ]; then
        ratio=$(awk -v a="${3%% *}" -v b="${4%% *}" 'BEGIN { if (b > 0) printf "%.2f", a / b }')
    fi
    [ -n "$3" ] || med=failed lo=- hi=-
    printf '%-13s %-28s %10s  %21s  %s\n' "$1" "$2" "$med" "$lo - $hi" "$ratio"
}
printf '%-13s %-28s %10s  %21s  %s\n' group server "req/s" "min - max" asyncc/go
row multi-thread "asyncc (default dispatcher)" "${res[a_mt]}" "${res[g_mt]}"
row multi-thread "go (GOMAXPROCS=$P)" "${res[g_mt]}"
row "1 thread" "asyncc --loop" "${res[a_st]}" "${res[g_st]}"
row "1 thread" "go (GOMAXPROCS=1)" "${res[g_st]}"
