#!/usr/bin/env bash
# valgrind.sh -- Valgrind memcheck over the single-process test programs of a
# plain tree (issue 7):
#   1. the runtime unit tests (ctest runtime.*), each run through
#      scripts/valgrind-run.sh with the command line ctest gives it;
#   2. the lit suite in valgrind mode (lit --param valgrind=1): every
#      program a RUN line starts with %run (the run tests' %t.gcc / %t.clang,
#      the conformance scenarios, asyncc-cc's programs) runs under memcheck,
#      with its real arguments, stdin and checks (FileCheck, compare.py).
# A memcheck error (invalid access, uninitialised value, invalid free,
# definitely/indirectly lost block) fails the test and prints the report.
#
#   bash scripts/valgrind.sh [--tree DIR] [--subset K/N] [-- extra lit arguments]
#
#   --tree DIR    the plain tree (default build/); configured and built here
#                 if needed.  A sanitizer tree is refused (lit.cfg.py).
#   --subset K/N  run only the lit tests whose index in lit's (sorted) test
#                 list is K mod N (lit --shard-count N --run-shard K+1; the
#                 runtime unit tests always run).  CI uses this
#                 (scripts/test.sh, config `valgrind`, ASYNCC_VALGRIND_SUBSET).
# Exits non-zero if anything failed; ends with one summary line.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
root=$(pwd)
tree=build
subset=""
extra=()
while [ $# -gt 0 ]; do
    case $1 in
        --tree) tree=$2; shift 2 ;;
        --subset) subset=$2; shift 2 ;;
        --) shift; extra=("$@"); break ;;
        *) echo "usage: $0 [--tree DIR] [--subset K/N] [-- lit args]" >&2; exit 2 ;;
    esac
done
jobs=${ASYNCC_JOBS:-2}
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }

if [ ! -f "$tree/CMakeCache.txt" ]; then
    cmake -S . -B "$tree" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo || exit 1
fi
if grep -q '^ASYNCC_SANITIZE:STRING=.\+' "$tree/CMakeCache.txt"; then
    echo "valgrind.sh: $tree is a sanitizer tree; valgrind needs a plain one" >&2
    exit 1
fi
cmake --build "$tree" -j "$jobs" || exit 1
status=0
start=$(date +%s)

# --- 1. runtime unit tests ----------------------------------------------------
unit_pass=0 unit_fail=0
unit_list=$(ctest --test-dir "$tree" -L runtime -N --show-only=json-v1 | python3 -c '
import json, shlex, sys
for t in json.load(sys.stdin).get("tests", []):
    print(t["name"] + "\t" + " ".join(shlex.quote(a) for a in t["command"]))')
# Some unit tests order wake-ups 5-10 ms apart in real time (test_delay,
# test_yield, test_scope); under memcheck on a loaded machine a loop step can
# take longer and the order flips.  A test that failed its own checks without
# a memcheck error is run again, up to 3 attempts (each retry is printed); a
# memcheck error fails at once.
while IFS=$'\t' read -r name cmd; do
    [ -n "$name" ] || continue
    t0=$(date +%s)
    log="$root/$tree/valgrind-$name.log"
    ok=0
    for attempt in 1 2 3; do
        if eval "timeout 900 bash scripts/valgrind-run.sh $cmd" > "$log" 2>&1; then
            ok=1; break
        fi
        grep -q 'memcheck reported errors' "$log" && break
        [ "$attempt" -lt 3 ] && echo "RETRY: $name (attempt $attempt failed without a memcheck error: $(tail -n 1 "$log"))"
    done
    if [ "$ok" = 1 ]; then
        unit_pass=$((unit_pass + 1))
        echo "PASS: $name ($(( $(date +%s) - t0 )) s)"
    else
        unit_fail=$((unit_fail + 1)); status=1
        echo "FAIL: $name ($(( $(date +%s) - t0 )) s); its output:"
        sed 's/^/  | /' "$log"
    fi
done <<<"$unit_list"

# --- 2. the lit suite in valgrind mode -----------------------------------------
lit=$(sed -n 's/^ASYNCC_LIT:FILEPATH=//p' "$tree/CMakeCache.txt")
py=$(sed -n 's/^ASYNCC_PYTHON:FILEPATH=//p' "$tree/CMakeCache.txt")
shard=()
if [ -n "$subset" ]; then
    k=${subset%/*} n=${subset#*/}
    shard=(--num-shards "$n" --run-shard $((k + 1)))
fi
litlog="$root/$tree/valgrind-lit.log"
"${py:-python3}" "$lit" -sv -j "$jobs" --param valgrind=1 "${shard[@]}" "${extra[@]}" "$tree/test" 2>&1 | tee "$litlog"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
counts=$(grep -E '^ *(Passed With Retry|Passed|Failed|Unsupported|Unresolved|Timed Out|Excluded) *: *[0-9]+' "$litlog" \
         | sed -E 's/^ *([A-Za-z ]*[a-z]) *: *([0-9]+).*/\2 \1/' | tr 'A-Z' 'a-z' | paste -sd, - | sed 's/,/, /g')
echo
echo "valgrind: runtime unit tests: $unit_pass passed, $unit_fail failed; lit${subset:+ (subset $subset)}: ${counts:-no result}; $(( $(date +%s) - start )) s"
exit $status
