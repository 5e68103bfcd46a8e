// longjmp in a suspend function would unwind through the trampoline and the
// runtime: an error at the call even though the setjmp is in ordinary code.
// Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <setjmp.h>

static jmp_buf env;

SUSPEND static int f(int n) {
    ac_yield();
    if (n > 3)
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: setjmp/longjmp cannot be used in a suspend function (the frame is not a C stack frame){{$}}
// CHECK-NEXT: {{^}}        longjmp(env, 1);{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
        longjmp(env, 1);
    return n;
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    int v = 0;
    if (setjmp(env))
        return 2;
    ac_error *e = ac_run_blocking(f(4), &v);
    return e != 0;
}
