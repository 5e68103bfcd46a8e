// The result pointer of ac_run_blocking with an inline body is checked
// against the type of the body's value (its last expression statement), as
// for a named function: a pointer to another type, and a non-NULL pointer
// for a body without a value, are errors at the pointer.
// Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int f(int n) { ac_yield(); return n; }

int main(void) {
    int v = 0;
    double d = 0;
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:53: error: the result pointer points to 'double', but the inline body's value has type 'int'{{$}}
// CHECK-NEXT: {{^}}    ac_error *e1 = ac_run_blocking(({ f(1) + 1; }), &d);{{$}}
// CHECK-NEXT: {{^}}                                                    ^{{$}}
    ac_error *e1 = ac_run_blocking(({ f(1) + 1; }), &d);
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:57: error: the inline body has no value (its last statement is not an expression, or is void): pass NULL as the result pointer{{$}}
// CHECK-NEXT: {{^}}    ac_error *e2 = ac_run_blocking(({ int z = f(2); }), &v);{{$}}
// CHECK-NEXT: {{^}}                                                        ^{{$}}
    ac_error *e2 = ac_run_blocking(({ int z = f(2); }), &v);
    /* fine: the value's type, NULL, or a void pointer */
    void *any = &v;
    ac_error *e4 = ac_run_blocking(({ f(4); }), &v);
    ac_error *e5 = ac_run_blocking(({ f(5); }), NULL);
    ac_error *e6 = ac_run_blocking(({ f(6); }), any);
    return e1 || e2 || e4 || e5 || e6;
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
