#!/usr/bin/env bash
# bench/cpp/build.sh [OUTDIR] -- builds the C++20 coroutine peer as
# OUTDIR/bench (default /tmp/cppbench).  CXX overrides clang++-19.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=${1:-/tmp/cppbench}
CXX=${CXX:-clang++-19}
mkdir -p "$OUT"
"$CXX" -std=c++20 -O2 -DNDEBUG -Wall -Wextra -o "$OUT/bench" "$HERE/bench.cpp"
