#!/usr/bin/env bash
# cmake-consumer-test.sh PREFIX SOURCE WORKDIR CC [GENERATOR...]
#
# ctest example-cmake-consumer: builds a copy of examples/cmake-consumer
# (SOURCE) against the asyncc installed in PREFIX (example-install), with C
# compiler CC (the one the installed libasyncc was built with: a sanitizer
# build's runtime needs its compiler's sanitizer runtime), once per
# generator (default: Ninja, then Unix Makefiles).  For each it
#   - configures with find_package(Asyncc) from PREFIX only and builds;
#   - runs consumer ("total 100") and channel_shared ("received 42", linked
#     with the installed libasyncc.so);
#   - builds again and checks nothing is translated again;
#   - rewrites work.h with another WORK_SCALE and builds: main.c must be
#     translated again (its .gen.c rewritten, the build log saying so) and
#     consumer print the new total.
set -euo pipefail
prefix=$1 src=$2 work=$3 cc=$4
shift 4
gens=("$@")
[ ${#gens[@]} -gt 0 ] || gens=(Ninja "Unix Makefiles")

fail() { echo "FAIL [$gen]: $*" >&2; exit 1; }
expect_output() { # program expected
    local out
    out=$("$1") || fail "$1 exited with $?"
    [ "$out" = "$2" ] || fail "$1 printed '$out', expected '$2'"
}
mtime() { stat -c %Y.%y "$1"; }

for gen in "${gens[@]}"; do
    dir="$work/${gen// /-}"
    rm -rf "$dir"
    mkdir -p "$dir"
    cp -R "$src" "$dir/src"
    b="$dir/build"
    # CMAKE_FIND_USE_* off: the package must come from PREFIX, not from a
    # system or user package registry
    cmake -S "$dir/src" -B "$b" -G "$gen" -DCMAKE_C_COMPILER="$cc" \
          -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF \
          -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF >"$dir/configure.log" 2>&1 ||
        { cat "$dir/configure.log"; fail "configure"; }
    asyncc_dir=$(sed -n 's/^Asyncc_DIR:PATH=//p' "$b/CMakeCache.txt")
    [ "$asyncc_dir" = "$prefix/lib/cmake/Asyncc" ] ||
        fail "found the package in '$asyncc_dir', not in $prefix/lib/cmake/Asyncc"

    cmake --build "$b" >"$dir/build1.log" 2>&1 || { cat "$dir/build1.log"; fail "build"; }
    grep -q "asyncc: translating main.c" "$dir/build1.log" || fail "the build did not translate main.c"
    gen_c="$b/consumer.asyncc/main.gen.c"
    [ -f "$gen_c" ] || fail "no $gen_c"
    expect_output "$b/consumer" "total 100"
    expect_output "$b/channel_shared" "received 42"
    [[ $(objdump -p "$b/channel_shared") =~ NEEDED\ +libasyncc\.so ]] ||
        fail "channel_shared does not link libasyncc.so"

    # a build with nothing changed translates nothing
    t0=$(mtime "$gen_c")
    cmake --build "$b" >"$dir/build2.log" 2>&1 || { cat "$dir/build2.log"; fail "second build"; }
    grep -q "asyncc: translating" "$dir/build2.log" && { cat "$dir/build2.log"; fail "a build with nothing changed translated again"; }
    [ "$(mtime "$gen_c")" = "$t0" ] || fail "a build with nothing changed rewrote $gen_c"

    # work.h changes: main.c, which includes it, is translated again.  The
    # sleep makes the change visible to a build tool with 1 s timestamps.
    sleep 1
    sed 's/^#define WORK_SCALE .*/#define WORK_SCALE 7/' "$src/work.h" >"$dir/src/work.h"
    grep -q "WORK_SCALE 7" "$dir/src/work.h" || fail "could not rewrite work.h"
    cmake --build "$b" >"$dir/build3.log" 2>&1 || { cat "$dir/build3.log"; fail "build after work.h changed"; }
    grep -q "asyncc: translating main.c" "$dir/build3.log" ||
        { cat "$dir/build3.log"; fail "changing work.h did not translate main.c again"; }
    [ "$(mtime "$gen_c")" != "$t0" ] || fail "changing work.h did not rewrite $gen_c"
    expect_output "$b/consumer" "total 70"
    echo "[$gen] ok"
done
