// A failing inline body fails like a named suspend function: AC_AWAIT of an
// async body rethrows its failure; a failed child of a coroutine scope
// cancels the scope and the scope rethrows it; under a supervisor it fails
// alone (its sibling finishes); ac_run_blocking of a failing body returns
// the error, whose async stack names the bodies (NAME__ac_bodyN) at the
// lines of their statements.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck -DFILE=%s %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck -DFILE=%s %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int fetch(int id) {
    ac_yield();
    if (id < 0) ac_throw(ac_error_new(&AC_ILLEGAL_ARGUMENT, "bad id %d", id));
    return id;
}

SUSPEND static void run(void) {
    ac_supervisor_scope(s) {
        ac_deferred *d = ac_async(s, ({ fetch(-1) + 1; }));
        ac_launch(s, ({ ac_yield(); printf("sibling finished\n"); }));
        ac_try {
            printf("not reached %d\n", AC_AWAIT(int, d));
        } ac_catch (e) {
            printf("await rethrew: %s\n", ac_error_message(e));
        }
    }
    ac_try {
        ac_coroutine_scope(s) {
            ac_launch(s, ({ ac_delay(1000); printf("not reached: cancelled\n"); }));
            ac_launch(s, ({ ac_yield(); fetch(-2); }));
        }
        printf("not reached: the scope rethrows\n");
    } ac_catch (e) {
        printf("scope rethrew: %s\n", ac_error_message(e));
    }
}

int main(void) {
    ac_error *err = ac_run_test(run(), NULL);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    int out = 0;
    err = ac_run_test(({
        int v = 0;
        ac_coroutine_scope(s) {
            ac_launch(s, ({
                ac_yield();
                v = fetch(-3);
            }));
        }
        v;
    }), &out);
    if (!err) return 1;
    ac_error_print(err, stdout);
    ac_error_free(err);
    return 0;
}
// The sibling's yield comes before the awaiting parent is woken.
// CHECK:      sibling finished
// CHECK-NEXT: await rethrew: bad id -1
// CHECK-NEXT: scope rethrew: bad id -2
// CHECK-NEXT: IllegalArgumentException: bad id -3
// CHECK-NEXT:   thrown at [[FILE]]:15
// CHECK-NEXT:   at fetch ([[FILE]]:15)
// CHECK-NEXT:   at main__ac_body1_1 ([[FILE]]:49)
// CHECK-NEXT:   at main__ac_body1 ([[FILE]]:46)
