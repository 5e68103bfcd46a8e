// An input file but no -o: a usage error, exit status 2, the reason and the
// usage line on stderr, nothing on stdout (the translation is not printed).
// RUN: sh %inputs/expect-status.sh 2 %asyncc %s 2>%t.err | count 0
// RUN: FileCheck --strict-whitespace --match-full-lines %s < %t.err
// CHECK:asyncc: error: no output file (-o)
// CHECK-NEXT:usage: asyncc [options] input.c -o output.c [-- compiler flags]
// CHECK-EMPTY:
#include <asyncc.h>

SUSPEND static int twice(int x) { ac_yield(); return 2 * x; }
