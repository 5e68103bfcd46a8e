// alloca in a suspend function that suspends: the memory belongs to the C
// stack frame of one resumption and is gone after a suspension.  An error at
// the call (here spelled through glibc's alloca macro); exit status 1, no
// output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <alloca.h>
#include <asyncc.h>

SUSPEND static int first(int n) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:14: error: alloca in a suspend function: its memory does not survive a suspension; use malloc or a fixed-size local{{$}}
// CHECK-NEXT: {{^}}    int *a = alloca(n * sizeof *a);{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}
    int *a = alloca(n * sizeof *a);
    a[0] = n;
    ac_yield();
    return a[0];
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    int v;
    ac_error *e = ac_run_blocking(first(4), &v);
    return e != 0;
}
