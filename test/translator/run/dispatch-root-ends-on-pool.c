// run_blocking whose root ends on another thread: its scope's children run
// on Default, and the last child's completion (on a pool thread) is what
// completes the root job, after the root's body has already ended on the
// loop.  The loop must be woken to see it (it slept forever: a hang about
// once in 10,000 runs under TSan), and the root's memory, freed on the pool
// thread after run_blocking returned, must not touch the freed loop (a
// use-after-free TSan found once the hang was fixed).  2000 runs
// (ASYNCC_STRESS_N); 100,000 were checked by hand under TSan.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>

SUSPEND static void child(void) { ac_yield(); }

SUSPEND static void body(void) {
    ac_coroutine_scope(s) {
        ac_launch_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT, child());
        ac_launch_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT, child());
    }
}

SUSPEND static void body_in_pool(void) {
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_default())) {
        ac_coroutine_scope(s) {
            ac_launch(s, child());
            ac_launch(s, child());
        }
    }
}

int main(void) {
    const char *env = getenv("ASYNCC_STRESS_N");
    int n = env ? atoi(env) : 2000;
    for (int i = 0; i < n; i++) {
        ac_error *e = i % 2 ? ac_run_blocking(body(), NULL) : ac_run_blocking(body_in_pool(), NULL);
        if (e) {
            ac_error_print(e, stdout);
            return 1;
        }
    }
    printf("every run ended\n");
    return 0;
}
// CHECK: every run ended
