// -o as the last argument, without a file name: a usage error, exit status 2.
// RUN: sh %inputs/expect-status.sh 2 %asyncc %s -o 2>%t.err | count 0
// RUN: FileCheck --strict-whitespace --match-full-lines %s < %t.err
// CHECK:asyncc: error: -o needs a file name
// CHECK-NEXT:usage: asyncc [options] input.c -o output.c [-- compiler flags]
// CHECK-EMPTY:
#include <asyncc.h>

SUSPEND static int twice(int x) { ac_yield(); return 2 * x; }
