// ac_launch_ctx and ac_async_ctx with an inline body: the context (a
// coroutine name) and a lazy start.  A lazy body does not run until it is
// started (ac_job_start, ac_join, AC_AWAIT), and a body launched into the
// function's scope block reads its captures when it runs: a write between
// the launch and the start is seen.  From main, into a scope object, the
// body's captures are copies made at the launch.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <time.h>

/* main waits for a scope object's job by polling: a run_blocking that joins
 * a job of another thread can report a false deadlock (runtime race). */
static void wait_completed(ac_job *j) {
    while (!ac_job_is_completed(j)) {
        struct timespec ts = { 0, 1000000 };
        nanosleep(&ts, NULL);
    }
}

SUSPEND static int go(void) {
    int hits = 0;
    ac_coroutine_scope(s) {
        ac_job *lazy = ac_launch_ctx(s, ac_coroutine_name("lazy-body"), AC_START_LAZY, ({
            hits++;
            printf("%s runs, hits=%d\n", ac_ctx_get_name(ac_current_context()), hits);
        }));
        ac_yield();
        ac_yield();
        printf("before start: active=%d hits=%d\n", ac_job_is_active(lazy), hits);
        ac_job_start(lazy);
        ac_join(lazy);
        ac_deferred *d = ac_async_ctx(s, ac_coroutine_name("lazy-async"), AC_START_LAZY, ({
            printf("%s runs\n", ac_ctx_get_name(ac_current_context()));
            hits * 10;
        }));
        hits = 5;
        printf("awaited %d\n", AC_AWAIT(int, d));   /* starts it */
    }
    return hits;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(go(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("out=%d\n", out);
    ac_scope *sc = ac_scope_new(NULL);
    int n = 1;
    ac_job *j = ac_launch_ctx(sc, ac_coroutine_name("from-main"), AC_START_LAZY, ({
        printf("%s runs, n=%d\n", ac_ctx_get_name(ac_current_context()), n);
    }));
    n = 2;
    printf("main: n=%d active=%d\n", n, ac_job_is_active(j));
    ac_job_start(j);
    wait_completed(j);
    ac_scope_release(sc);
    return 0;
}
// CHECK:      before start: active=0 hits=0
// CHECK-NEXT: lazy-body runs, hits=1
// CHECK-NEXT: lazy-async runs
// CHECK-NEXT: awaited 50
// CHECK-NEXT: out=5
// CHECK-NEXT: main: n=2 active=0
// CHECK-NEXT: from-main runs, n=1
