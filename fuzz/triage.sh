#!/usr/bin/env bash
# fuzz/triage.sh -- replays every AFL++ finding through the fuzzing build
# (ASan + UBSan) and prints, per file, the exit status and the first line
# of the report, so that duplicates can be grouped before afl-tmin.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD:-$root/build-afl}
out=${FUZZ_OUT:-$build/fuzz-out}
bin=$build/translator/asyncc
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1
n=0
for f in "$out"/default/crashes/id:* "$out"/default/hangs/id:*; do
    [ -e "$f" ] || continue
    n=$((n + 1))
    report=$(timeout 20 "$bin" "$f" -o /dev/null 2>&1 >/dev/null)
    rc=$?
    first=$(printf '%s\n' "$report" | grep -m1 -E 'ERROR: AddressSanitizer|runtime error|SUMMARY|Segmentation|error:' || true)
    printf '%s\tstatus %s\t%s\n' "$(basename "$f")" "$rc" "${first:0:160}"
done
echo "triage: $n findings"
