// Nested inline bodies: a body launches bodies of its own.  An inner body
// captures, through the outer one, variables of the function they are both
// written in: the outer body holds them too (by reference when it is
// launched into a scope block that they are declared outside of), so an
// inner body launched into a scope block of the outer body writes the
// function's own variable.  Variables declared inside the scope block (a
// loop's, each iteration its own) are copied when the builder runs, as
// Kotlin's lambdas capture each iteration's val; an inner body launched
// into the function's scope `s` (not a block of its own function) copies
// too.  Statics are shared.  Only yields order the coroutines (FIFO).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int plus(int a, int b) { ac_yield(); return a + b; }

SUSPEND static int tree(void) {
    int total = 0;
    static int bodies;
    ac_coroutine_scope(s) {
        for (int i = 1; i <= 3; i++) {
            int k = i * 10;                        /* one per iteration: copied */
            ac_launch(s, ({
                bodies++;
                ac_coroutine_scope(inner) {
                    int local = k + 1;
                    ac_launch(inner, ({
                        ac_yield();
                        bodies++;
                        int got = plus(0, local);
                        total += got;              /* the function's total, by reference */
                        ac_deferred *d = ac_async(inner, ({ ac_yield(); bodies++; local * 2; }));
                        printf("i=%d local=%d doubled=%d\n", i, local, AC_AWAIT(int, d));
                    }));
                }
                ac_launch(s, ({ bodies++; printf("sibling of %d\n", k); }));
            }));
        }
    }
    printf("bodies=%d\n", bodies);
    return total;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(({
        int t = tree()