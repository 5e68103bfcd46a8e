#!/usr/bin/env bash
# fuzz/run.sh -- fuzzes the translator with AFL++ (one process, one core).
#
#   bash fuzz/build.sh && bash fuzz/run.sh [--minutes N] [--resume]
#
# Seeds: every test/translator/**/*.c (and fuzz/regressions/) up to 64 KiB;
# dictionary: fuzz/asyncc.dict.  Findings go to $FUZZ_OUT (default
# build-afl/fuzz-out): default/crashes/ and default/hangs/.  Triage with
# fuzz/triage.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD:-$root/build-afl}
out=${FUZZ_OUT:-$build/fuzz-out}
minutes=30
resume=0
while [ $# -gt 0 ]; do
    case $1 in
        --minutes) minutes=$2; shift 2 ;;
        --resume) resume=1; shift ;;
        *) echo "usage: fuzz/run.sh [--minutes N] [--resume]" >&2; exit 2 ;;
    esac
done
bin=$build/translator/asyncc
[ -x "$bin" ] || { echo "fuzz/run.sh: $bin missing: run fuzz/build.sh first" >&2; exit 2; }

seeds=$build/fuzz-seeds
if [ "$resume" = 1 ] && [ -d "$out/default" ]; then
    input=-   # AFL++: resume the previous session in $out
else
    rm -rf "$seeds" && mkdir -p "$seeds"
    i=0
    while IFS= read -r -d '' f; do
        [ "$(stat -c %s "$f")" -le 65536 ] || continue
        i=$((i + 1))
        cp "$f" "$seeds/$(printf %04d "$i")-$(basename "$f")"
    done < <(find "$root/test/translator" "$root/fuzz/regressions" -name '*.c' -print0 | sort -z)
    echo "fuzz/run.sh: $i seeds"
    input=$seeds
    rm -rf "$out"
fi

# Containers: no cpufreq governor, core_pattern may pipe to a handler.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=${AFL_NO_UI:-1} AFL_AUTORESUME=1 AFL_SKIP_CRASHES=1
# Leaks are not bugs in the translator (it lets exit reclaim its memory);
# abort_on_error makes an ASan/UBSan report a crash that AFL sees.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:symbolize=0:allocator_may_return_null=1
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:symbolize=0
# -t: a parse of a seed with <asyncc.h> takes ~0.1 s; 5 s is a hang.
# -m none: ASan reserves terabytes of shadow memory.
exec afl-fuzz -i "$input" -o "$out" -x "$root/fuzz/asyncc.dict" -t 5000 -m none \
    -V $((minutes * 60)) -- "$bin" @@ -o /dev/null
