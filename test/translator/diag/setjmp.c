// setjmp in a suspend function: the frame is not a C stack frame, so a
// jmp_buf taken in one resumption is meaningless in the next.  An error at the
// call; exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <setjmp.h>

static jmp_buf env;

SUSPEND static int f(int n) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: setjmp/longjmp cannot be used in a suspend function (the frame is not a C stack frame){{$}}
// CHECK-NEXT: {{^}}    if (setjmp(env)){{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
    if (setjmp(env))
        return 1;
    ac_yield();
    return n;
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    int v;
    ac_error *e = ac_run_blocking(f(4), &v);
    return e != 0;
}
