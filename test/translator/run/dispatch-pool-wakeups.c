// Wake-ups of a pool's parked workers are never lost: thousands of rounds in
// which the pool goes idle and work arrives again from outside it (a launch
// from run_blocking's thread, joined there), and two coroutines yielding to
// each other across the workers (a million switches), which park and wake all
// the time.  A lost wake-up hangs this test (lit's timeout fails it); the
// counts check that every coroutine ran.  (The orphaned hand-off fixed with
// it showed about once in ten million switches: a smoke test, not a proof.)
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: %run %t.gcc | FileCheck %s
// RUN: env ASYNCC_DEFAULT_THREADS=3 %run %t.gcc | FileCheck %s
#include <asyncc.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_long ran, yields;

SUSPEND static void tiny(void) {
    atomic_fetch_add(&ran, 1);
}

SUSPEND static void yielder(int n) {
    for (int i = 0; i < n; i++) {
        ac_yield();
        atomic_fetch_add(&yields, 1);
    }
}

SUSPEND static void rounds(void) {
    ac_ctx *on_default = ac_ctx_dispatcher(ac_dispatcher_default());
    for (int r = 0; r < 3000; r++) {
        ac_join(ac_launch_ctx(ac_global_scope(), ac_ctx_retain(on_default), AC_START_DEFAULT, tiny()));
        if (r % 3 == 0) ac_delay(0);
    }
    for (int r = 0; r < 20; r++) {
        ac_coroutine_scope(s) {
            ac_launch_ctx(s, ac_ctx_retain(on_default), AC_START_DEFAULT, yielder(25000));
            ac_launch_ctx(s, ac_ctx_retain(on_default), AC_START_DEFAULT, yielder(25000));
        }
    }
    ac_ctx_release(on_default);
    printf("launched from outside and ran: %ld\n", atomic_load(&ran));
    printf("yields across workers: %ld\n", atomic_load(&yields));
}

int main(void) {
    ac_error *e = ac_run_blocking(rounds(), NULL);
    if (e) { ac_error_print(e, stdout); ac_error_release(e); return 1; }
    return 0;
}
// CHECK: launched from outside and ran: 3000
// CHECK: yields across workers: 1000000
