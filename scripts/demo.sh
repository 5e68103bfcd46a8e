#!/usr/bin/env bash
# Demo: build asyncc, translate examples/flagship.c, compile it against the
# runtime with gcc, and run it.
#   bash scripts/demo.sh [args passed to the flagship program]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

src=examples/flagship.c
if [ ! -f "$src" ]; then
    echo "demo.sh: $src is missing: there is no flagship example to run yet" >&2
    exit 1
fi

bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "${ASYNCC_JOBS:-2}"

rt=$(find build/runtime -maxdepth 2 -name 'libasyncc.a' -print -quit 2>/dev/null || true)
if [ -z "$rt" ]; then
    echo "demo.sh: build/runtime/libasyncc.a was not built" >&2
    exit 1
fi

out=build/demo
mkdir -p "$out"
echo "+ build/translator/asyncc $src -o $out/flagship.c" >&2
build/translator/asyncc "$src" -o "$out/flagship.c"
echo "+ gcc ... $out/flagship.c $rt -lpthread -o $out/flagship" >&2
gcc -std=gnu11 -Wall -Wextra -O2 -g -Iruntime/include -Iexamples \
    "$out/flagship.c" "$rt" -lpthread -o "$out/flagship"
echo "+ $out/flagship $*" >&2
exec "$out/flagship" "$@"
