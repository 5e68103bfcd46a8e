#!/usr/bin/env bash
# THE test command: installs what is missing, then builds and tests three trees
#   build/       plain, RelWithDebInfo
#   build-asan/  -DASYNCC_SANITIZE=address,undefined
#   build-tsan/  -DASYNCC_SANITIZE=thread
# and runs ctest in each (runtime unit tests + the lit suite), then
#   valgrind     Valgrind memcheck over the plain tree's test programs
#                (scripts/valgrind.sh: the runtime unit tests and the lit suite
#                with --param valgrind=1); it reuses build/ (ASYNCC_VALGRIND_TREE),
#                all tests by default; ASYNCC_VALGRIND_SUBSET=K/N runs every
#                N-th lit test from the K-th (see scripts/valgrind.sh)
#
#   bash scripts/test.sh
#   ASYNCC_TEST_CONFIGS=plain bash scripts/test.sh        # a subset
#   ASYNCC_TEST_CONFIGS="plain tsan" bash scripts/test.sh
#   ASYNCC_TEST_CONFIGS=valgrind ASYNCC_VALGRIND_SUBSET=0/3 bash scripts/test.sh
#   ASYNCC_JOBS=4 ...                                       # parallelism (default 2)
#
# Exits non-zero if any configure, build or test fails.  Ends with one line
# per tree and a total line "total: N passed, M failed" (ctest tests).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
root=$(pwd)

bash scripts/setup.sh || { echo "test.sh: scripts/setup.sh failed" >&2; exit 1; }

jobs=${ASYNCC_JOBS:-2}
configs=${ASYNCC_TEST_CONFIGS:-plain asan tsan valgrind}
configs=${configs//,/ }

summary=()
total_pass=0
total_fail=0
status=0

run_tree() {
    local name=$1 dir=$2; shift 2
    local log="$root/$dir/ctest-summary.log"
    echo "=== [$name] configure $dir"
    # A tree configured by another generator cannot be reused by -G Ninja.
    if [ -f "$dir/CMakeCache.txt" ] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$dir/CMakeCache.txt"; then
        echo "test.sh: $dir was not configured with Ninja; clearing its CMake cache"
        rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
    fi
    if ! cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"; then
        summary+=("$name: configure FAILED")
        total_fail=$((total_fail + 1)); status=1; return
    fi
    echo "=== [$name] build $dir"
    if ! cmake --build "$dir" -j "$jobs"; then
        summary+=("$name: build FAILED")
        total_fail=$((total_fail + 1)); status=1; return
    fi
    echo "=== [$name] test $dir"
    local rc=0
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" 2>&1 | tee "$log" || rc=$?
    [ "$rc" -eq 0 ] || status=1
    # "100% tests passed, 0 tests failed out of 3"
    local line ran failed
    line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        summary+=("$name: ctest ran no test (exit $rc)")
        total_fail=$((total_fail + 1)); status=1; return
    fi
    failed=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
    ran=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
    local passed=$((ran - failed))
    if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
    total_pass=$((total_pass + passed))
    total_fail=$((total_fail + failed))
    # lit's own counts, from the full ctest log
    local lit="" last="$dir/Testing/Temporary/LastTest.log"
    if [ -f "$last" ]; then
        # lit's closing lines: "  Passed: 12 (92.31%)", "  Failed: 1 (7.69%)", ...
        lit=$(grep -E '^ *(Passed|Failed|Unsupported|Expectedly Failed|Unresolved|Timed Out|Unexpectedly Passed|Excluded|Skipped) *: *[0-9]+' "$last" \
              | sed -E 's/^ *([A-Za-z ]*[a-z]) *: *([0-9]+).*/\2 \1/' | tr 'A-Z' 'a-z' | paste -sd, - | sed 's/,/, /g')
    fi
    summary+=("$name: $passed passed, $failed failed (ctest in $dir${lit:+; lit: $lit})")
}

# valgrind: scripts/valgrind.sh on the plain tree (built by it if the plain
# config did not run); its last line is
# "valgrind: runtime unit tests: A passed, B failed; lit ...: C passed, D failed, ...; S s"
run_valgrind() {
    local dir=${ASYNCC_VALGRIND_TREE:-build} subset=${ASYNCC_VALGRIND_SUBSET:-all}
    local log="$root/$dir/valgrind-summary.log" args=(--tree "$dir")
    [ "$subset" = all ] || args+=(--subset "$subset")
    echo "=== [valgrind] scripts/valgrind.sh ${args[*]}"
    mkdir -p "$dir"
    local rc=0
    bash scripts/valgrind.sh "${args[@]}" 2>&1 | tee "$log" || rc=$?
    [ "$rc" -eq 0 ] || status=1
    local line
    line=$(grep -E '^valgrind: runtime unit tests:' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        summary+=("valgrind: did not complete (exit $rc)")
        total_fail=$((total_fail + 1)); status=1; return
    fi
    local up uf lp lf n
    up=$(sed -E 's/.*unit tests: ([0-9]+) passed.*/\1/' <<<"$line")
    uf=$(sed -E 's/.*unit tests: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line")
    lp=0
    for n in $(grep -oE '[0-9]+ passed' <<<"${line#*lit}" | grep -oE '^[0-9]+'); do
        lp=$((lp + n))                  # "passed" and "passed with retry"
    done
    lf=0
    for n in $(grep -oE '[0-9]+ (failed|unresolved|timed out)' <<<"${line#*lit}" | grep -oE '^[0-9]+'); do
        lf=$((lf + n))
    done
    if [ "$rc" -ne 0 ] && [ $((uf + lf)) -eq 0 ]; then lf=1; fi
    total_pass=$((total_pass + up + lp))
    total_fail=$((total_fail + uf + lf))
    summary+=("${line}")
}

for cfg in $configs; do
    case $cfg in
        plain) run_tree plain build ;;
        asan)  run_tree asan build-asan -DASYNCC_SANITIZE=address,undefined ;;
        tsan)  run_tree tsan build-tsan -DASYNCC_SANITIZE=thread ;;
        valgrind) run_valgrind ;;
        *) echo "test.sh: unknown config '$cfg' (known: plain asan tsan valgrind)" >&2
           summary+=("$cfg: unknown config"); total_fail=$((total_fail + 1)); status=1 ;;
    esac
done

echo
echo "=== summary"
for s in "${summary[@]}"; do echo "$s"; done
echo "total: $total_pass passed, $total_fail failed"
exit $status
