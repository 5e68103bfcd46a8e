#!/usr/bin/env bash
# make-consumer-test.sh PREFIX SOURCE WORKDIR CC REQUIRE_WRAPPER
#
# ctest example-make-consumer: builds a copy of examples/make-consumer
# (SOURCE) with `make CC="asyncc-cc CC"`, PATH and PKG_CONFIG_PATH pointing
# at the asyncc installed in PREFIX (example-install), and checks
#   - pkg-config's flags for asyncc (--cflags, --libs, --static --libs);
#   - hello (libasyncc.so) and hello-static (libasyncc.a) print "total 100";
#   - after work.h changes, make rebuilds and they print the new total.
# Without PREFIX/bin/asyncc-cc the test is skipped (exit 77) unless
# REQUIRE_WRAPPER is 1 (the build tree has the asyncc-cc target).
set -euo pipefail
prefix=$1 src=$2 work=$3 cc=$4 require=$5

fail() { echo "FAIL: $*" >&2; exit 1; }
expect_output() { # program expected
    local out
    out=$("$1") || fail "$1 exited with $?"
    [ "$out" = "$2" ] || fail "$1 printed '$out', expected '$2'"
}

export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
unset PKG_CONFIG_LIBDIR PKG_CONFIG_SYSROOT_DIR
export PATH="$prefix/bin:$PATH"

# the pkg-config file, relocated to PREFIX
[ "$(pkg-config --modversion asyncc)" = "$(sed -n 's/^#define ASYNCC_VERSION "\(.*\)"/\1/p' "$prefix/include/asyncc.h")" ] ||
    fail "pkg-config --modversion asyncc does not give asyncc.h's ASYNCC_VERSION"
cflags=$(echo $(pkg-config --cflags asyncc))
[[ $cflags =~ ^-I([^ ]+)$ ]] && [ "$(cd "${BASH_REMATCH[1]}" && pwd -P)" = "$prefix/include" ] ||
    fail "pkg-config --cflags asyncc: '$cflags', expected -I$prefix/include"
libs=$(pkg-config --libs asyncc)
[[ " $libs " == *" -lasyncc "* && " $libs " != *" -lpthread "* ]] ||
    fail "pkg-config --libs asyncc: '$libs', expected -L... -lasyncc"
static_libs=$(pkg-config --static --libs asyncc)
[[ " $static_libs " == *" -lasyncc "* && " $static_libs " == *" -lpthread "* ]] ||
    fail "pkg-config --static --libs asyncc: '$static_libs', expected -lasyncc and -lpthread"
libdir=$(pkg-config --variable=libdir asyncc)
[ "$(cd "$libdir" && pwd -P)" = "$prefix/lib" ] || fail "pkg-config libdir is $libdir, not $prefix/lib"

if [ ! -x "$prefix/bin/asyncc-cc" ]; then
    [ "$require" = 1 ] && fail "$prefix/bin/asyncc-cc is not installed"
    echo "SKIP: no $prefix/bin/asyncc-cc (the asyncc-cc target is not in this build)"
    exit 77
fi

dir="$work/make"
rm -rf "$dir"
mkdir -p "$dir"
cp -R "$src" "$dir/src"
make -C "$dir/src" CC="asyncc-cc $cc" >"$dir/make1.log" 2>&1 || { cat "$dir/make1.log"; fail "make"; }
expect_output "$dir/src/hello" "total 100"
expect_output "$dir/src/hello-static" "total 100"
[[ $(objdump -p "$dir/src/hello") =~ NEEDED\ +libasyncc\.so ]] || fail "hello does not link libasyncc.so"
[[ $(objdump -p "$dir/src/hello-static") =~ NEEDED\ +libasyncc\.so ]] && fail "hello-static links libasyncc.so"

sleep 1
sed 's/^#define WORK_SCALE .*/#define WORK_SCALE 7/' "$src/work.h" >"$dir/src/work.h"
make -C "$dir/src" CC="asyncc-cc $cc" >"$dir/make2.log" 2>&1 || { cat "$dir/make2.log"; fail "make after work.h changed"; }
expect_output "$dir/src/hello" "total 70"
expect_output "$dir/src/hello-static" "total 70"
echo "ok"
