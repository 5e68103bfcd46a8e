// The result pointer of an ac_run_blocking written inside a suspend function
// is checked as in ordinary code: a pointer to another type than the
// result, and a non-NULL pointer for a void function, are errors at the
// pointer argument.  Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int f(int n) { ac_yield(); return n; }
SUSPEND static void g(int n) { ac_yield(); (void)n; }

SUSPEND static int user(void) {
    double d = 0;
    int i = 0;
    ac_yield();
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:41: error: the result pointer points to 'double', but 'f' returns 'int'{{$}}
// CHECK-NEXT: {{^}}    ac_error *e = ac_run_blocking(f(4), &d);{{$}}
// CHECK-NEXT: {{^}}                                        ^{{$}}
    ac_error *e = ac_run_blocking(f(4), &d);
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:42: error: 'g' returns void: pass NULL as the result pointer{{$}}
// CHECK-NEXT: {{^}}    ac_error *e2 = ac_run_blocking(g(4), &i);{{$}}
// CHECK-NEXT: {{^}}                                         ^{{$}}
    ac_error *e2 = ac_run_blocking(g(4), &i);
    return e != 0 && e2 != 0;
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking(user(), &v);
    return e != 0;
}
