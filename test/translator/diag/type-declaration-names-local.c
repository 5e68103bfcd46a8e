// A type declared in a block that suspends moves to file scope (frame fields
// may use it); when its declaration names a local variable, which does not
// exist there, that is an error at the declaration.  (In a block that does
// not suspend it stays in place: run/declarations-odd.c.)  Exit status 1, no
// output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int f(int n) {
    int a[4] = { 1, 2, 3, 4 };
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:5: error: this type declaration names the local 'a', which does not exist at file scope, where the local types of a block that suspends go; spell the type without it{{$}}
// CHECK-NEXT: {{^}}    typedef __typeof__(a) arr_t;{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
    typedef __typeof__(a) arr_t;
    arr_t copy;
    ac_yield();
    copy[0] = a[n % 4];
    return copy[0];
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    int v = 0;
    return ac_run_blocking(f(4), &v) != 0;
}
