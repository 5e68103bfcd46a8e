// Builders with a context and a start mode: ac_launch_ctx with a coroutine
// name and a lazy start (the job runs only once started), ac_async_ctx,
// ac_run_blocking_ctx from main.  A launch whose scope is NULL fails: in a
// suspend function that throws (ac__builder_failed), caught by ac_catch.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void worker(const char *what) {
    ac_yield();
    printf("%s ran\n", what);
}

SUSPEND static int answer(void) {
    ac_yield();
    return 42;
}

SUSPEND static int main_co(void) {
    int v = 0;
    ac_coroutine_scope(s) {
        ac_job *lazy = ac_launch_ctx(s, ac_coroutine_name("lazy"), AC_START_LAZY, worker("lazy"));
        ac_launch(s, worker("eager")); /* detached: its value is not used */
        ac_yield();                    /* eager runs to its yield */
        ac_yield();                    /* and to its end: FIFO, no timing */
        printf("lazy active before start: %d\n", ac_job_is_active(lazy));
        ac_job_start(lazy);
        ac_join(lazy);
        ac_deferred *d = ac_async_ctx(s, ac_coroutine_name("answer"), AC_START_DEFAULT, answer());
        v = AC_AWAIT(int, d);
    }
    printf("awaited %d\n", v);
    ac_scope *none = NULL;
    ac_try {
        ac_launch(none, worker("never"));
        printf("not reached\n");
    } ac_catch (e) {
        printf("launch into NULL failed: %s\n", ac_error_type_name(e));
    }
    return v;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking_ctx(ac_coroutine_name("main"), main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("result=%d\n", out);
    return 0;
}
// CHECK:      eager ran
// CHECK-NEXT: lazy active before start: 0
// CHECK-NEXT: lazy ran
// CHECK-NEXT: awaited 42
// CHECK-NEXT: launch into NULL failed: {{[A-Za-z]+}}
// CHECK-NEXT: result=42
