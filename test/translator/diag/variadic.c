// A variadic suspend function: its variable arguments cannot be stored in a
// frame.  An error at the function's name; exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:20: error: suspend function 'sum' is variadic; its arguments cannot be stored in a frame{{$}}
// CHECK-NEXT: {{^}}SUSPEND static int sum(int n, ...) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}                   ^{{$}}
SUSPEND static int sum(int n, ...) {
    ac_yield();
    return n;
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking(sum(1, 2, 3), &v);
    return e != 0;
}
