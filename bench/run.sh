#!/usr/bin/env bash
# bench/run.sh -- build and run the benchmark suite: asyncc and its peers (Go,
# Kotlin, pthreads) side by side in one run; prints medians, min-max, spread
# and asyncc/peer, and draws build-bench/bench/chart.png when gnuplot is
# installed.  Benchmarks, not tests: nothing here asserts a time.  See
# bench/README.md.
#
#   bash bench/run.sh [--quick] [--reps N] [--warmup N] [--only WORKLOAD]...
#                     [--sizes A,B,C,D,E,F,G,H,I]
#
#   --quick         small sizes (finishes in a few minutes once built)
#   --reps N        measured rounds per program (default 5)
#   --warmup N      Kotlin's in-process warm-up rounds (default 3; 2 with --quick);
#                   C and Go programs always do 1 unreported round first
#                   (memory: every round is a new process, no warm-up)
#   --only W        run only workload W (spawn_join, yield, fanout, chan_pingpong,
#                   chan_buffered, memory, cancel_storm, nosuspend, translate);
#                   repeatable
#   --sizes A,B,C,D,E,F,G,H,I  N for spawn_join, yield, fanout, chan_pingpong,
#                   chan_buffered, memory, cancel_storm, nosuspend, translate
#                   (default 1000000,2000000,134217728,100000,1000000,
#                   1000000,100000,100000000,500; translate's N is suspend
#                   functions in the generated file); an empty or missing
#                   field keeps its default, so --sizes ,,,,,200000 changes
#                   only memory.  The pthreads rows use N/10 threads for
#                   spawn_join and cancel_storm, N/100 for memory (at most
#                   10,000 alive at once) and N/10 hand-offs for yield.
#
# Environment: CC (default cc), CLANG (translate's reference, default
# clang-19), BENCH_JAVA_OPTS (extra JVM flags), BENCH_TIMEOUT (seconds per
# program, default 900).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$ROOT/build-bench
OUT=$BUILD/bench
CC=${CC:-cc}
TIMEOUT=${BENCH_TIMEOUT:-900}
KJARS=/usr/share/java/kotlinx-coroutines-core.jar:/usr/share/java/atomicfu.jar:/usr/share/java/kotlin-stdlib.jar

quick=0 reps=5 kwarm= only=() sizes=
while [ $# -gt 0 ]; do
    case $1 in
        --quick) quick=1 ;;
        --reps) reps=${2:?--reps N}; shift ;;
        --warmup) kwarm=${2:?--warmup N}; shift ;;
        --only) only+=("${2:?--only WORKLOAD}"); shift ;;
        --sizes) sizes=${2:?--sizes A,B,C,D,E,F,G,H,I}; shift ;;
        -h|--help) sed -n '2,/^set -uo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done
if [ $quick = 1 ]; then
    N_SPAWN=100000 N_YIELD=200000 N_FAN=$((64 << 18)) N_PING=10000 N_BUF=100000
    N_MEM=100000 N_CANCEL=10000 N_NOSUSP=10000000 N_TRANS=100; : "${kwarm:=2}"
else
    N_SPAWN=1000000 N_YIELD=2000000 N_FAN=$((64 << 21)) N_PING=100000 N_BUF=1000000
    N_MEM=1000000 N_CANCEL=100000 N_NOSUSP=100000000 N_TRANS=500; : "${kwarm:=3}"
fi
if [ -n "$sizes" ]; then
    IFS=, read -r s1 s2 s3 s4 s5 s6 s7 s8 s9 extra <<<"$sizes"
    [ -z "$extra" ] || { echo "run.sh: --sizes takes at most nine numbers" >&2; exit 2; }
    N_SPAWN=${s1:-$N_SPAWN} N_YIELD=${s2:-$N_YIELD} N_FAN=${s3:-$N_FAN} N_PING=${s4:-$N_PING} N_BUF=${s5:-$N_BUF}
    N_MEM=${s6:-$N_MEM} N_CANCEL=${s7:-$N_CANCEL} N_NOSUSP=${s8:-$N_NOSUSP} N_TRANS=${s9:-$N_TRANS}
fi
case "$reps$kwarm" in *[!0-9]*|'') echo "run.sh: --reps and --warmup take numbers" >&2; exit 2 ;; esac
for v in "$N_SPAWN" "$N_YIELD" "$N_FAN" "$N_PING" "$N_BUF" "$N_MEM" "$N_CANCEL" "$N_NOSUSP" "$N_TRANS"; do
    case $v in ''|*[!0-9]*|0) echo "run.sh: --sizes takes positive numbers" >&2; exit 2 ;; esac
done
[ "$N_YIELD" -ge 2 ] && [ "$N_FAN" -ge 64 ] || { echo "run.sh: yield needs N >= 2, fanout N >= 64" >&2; exit 2; }
[ "$N_TRANS" -ge 2 ] || { echo "run.sh: translate needs N >= 2 functions" >&2; exit 2; }
# The pthreads rows: one thread per task costs far more, and at most 10,000
# threads are alive at once (two mappings each; vm.max_map_count is 65530).
cap() { local v=$(($1 / $2)); [ $v -lt 2 ] && v=2; [ $v -gt 10000 ] && [ "${3:-}" = capped ] && v=10000; echo $v; }
NP_SPAWN=$(cap "$N_SPAWN" 10) NP_YIELD=$(cap "$N_YIELD" 10) NP_MEM=$(cap "$N_MEM" 100 capped) NP_CANCEL=$(cap "$N_CANCEL" 10 capped)
[ "$reps" -ge 1 ] || { echo "run.sh: --reps must be at least 1" >&2; exit 2; }
command -v python3 >/dev/null || { echo "run.sh: python3 is needed for the report" >&2; exit 1; }
wanted() { [ ${#only[@]} = 0 ] && return 0; local w; for w in "${only[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1; }

mkdir -p "$OUT"
LOG=$OUT/run.log
: >"$LOG"
note() { echo "== $*" >&2; }

# ---------------------------------------------------------------- build
note "building asyncc (build-bench, Release)"
if [ ! -f "$BUILD/build.ninja" ]; then
    # No tests (no lit needed); -Werror off: a warning elsewhere in the
    # tree must not stop a measurement.
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DASYNCC_ENABLE_TESTS=OFF -DASYNCC_WERROR=OFF >>"$LOG" 2>&1 \
        || { echo "run.sh: cmake failed, see $LOG" >&2; tail -n 20 "$LOG" >&2; exit 1; }
fi
ninja -C "$BUILD" asyncc asyncc_runtime >>"$LOG" 2>&1 \
    || { echo "run.sh: building asyncc failed, see $LOG" >&2; tail -n 20 "$LOG" >&2; exit 1; }

mkdir -p "$OUT/asyncc"
for src in "$ROOT"/bench/asyncc/*.c; do
    b=$(basename "$src" .c)
    "$BUILD/translator/asyncc" "$src" -o "$OUT/asyncc/$b.gen.c" -- -I"$ROOT/runtime/include" >>"$LOG" 2>&1 \
        && "$CC" -O2 -I"$ROOT/runtime/include" -I"$ROOT/bench/asyncc" "$OUT/asyncc/$b.gen.c" \
               "$BUILD/runtime/libasyncc.a" -lpthread -o "$OUT/asyncc/$b" >>"$LOG" 2>&1 \
        || { echo "run.sh: building bench/asyncc/$b.c failed, see $LOG" >&2; tail -n 20 "$LOG" >&2; exit 1; }
done

PT_SKIP=
mkdir -p "$OUT/pthreads"
"$CC" -O2 -Wall -Wextra -I"$ROOT/bench/asyncc" "$ROOT/bench/pthreads/bench.c" -lpthread \
    -o "$OUT/pthreads/bench" >>"$LOG" 2>&1 || PT_SKIP="failed: building bench/pthreads/bench.c (see $LOG)"

CPP_SKIP=
if ! command -v clang++-19 >/dev/null; then
    CPP_SKIP="skipped: not installed (clang++-19; scripts/setup.sh)"
else
    note "building the C++20 peer (clang++-19)"
    bash "$ROOT/bench/cpp/build.sh" "$OUT/cpp" >>"$LOG" 2>&1 || CPP_SKIP="failed: clang++-19 build (see $LOG)"
fi

GO_SKIP= KT_SKIP= TR_SKIP=
if ! command -v "${CLANG:-clang-19}" >/dev/null; then
    TR_SKIP="skipped: not installed (${CLANG:-clang-19}; scripts/setup.sh)"
fi
if ! command -v go >/dev/null; then
    GO_SKIP="skipped: not installed (go; bash bench/setup.sh)"
else
    note "building Go peers ($(go version | awk '{print $3}'))"
    mkdir -p "$OUT/go"
    (cd "$ROOT/bench/go" && go build -o "$OUT/go/bench" bench.go) >>"$LOG" 2>&1 \
        || GO_SKIP="failed: go build (see $LOG)"
fi
if ! command -v kotlinc >/dev/null || ! command -v java >/dev/null; then
    KT_SKIP="skipped: not installed (kotlinc; bash bench/setup.sh)"
elif [ ! -f /usr/share/java/kotlinx-coroutines-core.jar ] || [ ! -f /usr/share/java/atomicfu.jar ]; then
    KT_SKIP="skipped: not installed (kotlinx-coroutines/atomicfu jars; bash bench/setup.sh)"
else
    stamp=$OUT/kotlin/out/.source
    sum=$(cat "$ROOT"/bench/kotlin/*.kt | cksum)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
        note "compiling Kotlin peers (kotlinc takes 10-60 s; cached until bench/kotlin changes)"
        rm -rf "$OUT/kotlin/out"
        if kotlinc -nowarn -cp "$KJARS" -d "$OUT/kotlin/out" "$ROOT"/bench/kotlin/*.kt >>"$LOG" 2>&1; then
            echo "$sum" >"$stamp"
        else
            KT_SKIP="failed: kotlinc (see $LOG)"
        fi
    fi
fi

# ---------------------------------------------------------------- run
TSV=$OUT/results.tsv
: >"$TSV"
# measure WHAT SKIP -- COMMAND...
# Runs COMMAND (which prints RESULT lines), unless SKIP says why not, and
# keeps its output for row.
measure() {
    local what=$1
    M_SKIP=$2 M_OUT= M_RC=0; shift 3
    [ -n "$M_SKIP" ] && return
    note "$what"
    M_OUT=$(timeout "$TIMEOUT" "$@" 2>>"$LOG"); M_RC=$?
    { echo "\$ $*"; echo "$M_OUT"; } >>"$LOG"
}
# row WORKLOAD GROUP IMPL LABEL [CASE]
# Appends one line to $TSV from the last measure's RESULT lines (only those
# of CASE, if given): workload, group, impl, label, status, unit, values
# (comma-separated), checks.
row() {
    local w=$1 g=$2 impl=$3 label=$4 cas=${5:-}
    if [ -n "$M_SKIP" ]; then
        printf '%s\t%s\t%s\t%s\t%s\t\t\t\n' "$w" "$g" "$impl" "$label" "$M_SKIP" >>"$TSV"
        return
    fi
    local lines; lines=$(grep '^RESULT ' <<<"$M_OUT" | { if [ -n "$cas" ]; then grep " case=$cas "; else cat; fi; })
    if [ $M_RC != 0 ] || [ -z "$lines" ]; then
        local why="failed: exit $M_RC"; [ $M_RC = 124 ] && why="failed: timed out after ${TIMEOUT}s"
        printf '%s\t%s\t%s\t%s\t%s (see %s)\t\t\t\n' "$w" "$g" "$impl" "$label" "$why" "$LOG" >>"$TSV"
        return
    fi
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$lines" | paste -sd, -; }
    printf '%s\t%s\t%s\t%s\tok\t%s\t%s\t%s\n' "$w" "$g" "$impl" "$label" \
        "$(field unit | cut -d, -f1)" "$(field value)" "$(field check | tr ',' '\n' | sort -u | paste -sd, -)" >>"$TSV"
}
# entry WORKLOAD GROUP IMPL LABEL SKIP -- COMMAND...: measure + row.
entry() {
    local w=$1 g=$2 impl=$3 label=$4 skip=$5; shift 5
    measure "$w / $g / $impl" "$skip" "$@"
    row "$w" "$g" "$impl" "$label"
}
# FRESH R COMMAND...: COMMAND (which runs one round) R times, each in a
# new process (memory: a process that has held N coroutines before keeps
# some of what they took, so only a first round measures all of it).
FRESH=(bash -c 'r=$1; shift; for ((i = 0; i < r; i++)); do "$@" || exit; done' fresh)

A=$OUT/asyncc G=$OUT/go/bench T=$OUT/pthreads/bench C=$OUT/cpp/bench
K=(java ${BENCH_JAVA_OPTS:-} -cp "$OUT/kotlin/out:$KJARS" BenchKt)
P=$(nproc)
R=$reps W=1

if wanted spawn_join; then
    n=$N_SPAWN
    entry spawn_join "1 thread" asyncc "run_blocking: ac_coroutine_scope + ac_launch" "" -- "$A/spawn_join" st "$n" $R $W
    entry spawn_join "1 thread" kotlin "runBlocking { repeat(N) { launch { } } }" "$KT_SKIP" -- "${K[@]}" spawn_join st "$n" $R "$kwarm"
    entry spawn_join "1 thread" go "go func + WaitGroup, GOMAXPROCS=1" "$GO_SKIP" -- "$G" spawn_join st-p1 "$n" $R $W
    entry spawn_join "1 thread" cpp20 "scope.spawn N lazy tasks, co_await scope.join()" "$CPP_SKIP" -- "$C" spawn_join st "$n" $R $W
    entry spawn_join "multi-thread" asyncc "ac_launch into ac_scope_new(NULL), join" "" -- "$A/spawn_join" dd "$n" $R $W
    entry spawn_join "multi-thread" kotlin "runBlocking { launch(Dispatchers.Default) { } }" "$KT_SKIP" -- "${K[@]}" spawn_join default "$n" $R "$kwarm"
    entry spawn_join "multi-thread" go "go func + WaitGroup, GOMAXPROCS=$P" "$GO_SKIP" -- "$G" spawn_join mt "$n" $R $W
    entry spawn_join "multi-thread" pthreads "pthread_create + pthread_join, N=$NP_SPAWN threads" "$PT_SKIP" -- "$T" spawn_join mt "$NP_SPAWN" $R $W
fi
if wanted yield; then
    n=$N_YIELD
    entry yield "1 thread" asyncc "2 coroutines ac_yield() on run_blocking's loop" "" -- "$A/yield" st "$n" $R $W
    entry yield "1 thread" kotlin "2 coroutines yield() in runBlocking" "$KT_SKIP" -- "${K[@]}" yield st "$n" $R "$kwarm"
    entry yield "1 thread" go "2 goroutines runtime.Gosched(), GOMAXPROCS=1" "$GO_SKIP" -- "$G" yield gosched-p1 "$n" $R $W
    entry yield "1 thread" go-chan "Go's idiom: unbuffered chan ping-pong, GOMAXPROCS=1" "$GO_SKIP" -- "$G" yield chan-p1 "$n" $R $W
    entry yield "1 thread" cpp20 "2 spawned tasks co_await yield(), ring-buffer loop" "$CPP_SKIP" -- "$C" yield st "$n" $R $W
    entry yield "multi-thread" asyncc "2 coroutines ac_yield() on the default dispatcher" "" -- "$A/yield" mt "$n" $R $W
    entry yield "multi-thread" kotlin "2 launch(Dispatchers.Default) { yield() }" "$KT_SKIP" -- "${K[@]}" yield default "$n" $R "$kwarm"
    entry yield "multi-thread" go "2 goroutines runtime.Gosched(), GOMAXPROCS=$P" "$GO_SKIP" -- "$G" yield gosched "$n" $R $W
    entry yield "multi-thread" pthreads "2 threads taking turns on a mutex+condvar, N=$NP_YIELD" "$PT_SKIP" -- "$T" yield mt "$NP_YIELD" $R $W
fi
if wanted fanout; then
    n=$N_FAN
    entry fanout "multi-thread" asyncc "64 x ac_async into ac_scope_new(NULL), AC_AWAIT" "" -- "$A/fanout" mt "$n" $R $W
    entry fanout "multi-thread" kotlin "64 x async(Dispatchers.Default), awaitAll" "$KT_SKIP" -- "${K[@]}" fanout mt "$n" $R "$kwarm"
    entry fanout "multi-thread" go "64 goroutines + WaitGroup, GOMAXPROCS=$P" "$GO_SKIP" -- "$G" fanout mt "$n" $R $W
    entry fanout "multi-thread" c-seq "reference: plain C loop on 1 thread, no coroutines" "" -- "$A/fanout" seq "$n" $R $W
fi
if wanted chan_pingpong; then
    n=$N_PING
    entry chan_pingpong "1 thread" asyncc "2 coroutines, 2 rendezvous channels, run_blocking's loop" "" -- "$A/chan_pingpong" st "$n" $R $W
    entry chan_pingpong "1 thread" kotlin "launch + async, 2 Channel<Int>() in runBlocking" "$KT_SKIP" -- "${K[@]}" chan_pingpong st "$n" $R "$kwarm"
    entry chan_pingpong "1 thread" go "2 unbuffered chans, GOMAXPROCS=1" "$GO_SKIP" -- "$G" chan_pingpong st-p1 "$n" $R $W
    entry chan_pingpong "1 thread" cpp20 "spawned echo + awaited pinger, 2 rendezvous chan<long>" "$CPP_SKIP" -- "$C" chan_pingpong st "$n" $R $W
    entry chan_pingpong "multi-thread" asyncc "the same 2 coroutines on the default dispatcher" "" -- "$A/chan_pingpong" mt "$n" $R $W
    entry chan_pingpong "multi-thread" kotlin "the same with Dispatchers.Default" "$KT_SKIP" -- "${K[@]}" chan_pingpong default "$n" $R "$kwarm"
    entry chan_pingpong "multi-thread" go "2 unbuffered chans, GOMAXPROCS=$P" "$GO_SKIP" -- "$G" chan_pingpong mt "$n" $R $W
    entry chan_pingpong "multi-thread" pthreads "2 threads, 2 one-slot mutex+condvar queues" "$PT_SKIP" -- "$T" chan_pingpong mt "$n" $R $W
fi
if wanted chan_buffered; then
    n=$N_BUF
    entry chan_buffered "1 thread" asyncc "producer + consumer, capacity 64, run_blocking's loop" "" -- "$A/chan_buffered" st "$n" $R $W
    entry chan_buffered "1 thread" kotlin "launch + async, Channel<Int>(64) in runBlocking" "$KT_SKIP" -- "${K[@]}" chan_buffered st "$n" $R "$kwarm"
    entry chan_buffered "1 thread" go "make(chan int, 64), GOMAXPROCS=1" "$GO_SKIP" -- "$G" chan_buffered st-p1 "$n" $R $W
    entry chan_buffered "1 thread" cpp20 "spawned producer, main task consumes, chan<long>(64)" "$CPP_SKIP" -- "$C" chan_buffered st "$n" $R $W
    entry chan_buffered "multi-thread" asyncc "the same 2 coroutines on the default dispatcher" "" -- "$A/chan_buffered" mt "$n" $R $W
    entry chan_buffered "multi-thread" kotlin "the same with Dispatchers.Default" "$KT_SKIP" -- "${K[@]}" chan_buffered default "$n" $R "$kwarm"
    entry chan_buffered "multi-thread" go "make(chan int, 64), GOMAXPROCS=$P" "$GO_SKIP" -- "$G" chan_buffered mt "$n" $R $W
    entry chan_buffered "multi-thread" pthreads "2 threads, mutex+condvar queue of 64" "$PT_SKIP" -- "$T" chan_buffered mt "$n" $R $W
fi
if wanted memory; then
    n=$N_MEM
    entry memory "1 thread" asyncc "N x ac_launch { ac_delay(1 h) } on run_blocking's loop" "" -- "${FRESH[@]}" $R "$A/memory" st "$n" 1 0
    entry memory "1 thread" kotlin "N x launch { delay(1 h) } in runBlocking, after System.gc()" "$KT_SKIP" -- "${FRESH[@]}" $R "${K[@]}" memory st "$n" 1 0
    entry memory "1 thread" go "N goroutines in select { timer, ctx.Done() }, GOMAXPROCS=1" "$GO_SKIP" -- "${FRESH[@]}" $R "$G" memory st-p1 "$n" 1 0
    entry memory "1 thread" cpp20 "N spawned tasks in co_await delay(1 h), VmRSS delta" "$CPP_SKIP" -- "${FRESH[@]}" $R "$C" memory st "$n" 1 0
    entry memory "1 thread" pthreads "N=$NP_MEM threads in pthread_cond_timedwait, 64 KiB stacks" "$PT_SKIP" -- "${FRESH[@]}" $R "$T" memory st "$NP_MEM" 1 0
fi
if wanted cancel_storm; then
    n=$N_CANCEL
    entry cancel_storm "1 thread" asyncc "ac_cancel_and_join of a parent of N delayed children" "" -- "$A/cancel_storm" st "$n" $R $W
    entry cancel_storm "1 thread" kotlin "parent.cancelAndJoin(), N children in delay, runBlocking" "$KT_SKIP" -- "${K[@]}" cancel_storm st "$n" $R "$kwarm"
    entry cancel_storm "1 thread" go "cancel() a context N goroutines select on, wg.Wait, GOMAXPROCS=1" "$GO_SKIP" -- "$G" cancel_storm st-p1 "$n" $R $W
    entry cancel_storm "1 thread" cpp20 "scope.cancel() of N tasks in delay(1 h): frames destroyed" "$CPP_SKIP" -- "$C" cancel_storm st "$n" $R $W
    entry cancel_storm "1 thread" pthreads "N=$NP_CANCEL threads in cond_timedwait: broadcast, join all" "$PT_SKIP" -- "$T" cancel_storm st "$NP_CANCEL" $R $W
fi
if wanted nosuspend; then
    n=$N_NOSUSP
    measure "nosuspend / 1 thread / asyncc" "" -- "$A/nosuspend" st "$n" $R $W
    row nosuspend "1 thread" asyncc "SUSPEND add() that does not suspend, from a suspend fn" suspend
    row nosuspend "1 thread" c-plain "the same body as a plain C function (noipa), from C" plain
    measure "nosuspend / 1 thread / kotlin" "$KT_SKIP" -- "${K[@]}" nosuspend st "$n" $R "$kwarm"
    row nosuspend "1 thread" kotlin "suspend fun add() that does not suspend, in runBlocking" suspend
    row nosuspend "1 thread" kt-plain "the same body as a plain fun, from main" plain
    # The JIT inlines both functions into their loops; C's plain add is
    # noipa and a suspend call is never inlined: the same calls, not inlined.
    measure "nosuspend / 1 thread / kotlin, dontinline" "$KT_SKIP" -- "${K[0]}" -XX:CompileCommand=quiet \
        '-XX:CompileCommand=dontinline,BenchKt::add*' "${K[@]:1}" nosuspend st "$n" $R "$kwarm"
    row nosuspend "1 thread" kt-noinline "the same suspend fun, -XX:CompileCommand=dontinline" suspend
    row nosuspend "1 thread" kt-plain-noinline "the same plain fun, -XX:CompileCommand=dontinline" plain
fi
if wanted translate; then
    n=$N_TRANS
    measure "translate / 1 thread" "$TR_SKIP" -- python3 "$ROOT/bench/translator/bench.py" "$BUILD/translator/asyncc" "$ROOT/runtime/include" "$OUT/translate" "$n" $R $W
    row translate "1 thread" asyncc "asyncc FILE -o /dev/null ($n suspend functions)" asyncc
    row translate "1 thread" clang "${CLANG:-clang-19} -fsyntax-only of the same file" clang
fi

# ---------------------------------------------------------------- report
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
echo
echo "asyncc benchmarks $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$([ -n "$(git -C "$ROOT" status --porcelain -- runtime translator 2>/dev/null)" ] && echo ' (runtime/translator modified)')"
echo "machine: $P cores${cpu:+, $cpu}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "sizes: spawn_join N=$N_SPAWN, yield N=$N_YIELD switches, fanout N=$N_FAN hashes in 64 tasks, chan_pingpong N=$N_PING round trips, chan_buffered N=$N_BUF messages, memory N=$N_MEM, cancel_storm N=$N_CANCEL children, nosuspend N=$N_NOSUSP calls, translate N=$N_TRANS functions; $R measured rounds each (Kotlin after $kwarm warm-up rounds, C/Go after 1; memory: $R new processes)"
python3 "$ROOT/bench/report.py" "$TSV"
if command -v gnuplot >/dev/null; then
    if python3 "$ROOT/bench/chart.py" "$TSV" "$OUT/chart.png" >>"$LOG" 2>&1; then
        echo "chart: $OUT/chart.png"
    else
        echo "chart: gnuplot failed (see $LOG)"
    fi
else
    echo "chart: not drawn, gnuplot is not installed (bash bench/setup.sh)"
fi
echo "raw output: $LOG"
