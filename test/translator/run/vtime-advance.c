// ac_test_advance_time(ms), ac_test_run_current() and
// ac_test_advance_until_idle() (kotlinx-coroutines-test's advanceTimeBy,
// runCurrent, advanceUntilIdle), as suspend functions of the test's
// coroutines: advance_time runs what is due before now + ms and returns at
// now + ms, before what is due at exactly that time; run_current lets
// what is ready at the current time run; advance_until_idle returns once
// no coroutine is ready and no timer is left.  A waiter can be cancelled;
// outside ac_run_test they throw AC_ILLEGAL_STATE.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static long long now(void) { return (long long)ac_test_current_time(); }

SUSPEND static void sleeper(int64_t ms) {
    ac_delay(ms);
    printf("  woke %lld at %lld\n", (long long)ms, now());
}

SUSPEND static void ticker(int n, int64_t every) {
    for (int i = 1; i <= n; i++) {
        ac_delay(every);
        printf("  tick %d at %lld\n", i, now());
    }
}

SUSPEND static int main_co(void) {
    ac_coroutine_scope(s) {
        ac_launch(s, sleeper(10));
        ac_launch(s, sleeper(20));
        ac_launch(s, sleeper(30));
        ac_launch(s, ({ printf("  started at %lld\n", now()); }));
        printf("run_current\n");
        ac_test_run_current();
        printf("advance_time(20) from %lld\n", now());
        ac_test_advance_time(20);
        printf("now %lld\n", now());
        ac_test_run_current();
        printf("advance_time(0)\n");
        ac_test_advance_time(0);
        printf("advance_until_idle\n");
        ac_test_advance_until_idle();
        printf("idle at %lld\n", now());
        ac_test_advance_time(-5);       /* as 0 */
        printf("still %lld\n", now());
    }
    ac_coroutine_scope(s) {
        ac_launch(s, ticker(5, 100));
        ac_test_advance_time(250);
        printf("advanced to %lld\n", now());
        ac_delay(50);                   /* a delay runs what is due at its end */
        printf("delayed to %lld\n", now());
        ac_test_advance_until_idle();
        printf("ticker over at %lld\n", now());
    }
    ac_coroutine_scope(s) {
        /* two advancers: each returns at its own time */
        ac_launch(s, ({ ac_test_advance_time(30); printf("  advancer 30 at %lld\n", now()); }));
        ac_launch(s, ({ ac_test_advance_time(10); printf("  advancer 10 at %lld\n", now()); }));
        ac_launch(s, sleeper(10));
        ac_launch(s, sleeper(20));
    }
    printf("advancers over at %lld\n", now());
    ac_coroutine_scope(s) {
        ac_job *w = ac_launch(s, ({
            ac_try {
                ac_test_advance_until_idle();
                printf("not reached\n");
            } ac_catch (e) {
                printf("  waiter: %s at %lld\n", ac_error_type_name(e), now());
                ac_rethrow(e);
            }
        }));
        ac_launch(s, ticker(1000000, 1000)); /* never idle */
        ac_delay(3000);
        ac_job_cancel(w, NULL);
        ac_join(w);
        printf("waiter cancelled at %lld\n", now());
        ac_scope_cancel_children(s, NULL);
    }
    printf("end at %lld\n", now());
    return 0;
}

SUSPEND static void misuse(void) {
    ac_try {
        ac_test_advance_time(10);
    } ac_catch (e) {
        if (ac_error_is(e, &AC_CANCELLATION)) ac_rethrow(e);
        printf("%s: %s\n", ac_error_type_name(e), ac_error_message(e));
    }
}

int main(void) {
    ac_error *err = ac_run_test(main_co(), NULL);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    err = ac_run_blocking(misuse(), NULL);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("done\n");
    return 0;
}
// CHECK: run_current
// CHECK-NEXT:   started at 0
// CHECK-NEXT: advance_time(20) from 0
// CHECK-NEXT:   woke 10 at 10
// CHECK-NEXT: now 20
// CHECK-NEXT:   woke 20 at 20
// CHECK-NEXT: advance_time(0)
// CHECK-NEXT: advance_until_idle
// CHECK-NEXT:   woke 30 at 30
// CHECK-NEXT: idle at 30
// CHECK-NEXT: still 30
// CHECK-NEXT:   tick 1 at 130
// CHECK-NEXT:   tick 2 at 230
// CHECK-NEXT: advanced to 280
// CHECK-NEXT:   tick 3 at 330
// CHECK-NEXT: delayed to 330
// CHECK-NEXT:   tick 4 at 430
// CHECK-NEXT:   tick 5 at 530
// CHECK-NEXT: ticker over at 530
// CHECK-NEXT:   advancer 10 at 540
// CHECK-NEXT:   woke 10 at 540
// CHECK-NEXT:   woke 20 at 550
// CHECK-NEXT:   advancer 30 at 560
// CHECK-NEXT: advancers over at 560
// CHECK-NEXT:   tick 1 at 1560
// CHECK-NEXT:   tick 2 at 2560
// CHECK-NEXT:   tick 3 at 3560
// CHECK-NEXT:   waiter: JobCancellationException at 3560
// CHECK-NEXT: waiter cancelled at 3560
// CHECK-NEXT: end at 3560
// CHECK-NEXT: IllegalStateException: ac_test_advance_time called outside ac_run_test's dispatcher
// CHECK-NEXT: done
