// An inline body is a suspend function like any other: suspension points
// inside loops, a switch and gotos of its own, try/catch/finally, scope
// blocks, a local struct type, a static local, comments and preprocessing
// directives between its statements, and a macro that wraps ac_launch.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#define SPAWN(s, stmts) ac_launch(s, ({ stmts }))
#define TRACE 1

SUSPEND static int step(int v) {
    ac_yield();
    if (v == 3) ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "step %d", v));
    return v;
}

SUSPEND static int run(void) {
    int log = 0;
    ac_coroutine_scope(s) {
        ac_launch(s, ({
            /* a loop with a suspension point, and a finally block */
            int mine = 0;
            for (int i = 0; i < 5; i++) {
                ac_try {
                    mine += step(i);
                } ac_catch (e) {
                    printf("caught %s\n", ac_error_message(e));
                    continue;
                } ac_finally {
                    ac_yield();
                }
                if (i == 4) break;
            }
            log += mine;
            printf("loop sum=%d\n", mine);
        }));
        ac_launch(s, ({
            struct acc { int n, sum; } a = { 0, 0 };   // a type of the body's own
            static int runs;
            int state = 0, bumps = 0;
        again:
            switch (state) {
            case 0:
                a.sum += step(1);
                state = 1;
                goto again;
            case 1:
                ac_coroutine_scope(t) {
                    ac_launch(t, ({ bumps++; ac_yield(); bumps++; }));
                }
                a.n = bumps;
                break;
            }
#if TRACE
            printf("trace on\n");
#else
            printf("trace off\n");
#endif
            runs++;
            printf("acc n=%d sum=%d runs=%d\n", a.n, a.sum, runs);
        }));
        SPAWN(s, ac_delay(5); log += 1000; printf("macro body\n"););
    }
    return log;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(run(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("out=%d\n", out);
    return 0;
}
// CHECK-DAG:  caught step 3
// CHECK-DAG:  trace on
// CHECK-DAG:  acc n=2 sum=1 runs=1
// CHECK-DAG:  loop sum=7
// CHECK-DAG:  macro body
// CHECK:      out=1007
