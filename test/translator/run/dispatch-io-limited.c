// The IO dispatcher is elastic: coroutines blocked in blocking calls each get
// a thread (all 16 here are blocked at once), up to ASYNCC_IO_THREADS (4 in
// the second run: never more than 4 at once, and 4 are reached); blocking work
// there never holds up Default, even when Default has a single worker.
// ac_dispatcher_limited(d, n) runs at most n steps at once on d's threads, a
// view of a view obeys both limits, and ac_with_context switches to a view
// and back.  "At once" is counted inside each step, and each step waits (up to
// 10 s, to fail rather than hang) until the expected number is reached, so
// nothing here depends on timing.
// Under memcheck (and once under TSan) the pool used to stop at 3 to 7
// threads: a worker that took work without being the searcher, or a notify
// that found nobody asleep, started no thread for what was still queued.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: env ASYNCC_DEFAULT_THREADS=1 %run %t.gcc 16 | FileCheck --check-prefixes=CHECK,ELASTIC %s
// RUN: env ASYNCC_DEFAULT_THREADS=4 ASYNCC_IO_THREADS=4 %run %t.gcc 4 views | FileCheck --check-prefixes=CHECK,LIMIT %s
#include <asyncc.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static atomic_int inside, most;
/* Set while the Default coroutine has yet to look: the blockers stay in
 * until it has (or 10 s), so it cannot fall in a gap between two batches
 * of blockers (with 4 IO threads they come and go in fours). */
static atomic_int hold;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void nap_ms(int ms) {
    struct timespec ts = {0, ms * 1000000L};
    nanosleep(&ts, NULL);
}

/* A blocking call that returns once `want` callers are inside at once. */
static void blocking_section(int want) {
    int n = atomic_fetch_add(&inside, 1) + 1;
    for (int m = atomic_load(&most); n > m && !atomic_compare_exchange_weak(&most, &m, n);) {}
    double give_up = now_s() + 10;
    while ((atomic_load(&most) < want || atomic_load(&hold)) && now_s() < give_up)
        nap_ms(1);
    nap_ms(2);
    atomic_fetch_sub(&inside, 1);
}

SUSPEND static void blocker(int want) {
    blocking_section(want);
}

static atomic_int default_ran_while_blocked;

SUSPEND static void on_default(void) {
    default_ran_while_blocked = atomic_load(&inside) > 0;
    atomic_store(&hold, 0);
}

static void reset(void) {
    atomic_store(&inside, 0);
    atomic_store(&most, 0);
}

SUSPEND static void run_many(ac_dispatcher *d, int n, int want) {
    reset();
    ac_coroutine_scope(s) {
        for (int i = 0; i < n; i++)
            ac_launch_ctx(s, ac_ctx_dispatcher(d), AC_START_DEFAULT, blocker(want));
    }
}

SUSPEND static void io_then_default(int io_want) {
    ac_dispatcher *io = ac_dispatcher_io();
    printf("IO parallelism: %d\n", ac_dispatcher_parallelism(io));
    reset();
    atomic_store(&hold, 1);
    ac_coroutine_scope(s) {
        for (int i = 0; i < 16; i++)
            ac_launch_ctx(s, ac_ctx_dispatcher(io), AC_START_DEFAULT, blocker(io_want));
        while (atomic_load(&inside) == 0) ac_delay(1);
        ac_launch_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT, on_default());
    }
    printf("IO blocked at once at most: %d\n", atomic_load(&most));
    printf("Default ran while IO was blocked: %s\n", default_ran_while_blocked ? "yes" : "no");
}

SUSPEND static void views(void) {
    ac_dispatcher *two = ac_dispatcher_limited(ac_dispatcher_default(), 2);
    ac_dispatcher *one = ac_dispatcher_limited(two, 1);
    printf("view parallelism: %d and %d, named %s\n", ac_dispatcher_parallelism(two),
           ac_dispatcher_parallelism(one), ac_dispatcher_name(two));
    run_many(two, 12, 2);
    printf("limited(Default, 2): at most %d at once\n", atomic_load(&most));
    run_many(one, 12, 1);
    printf("limited(limited(Default, 2), 1): at most %d at once\n", atomic_load(&most));
    ac_with_context(ac_ctx_dispatcher(two)) {
        printf("with_context(view) runs on the view: %s\n", ac_current_dispatcher() == two ? "yes" : "no");
    }
    printf("and comes back: %s\n", ac_current_dispatcher() != two ? "yes" : "no");
    ac_dispatcher *single = ac_dispatcher_new_single_thread("one");
    ac_dispatcher *same = ac_dispatcher_limited(single, 3);
    printf("limited(single thread) is itself: %s\n", same == single ? "yes" : "no");
    ac_dispatcher_release(same);
    ac_dispatcher_close(single);
    printf("limited(Unconfined) is refused: %s\n",
           ac_dispatcher_limited(ac_dispatcher_unconfined(), 2) == NULL ? "yes" : "no");
    ac_dispatcher_release(one);
    ac_dispatcher_release(two);
}

int main(int argc, char **argv) {
    int io_want = argc > 1 ? atoi(argv[1]) : 16;
    ac_error *e = ac_run_blocking(io_then_default(io_want), NULL);
    if (!e && argc > 2) e = ac_run_blocking(views(), NULL);
    if (e) { ac_error_print(e, stdout); ac_error_release(e); return 1; }
    return 0;
}
// ELASTIC: IO parallelism: 64
// LIMIT: IO parallelism: 4
// ELASTIC: IO blocked at once at most: 16
// LIMIT: IO blocked at once at most: 4
// CHECK: Default ran while IO was blocked: yes
// LIMIT: view parallelism: 2 and 1, named asyncc-default/2
// LIMIT: limited(Default, 2): at most 2 at once
// LIMIT: limited(limited(Default, 2), 1): at most 1 at once
// LIMIT: with_context(view) runs on the view: yes
// LIMIT: and comes back: yes
// LIMIT: limited(single thread) is itself: yes
// LIMIT: limited(Unconfined) is refused: yes
