// An unknown option: a usage error, exit status 2, naming the option, with
// the usage line; nothing on stdout and no output file, although the input
// and -o are valid.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 2 %asyncc --frobnicate %s -o %t.c 2>%t.err | count 0
// RUN: FileCheck --strict-whitespace --match-full-lines %s < %t.err
// RUN: not test -e %t.c
// CHECK:asyncc: error: unknown option '--frobnicate'
// CHECK-NEXT:usage: asyncc [options] input.c -o output.c [-- compiler flags]
// CHECK-EMPTY:
#include <asyncc.h>

SUSPEND static int twice(int x) { ac_yield(); return 2 * x; }
