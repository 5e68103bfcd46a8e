// run_blocking on the main thread waits for a job whose coroutines run on the
// default dispatcher's thread.  The job completes there, when its last child
// ends; the waiter must be woken, never taken for deadlocked in the instant
// between that child leaving the live count and the wake-up being queued (the
// count now drops only after the wake-up).  Repeated to give the race room.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static void chain(ac_scope *sc, int depth);
SUSPEND static void link_(ac_scope *sc, int depth) {
    ac_yield();
    if (depth > 0) chain(sc, depth - 1);
}
static void chain(ac_scope *sc, int depth) { ac_launch(sc, link_(sc, depth)); }
SUSPEND static void waiter(ac_job *j) { ac_join(j); }
SUSPEND static void late(void) { ac_delay(1); }

int main(void) {
    int ok = 0, rounds = 300;
    for (int i = 0; i < rounds; i++) {
        ac_scope *sc = ac_scope_new(NULL);
        ac_job *first = ac_launch(sc, late());
        chain(sc, 3);
        ac_error *err = ac_run_blocking(waiter(first), NULL);
        if (!err) {
            ac_job_complete(ac_scope_job(sc));       /* completes after its children */
            err = ac_run_blocking(waiter(ac_scope_job(sc)), NULL);
        }
        if (err) {
            printf("round %d: ", i);
            ac_error_print(err, stdout);
            ac_error_release(err);
        } else if (ac_job_is_completed(ac_scope_job(sc))) {
            ok++;
        }
        ac_scope_release(sc);
    }
    printf("%d of %d rounds joined\n", ok, rounds);
    return 0;
}
// CHECK-NOT: round
// CHECK: 300 of 300 rounds joined
