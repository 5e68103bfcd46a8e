#!/usr/bin/env bash
# ccache-test.sh TRANSLATOR SOURCE RUNTIME_INCLUDE WORKDIR
#
# ctest example-ccache: asyncc's output caches in ccache.  With a fresh
# CCACHE_DIR (and no user configuration), SOURCE is translated and the
# translation compiled by `ccache gcc -c` (a miss); then SOURCE is
# translated again by a fresh run, which must give the same bytes, and
# compiled again: ccache must report a hit (direct or preprocessed) and
# give the same object.
set -euo pipefail
translator=$1 src=$2 rtinc=$3 work=$4

fail() { echo "FAIL: $*" >&2; exit 1; }
command -v ccache >/dev/null || fail "ccache is not installed (scripts/setup.sh installs it)"

rm -rf "$work"
mkdir -p "$work/ccache"
export CCACHE_DIR="$work/ccache"
export CCACHE_CONFIGPATH="$work/ccache/ccache.conf"   # not ~/.config/ccache
: >"$CCACHE_CONFIGPATH"
for v in $(env | sed -n 's/^\(CCACHE_[A-Z_]*\)=.*/\1/p'); do
    case $v in CCACHE_DIR|CCACHE_CONFIGPATH) ;; *) unset "$v" ;; esac
done

stat_of() { # key -> its value in ccache --print-stats
    ccache --print-stats | awk -v k="$1" '$1 == k { print $2 }'
}
hits() { echo $(( $(stat_of direct_cache_hit) + $(stat_of preprocessed_cache_hit) )); }

srcdir=$(dirname "$src")
cd "$work"
translate() { "$translator" "$src" -o t.gen.c -- -I"$rtinc" || fail "asyncc $src"; }
compile() { # object
    ccache gcc -O2 -I"$rtinc" -iquote"$srcdir" -c t.gen.c -o "$1" || fail "ccache gcc -c t.gen.c"
}

translate
cp t.gen.c first.gen.c
compile first.o
[ "$(hits)" = 0 ] || fail "a hit in a fresh cache"
[ "$(stat_of cache_miss)" = 1 ] || { ccache --print-stats; fail "the first compile was not a cache miss"; }

translate
cmp -s first.gen.c t.gen.c || fail "two translations of $src differ"
compile second.o
[ "$(hits)" = 1 ] || { ccache --print-stats; fail "the second compile of the same translation was not a cache hit"; }
cmp -s first.o second.o || fail "the cached object differs from the compiled one"
echo "direct hits $(stat_of direct_cache_hit), preprocessed hits $(stat_of preprocessed_cache_hit), misses $(stat_of cache_miss)"
