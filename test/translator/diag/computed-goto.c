// A computed goto (GNU labels as values) in a suspend function that
// suspends: the label addresses belong to one resumption.  An error at the
// goto; exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int f(int n) {
    void *target = n ? &&one : &&two;
    ac_yield();
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:5: error: computed goto in a suspend function that suspends cannot be translated{{$}}
// CHECK-NEXT: {{^}}    goto *target;{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
    goto *target;
one:
    return 1;
two:
    return 2;
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking(f(4), &v);
    return e != 0;
}
