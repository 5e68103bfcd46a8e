// ac_run_blocking's result pointer must point to the suspend function's
// result type: a pointer to another type is an error at the pointer argument
// (NULL, a void pointer and a pointer to the right type are accepted).  Exit
// status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int f(int n) { ac_yield(); return n; }

int main(void) {
    int i = 0;
    double d = 0;
    long l = 0;
    void *vp = &i;
    ac_error *e1 = ac_run_blocking(f(1), &i);
    ac_error *e2 = ac_run_blocking(f(2), NULL);
    ac_error *e3 = ac_run_blocking(f(3), vp);
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:42: error: the result pointer points to 'double', but 'f' returns 'int'{{$}}
// CHECK-NEXT: {{^}}    ac_error *e4 = ac_run_blocking(f(4), &d);{{$}}
// CHECK-NEXT: {{^}}                                         ^{{$}}
    ac_error *e4 = ac_run_blocking(f(4), &d);
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:42: error: the result pointer points to 'long', but 'f' returns 'int'{{$}}
// CHECK-NEXT: {{^}}    ac_error *e5 = ac_run_blocking(f(5), &l);{{$}}
// CHECK-NEXT: {{^}}                                         ^{{$}}
    ac_error *e5 = ac_run_blocking(f(5), &l);
    return e1 || e2 || e3 || e4 || e5;
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
