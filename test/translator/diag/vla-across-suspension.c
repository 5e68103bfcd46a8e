// A variable-length array declared in a block that suspends would have to
// survive the suspension in the frame, whose size is fixed: an error at the
// array's name.  Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int sum(int n) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: variable-length array 'a' is live across a suspension; its storage cannot move into the coroutine frame{{$}}
// CHECK-NEXT: {{^}}    int a[n];{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
    int a[n];
    for (int i = 0; i < n; i++)
        a[i] = i;
    ac_yield();
    int s = 0;
    for (int i = 0; i < n; i++)
        s += a[i];
    return s;
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    int v;
    ac_error *e = ac_run_blocking(sum(4), &v);
    return e != 0;
}
