#!/usr/bin/env bash
# soak.sh -- the soak (test/soak/soak.c, issue 7): coroutines launched and
# cancelled in waves of 100000, failures under supervisor and plain scopes,
# channels under contention on the Default dispatcher; exact accounting of
# every coroutine and an RSS check (see the comment at the top of soak.c).
#
#   bash scripts/soak.sh [--minutes N] [--seconds S] [--tree DIR] [--asan-tree DIR]
#                        [--no-asan] [-- extra soak arguments, e.g. --wave 50000 -v]
#
# 1. builds target asyncc-soak in the plain tree (default build/) and runs it
#    for N minutes (default 3), RSS checked;
# 2. builds the ASan+UBSan runtime in the ASan tree (default build-asan/),
#    compiles the translated soak.c against it with -fsanitize=address,undefined,
#    and runs it for a fifth of the time (at least 20 s, RSS not checked:
#    ASan's quarantine keeps freed memory); LeakSanitizer fails it on a leak.
# Exits non-zero if a build or a run fails.  The ctest test `soak` (plain
# trees) is step 1 for 20 seconds.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
seconds=180
tree=build
asan_tree=build-asan
asan=1
extra=()
while [ $# -gt 0 ]; do
    case $1 in
        --minutes) seconds=$(( $2 * 60 )); shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --tree) tree=$2; shift 2 ;;
        --asan-tree) asan_tree=$2; shift 2 ;;
        --no-asan) asan=0; shift ;;
        --) shift; extra=("$@"); break ;;
        *) echo "usage: $0 [--minutes N] [--seconds S] [--tree DIR] [--asan-tree DIR] [--no-asan] [-- soak args]" >&2; exit 2 ;;
    esac
done
jobs=${ASYNCC_JOBS:-2}
status=0

configure() {   # dir, cmake args...
    local dir=$1; shift
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" || return 1
    fi
}

echo "=== soak: plain ($tree), ${seconds} s"
configure "$tree" && cmake --build "$tree" -j "$jobs" --target asyncc-soak || { echo "soak.sh: build failed" >&2; exit 1; }
"$tree/test/soak/asyncc-soak" --seconds "$seconds" "${extra[@]}" || status=1

if [ "$asan" = 1 ]; then
    asan_secs=$(( seconds / 5 )); [ "$asan_secs" -lt 20 ] && asan_secs=20
    echo "=== soak: ASan+UBSan (runtime from $asan_tree), ${asan_secs} s"
    configure "$asan_tree" -DASYNCC_SANITIZE=address,undefined &&
        cmake --build "$asan_tree" -j "$jobs" --target asyncc_runtime || { echo "soak.sh: ASan runtime build failed" >&2; exit 1; }
    gen="$tree/test/soak/asyncc-soak.asyncc/soak.gen.c"     # the translation step 1 made
    out="$asan_tree/soak-asan"
    gcc -std=gnu11 -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
        -fno-sanitize-recover=all -Iruntime/include -iquote test/soak "$gen" \
        "$asan_tree/runtime/libasyncc.a" -lpthread -o "$out" || { echo "soak.sh: ASan soak build failed" >&2; exit 1; }
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} "$out" --seconds "$asan_secs" --no-rss "${extra[@]}" || status=1
fi
exit $status
