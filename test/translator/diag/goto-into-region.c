// A goto from outside a try, catch, finally or scope block to a label inside
// it would skip the block's entry (the scope's opening, the catch taking the
// error, the pending action of the finally block): an error at each goto.
// So is a case label inside such a block when its switch is outside, and a
// computed goto inside one.  (A goto out of these blocks is fine: it runs
// their exit code; see the run tests.)  Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc -Wno-catch-cancellation %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void child(void) {
    ac_yield();
}

SUSPEND static int f(int n) {
    if (n == 1)
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: goto 'in_try' jumps into an ac_try block from outside it{{$}}
// CHECK-NEXT: {{^}}        goto in_try;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
        goto in_try;
    if (n == 2)
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: goto 'in_catch' jumps into an ac_catch block from outside it{{$}}
// CHECK-NEXT: {{^}}        goto in_catch;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
        goto in_catch;
    ac_try {
    in_try:
        child();
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: goto 'in_finally' jumps into an ac_finally block from outside it{{$}}
// CHECK-NEXT: {{^}}        goto in_finally;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
        goto in_finally;
    } ac_catch (e) {
    in_catch:
        puts(ac_error_message(e));
    } ac_finally {
    in_finally:
        puts("finally");
    }
    if (n == 3)
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: goto 'in_scope' jumps into a scope block from outside it{{$}}
// CHECK-NEXT: {{^}}        goto in_scope;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
        goto in_scope;
    ac_coroutine_scope(s) {
        ac_launch(s, child());
    in_scope:
        child();
    }
    switch (n) {
    case 4:
        ac_try {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: this case label is inside an ac_try block but its switch is outside it; the switch cannot jump into the block{{$}}
// CHECK-NEXT: {{^}}        case 5:{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
        case 5:
            child();
        } ac_finally {
            puts("finally");
        }
    }
    return 0;
}

SUSPEND static int g(int n) {
    void *p = n ? &&one : &&two;
    ac_try {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: computed goto inside an ac_try block: leaving it must run its exit code; use goto with a label{{$}}
// CHECK-NEXT: {{^}}        goto *p;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
        goto *p;
    } ac_finally {
        puts("finally");
    }
one:
    return 1;
two:
    return 2;
}
// CHECK-NEXT: {{^}}6 errors generated.{{$}}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking(f(4), &v);
    ac_error *e2 = ac_run_blocking(g(0), &v);
    return e != 0 || e2 != 0;
}
