// A suspend function called from ordinary code (not through a builder) is an
// error at the callee's name: exit status 1, compiler-form message with the
// source line and a caret, and no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int twice(int x) { ac_yield(); return 2 * x; }

int main(void) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:13: error: suspend function 'twice' called from ordinary code; start it with ac_run_blocking, ac_launch or ac_async{{$}}
// CHECK-NEXT: {{^}}    int v = twice(21);{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
    int v = twice(21);
// A call in the argument of such a call is reported too.
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+6]]:9: error: suspend function 'twice' called from ordinary code; start it with ac_run_blocking, ac_launch or ac_async{{$}}
// CHECK-NEXT: {{^}}    v = twice(twice(v));{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:15: error: suspend function 'twice' called from ordinary code; start it with ac_run_blocking, ac_launch or ac_async{{$}}
// CHECK-NEXT: {{^}}    v = twice(twice(v));{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
    v = twice(twice(v));
    return v;
}
// CHECK-NEXT: {{^}}3 errors generated.{{$}}
