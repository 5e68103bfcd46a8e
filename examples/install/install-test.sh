#!/usr/bin/env bash
# install-test.sh BUILD PREFIX SOURCE_DIR
#
# ctest example-install (the fixture the consumer tests need): installs the
# build tree BUILD into a fresh PREFIX with `cmake --install`, checks that
# every file of the package is there (the shared library with its SONAME,
# the CMake package, the pkg-config file, the man page and gdb helpers when
# the source tree has them), and that the installed translator finds the
# installed asyncc.h on its own (no -I, no ASYNCC_RUNTIME_INCLUDE).
set -euo pipefail
build=$1 prefix=$2 src=$3

fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$prefix"
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd -P)
cmake --install "$build" --prefix "$prefix" >"$prefix.log" 2>&1 ||
    { cat "$prefix.log"; fail "cmake --install $build --prefix $prefix"; }

for f in bin/asyncc lib/libasyncc.a lib/libasyncc.so include/asyncc.h \
         lib/cmake/Asyncc/AsynccConfig.cmake lib/cmake/Asyncc/AsynccConfigVersion.cmake \
         lib/cmake/Asyncc/AsynccTargets.cmake lib/cmake/Asyncc/AsynccTargetSources.cmake \
         lib/pkgconfig/asyncc.pc; do
    [ -e "$prefix/$f" ] || fail "not installed: $f"
done
[ -x "$prefix/bin/asyncc" ] || fail "bin/asyncc is not executable"
[ -e "$src/docs/asyncc.1" ] && { [ -e "$prefix/share/man/man1/asyncc.1" ] || fail "not installed: share/man/man1/asyncc.1"; }
[ -e "$src/tools/asyncc-gdb.py" ] && { [ -e "$prefix/share/asyncc/asyncc-gdb.py" ] || fail "not installed: share/asyncc/asyncc-gdb.py"; }

# the shared library: a SONAME with a version, a symlink chain to the file
soname=$(objdump -p "$prefix/lib/libasyncc.so" | awk '$1 == "SONAME" { print $2 }')
[[ $soname =~ ^libasyncc\.so\.[0-9] ]] || fail "libasyncc.so has no versioned SONAME (got '$soname')"
[ -e "$prefix/lib/$soname" ] || fail "lib/$soname (the SONAME) is not installed"
dynsyms=$(objdump -T "$prefix/lib/libasyncc.so")
[[ $dynsyms == *" ac_channel_new"* ]] || fail "libasyncc.so does not export ac_channel_new"

# the installed translator finds PREFIX/include/asyncc.h by itself
work=$(mktemp -d "$prefix.XXXXXX")
trap 'rm -rf "$work"' EXIT
cat >"$work/t.c" <<'EOC'
#include <asyncc.h>
SUSPEND static int one(void) { ac_delay(1); return 1; }
int main(void) { int r; return ac_run_blocking(one(), &r) != 0; }
EOC
(cd "$work" && env -u ASYNCC_RUNTIME_INCLUDE "$prefix/bin/asyncc" t.c -o t.gen.c -MD) ||
    fail "the installed translator cannot translate a file that includes <asyncc.h>"
grep -q "$prefix/include/asyncc.h" "$work/t.gen.d" ||
    { cat "$work/t.gen.d"; fail "the installed translator did not read $prefix/include/asyncc.h"; }
grep -q "$src/runtime/include" "$work/t.gen.d" &&
    fail "the installed translator read the source tree's asyncc.h"
echo "installed into $prefix (SONAME $soname)"
