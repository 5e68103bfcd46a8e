#!/usr/bin/env bash
# fuzz/build.sh -- builds the translator for AFL++: instrumented by
# afl-clang-fast, with ASan and UBSan, in its own build tree.
#
#   bash fuzz/build.sh            # -> $FUZZ_BUILD/translator/asyncc
#   FUZZ_BUILD=build-afl2 bash fuzz/build.sh
#
# Only the translator's own code is instrumented; libclang is the system's.
# See fuzz/README.md for why the harness is the real binary under AFL's fork
# server rather than an in-process libFuzzer loop.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD:-$root/build-afl}
command -v afl-clang-fast >/dev/null || { echo "fuzz/build.sh: afl-clang-fast not found (apt-get install afl++)" >&2; exit 2; }
# afl-clang-fast is clang 14 on Debian 12; its ASan runtime is linked into
# the translator, libclang 19 is an ordinary shared library next to it.
CC=afl-clang-fast cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DASYNCC_SANITIZE=address,undefined >/dev/null
AFL_QUIET=1 ninja -C "$build" asyncc
echo "fuzz/build.sh: $build/translator/asyncc"
