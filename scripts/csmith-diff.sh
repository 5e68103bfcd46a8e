#!/usr/bin/env bash
# Differential testing of the translator against csmith's random programs.
#
#   bash scripts/csmith-diff.sh [--count N] [--seed-start S] [--jobs J] [--keep DIR]
#                               [--build DIR] [--all4-every K] [--two "gcc:-O0 clang:-O2"]
#                               [--ref-timeout SEC] [--quiet]
#
# For each seed S .. S+N-1:
#   1. csmith --seed S $CSMITH_OPTS          -> prog.c
#   2. gcc -O0 prog.c, run (5 s)             -> the reference checksum (the
#      oracle); a seed whose reference crashes or takes over 5 s is skipped
#   3. scripts/csmith-suspend.py             -> prog.conv.c (every func_N a
#      suspend function, ac_yield() at random statements, blocks, expressions)
#   4. asyncc prog.conv.c                    -> prog.gen.c
#   5. prog.gen.c built with gcc -O0, gcc -O2, clang-19 -O0, clang-19 -O2
#      (-w, linked with the build tree's libasyncc.a), each run (30 s) and its
#      checksum compared with the reference.
# When a step fails, prog.conv.c is built with gcc -O0 -DASYNCC_SEQUENTIAL
# (SUSPEND and ac_yield no-ops) and run: if that does not build or print the
# reference checksum, the converter is at fault ("convert-error").
# Outcomes per seed: ok, skip (reference), convert-error, translator-error,
# compile-error, mismatch, timeout (a translated program over 30 s), crash.
# With --all4-every K only the seeds divisible by K are built with all four
# compilers, the others with the two of --two (default gcc -O0 and clang-19
# -O2); the ctest test uses it.  --ref-timeout: the reference's limit (5 s).
# Exit status 1 on any convert-error, translator-error, compile-error,
# mismatch, timeout or crash; 0 otherwise.  --keep DIR keeps every seed's files
# (else only the failing seeds' files are kept, under a temporary directory
# named in the summary).
#
# csmith options: csmith's defaults, which the translator supports in full:
# csmith makes no function pointers, VLAs, setjmp, alloca, computed gotos or
# statement expressions (what asyncc rejects by design, docs/translation.md),
# so no --no-... flag is needed.  Programs are kept smaller than the defaults
# (--max-funcs 6 --max-block-depth 4 --max-expr-complexity 8) so that a seed
# takes about a second; CSMITH_OPTS in the environment overrides the set.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
count=10
seed_start=1
jobs=$(nproc 2>/dev/null || echo 2)
keep=
build="$root/build"
all4_every=1
ref_timeout=5
two_cfgs="gcc:-O0 clang:-O2"
quiet=0
while [ $# -gt 0 ]; do
    case "$1" in
        --count) count=$2; shift 2 ;;
        --seed-start) seed_start=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        --build) build=$(cd "$2" && pwd); shift 2 ;;
        --all4-every) all4_every=$2; shift 2 ;;
        --quiet) quiet=1; shift ;;
        --ref-timeout) ref_timeout=$2; shift 2 ;;
        --two) two_cfgs=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "csmith-diff: unknown argument $1" >&2; exit 2 ;;
    esac
done

export CSMITH_OPTS=${CSMITH_OPTS:---max-funcs 6 --max-block-depth 4 --max-expr-complexity 8}
export ASYNCC=${ASYNCC:-$build/translator/asyncc}
export ASYNCC_LIB=${ASYNCC_LIB:-$build/runtime/libasyncc.a}
export CLANG=${CLANG:-$(command -v clang-19 || command -v clang)}
export CONVERT="$here/csmith-suspend.py"
export PY=/usr/bin/python3
export CSMITH_INC=${CSMITH_INC:-/usr/include/csmith}
export RT_INC="$root/runtime/include"
export ALL4_EVERY=$all4_every REF_TIMEOUT=$ref_timeout TWO_CFGS=$two_cfgs
for f in "$ASYNCC" "$ASYNCC_LIB"; do
    [ -e "$f" ] || { echo "csmith-diff: $f missing (build the tree, or --build DIR)" >&2; exit 2; }
done
command -v csmith >/dev/null || { echo "csmith-diff: csmith not installed (scripts/setup.sh)" >&2; exit 2; }

if [ -n "$keep" ]; then
    mkdir -p "$keep"; work=$(cd "$keep" && pwd); export KEEP_ALL=1
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/csmith-diff.XXXXXX"); export KEEP_ALL=0
fi
export WORK=$work

# one seed; prints "seed S: OUTCOME [detail]"
one_seed() {
    local s=$1 d="$WORK/$1" inc="-I$CSMITH_INC -I$RT_INC" out ref
    mkdir -p "$d"; cd "$d" || return
    local finish_keep=0
    report() {   # outcome detail
        echo "seed $s: $1${2:+ $2}"
        if [ "$KEEP_ALL" = 0 ] && [ "$3" = drop ]; then rm -rf "$d"; fi
    }
    if ! csmith --seed "$s" $CSMITH_OPTS -o prog.c >csmith.log 2>&1; then
        report skip "csmith failed" drop; return; fi
    if ! gcc -w -O0 $inc prog.c -o ref >ref.log 2>&1; then
        report skip "reference does not compile" drop; return; fi
    ref=$(timeout "$REF_TIMEOUT" ./ref 2>/dev/null); local rc=$?
    if [ $rc -ne 0 ] || [ -z "$ref" ]; then report skip "reference rc=$rc" drop; return; fi
    if ! "$PY" "$CONVERT" prog.c -o prog.conv.c 2>convert.log; then
        report convert-error "$(tail -1 convert.log)"; return; fi
    # the converted program built sequentially (SUSPEND and ac_yield no-ops)
    # must print the reference checksum; checked only when something fails,
    # to tell the converter's faults from the translator's
    seq_ok() {
        if ! gcc -w -O0 -DASYNCC_SEQUENTIAL $inc prog.conv.c "$ASYNCC_LIB" -lpthread -o seq >seq.log 2>&1; then
            report convert-error "sequential build: $(grep -m1 error: seq.log)"; return 1; fi
        out=$(timeout 10 ./seq 2>/dev/null)
        if [ "$out" != "$ref" ]; then
            report convert-error "sequential run: '$out' != '$ref'"; return 1; fi
        return 0
    }
    if ! "$ASYNCC" prog.conv.c -o prog.gen.c -- $inc >asyncc.log 2>&1; then
        seq_ok || return
        report translator-error "$(grep -m1 -E 'error|fatal|Assert|Sanitizer' asyncc.log || tail -1 asyncc.log)"; return; fi
    local cfgs="gcc:-O0 gcc:-O2 clang:-O0 clang:-O2"
    if [ "$ALL4_EVERY" -gt 1 ] && [ $((s % ALL4_EVERY)) -ne 0 ]; then cfgs=$TWO_CFGS; fi
    local c cc opt exe
    for c in $cfgs; do
        cc=${c%%:*}; opt=${c#*:}; exe=gen-$cc$opt
        [ "$cc" = clang ] && cc=$CLANG
        if ! $cc -w $opt $inc prog.gen.c "$ASYNCC_LIB" -lpthread -o "$exe" >"$exe.log" 2>&1; then
            seq_ok || return
            report compile-error "${c}: $(grep -m1 error: "$exe.log")"; return; fi
        out=$(timeout 30 "./$exe" 2>"$exe.err"); rc=$?
        if [ $rc -eq 124 ]; then seq_ok || return; report timeout "$c"; return; fi
        if [ $rc -ne 0 ]; then seq_ok || return; report crash "$c rc=$rc $(head -c 200 "$exe.err")"; return; fi
        if [ "$out" != "$ref" ]; then seq_ok || return; report mismatch "$c: '$out' != '$ref'"; return; fi
    done
    report ok "" drop
}
export -f one_seed

start=$(date +%s)
results="$work/results.txt"
seq "$seed_start" $((seed_start + count - 1)) |
    xargs -P "$jobs" -I{} bash -c 'one_seed "$@"' _ {} |
    tee "$results" | { if [ "$quiet" = 1 ]; then grep -v ': ok$\|: skip' || true; else cat; fi; }
elapsed=$(( $(date +%s) - start ))

summary=""
for o in ok skip convert-error translator-error compile-error mismatch timeout crash; do
    n=$(grep -c ": $o\b" "$results")
    summary+="$o=$n "
done
echo "csmith-diff: seeds $seed_start..$((seed_start + count - 1)) (${count}): ${summary}in ${elapsed}s; files in $work"
if grep -qE ': (convert-error|translator-error|compile-error|mismatch|timeout|crash)' "$results"; then
    exit 1
fi
[ -n "$keep" ] || rm -rf "$work"
exit 0
