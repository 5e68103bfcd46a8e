#!/usr/bin/env bash
# Installs every Debian package that building and testing asyncc needs.
# Idempotent: when everything is already installed it only runs dpkg-query
# and exits (well under a second).  Works as root on a fresh Debian 12
# machine; otherwise uses sudo when available.
#
#   bash scripts/setup.sh            # install what is missing
#   ASYNCC_SETUP_EXTRA="csmith" bash scripts/setup.sh   # plus extra packages
set -euo pipefail

packages=(
    # build
    cmake ninja-build make pkg-config
    # the install tests: ccache (example-ccache), binutils' objdump
    ccache binutils
    # the gdb extension's tests (test/tools/)
    gdb
    gcc libc6-dev
    # the translator: libclang 19 (+ headers), and clang-19 for the tests
    clang-19 libclang-19-dev llvm-19-dev
    # clang's sanitizer runtimes (clang-19 only recommends them)
    libclang-rt-19-dev
    # lit, FileCheck, not (under /usr/lib/llvm-19)
    llvm-19-tools
    # lit runs on Debian's python3; psutil is required by lit --timeout
    python3 python3-psutil
    valgrind
    # differential testing against csmith programs (scripts/csmith-diff.sh,
    # test/csmith/): the generator, its headers, and creduce for reducing
    csmith libcsmith-dev creduce
)
# shellcheck disable=SC2206
packages+=(${ASYNCC_SETUP_EXTRA:-})

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages present"
    exit 0
fi

echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "setup: not root and no sudo; install as root: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "setup: done"
