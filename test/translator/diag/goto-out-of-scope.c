// A goto from inside an ac_coroutine_scope block to a label outside it would
// skip the wait for the block's children (structured concurrency: the block
// ends only when they have).  An error at the goto; exit status 1, no output
// file.  (break and return leave the block correctly; see the run tests.)
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void child(void) {
    ac_yield();
    puts("child done");
}

SUSPEND static int f(int n) {
    ac_coroutine_scope(s) {
        ac_launch(s, child());
        if (n > 0)
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:13: error: goto 'out' crosses the boundary of an ac_coroutine_scope block; leave the block with break or return{{$}}
// CHECK-NEXT: {{^}}            goto out;{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
            goto out;
    }
    return 0;
out:
    puts("after the scope");
    return 1;
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking(f(4), &v);
    return e != 0;
}
