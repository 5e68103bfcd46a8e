// A preprocessing directive inside a statement that the translator rebuilds
// (here between the arguments of a call that suspends) cannot be kept where
// it was: an error at the directive rather than output that silently drops
// it.  Directives between statements are kept (run/preprocessor-in-body.c).
// Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int add(int a, int b) { ac_yield(); return a + b; }

SUSPEND static int f(int n) {
    return add(n,
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:1: error: this preprocessing directive is inside a statement that the translator rewrites; move it between statements{{$}}
// CHECK-NEXT: {{^}}#ifdef WIDE{{$}}
// CHECK-NEXT: {{^}}^{{$}}
#ifdef WIDE
               100
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:1: error: this preprocessing directive is inside a statement that the translator rewrites; move it between statements{{$}}
// CHECK-NEXT: {{^}}#else{{$}}
// CHECK-NEXT: {{^}}^{{$}}
#else
               1
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:1: error: this preprocessing directive is inside a statement that the translator rewrites; move it between statements{{$}}
// CHECK-NEXT: {{^}}#endif{{$}}
// CHECK-NEXT: {{^}}^{{$}}
#endif
               );
}
// CHECK-NEXT: {{^}}3 errors generated.{{$}}

int main(void) {
    int v = 0;
    return ac_run_blocking(f(4), &v) != 0;
}
