// A suspend function returning void has no result: ac_run_blocking must be
// given NULL, and a non-NULL result pointer is an error at that argument.
// Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static void f(int n) { ac_yield(); (void)n; }

int main(void) {
    int v = 0;
    ac_error *ok = ac_run_blocking(f(1), NULL);
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:41: error: 'f' returns void: pass NULL as the result pointer{{$}}
// CHECK-NEXT: {{^}}    ac_error *e = ac_run_blocking(f(4), &v);{{$}}
// CHECK-NEXT: {{^}}                                        ^{{$}}
    ac_error *e = ac_run_blocking(f(4), &v);
    return ok || e;
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
