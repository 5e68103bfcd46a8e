// Stress: 2000 coroutines (ASYNCC_STRESS_N to change; 100,000 were checked by
// hand under TSan) move between dispatchers through nested ac_with_context
// blocks, yielding and delaying on each, while the main coroutine cancels some
// at random and others fail.
//   loops: they start on run_blocking's loop and visit four single-thread
//          dispatchers; every body runs (the launcher yields first).
//   pools: they start on the default pool and visit Default, IO, a view of
//          Default limited to 2, a view of IO limited to 3, a single-thread
//          dispatcher and Unconfined; some are cancelled before they run.
// Every one is accounted for (ended normally, failed, or cancelled), every
// finally block runs exactly once per body run, the supervisor scope's
// handler (on pool threads in the second run) sees each failure once, each
// block runs on the dispatcher it asked for (a single-thread one on its one
// thread), the views never exceed their limits, and nothing races (TSan) or
// leaks (ASan).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: %run %t.gcc loops | FileCheck --check-prefixes=CHECK,LOOPS %s
// RUN: %run %t.gcc pools | FileCheck %s
#include <asyncc.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

#define NDISP 6
static ac_dispatcher *disp[NDISP];
static int ndisp, pools;              /* 4 single threads, or the 6 above */
static atomic_int finals, fails_thrown, wrong_thread, over_limit;
static atomic_int in_view[NDISP];
static pthread_t single_thread;
static atomic_int single_seen;

static void enter_view(int k) {
    if (!pools) return;
    int limit = k == 2 ? 2 : k == 3 ? 3 : 0;
    if (limit && atomic_fetch_add(&in_view[k], 1) + 1 > limit) atomic_fetch_add(&over_limit, 1);
}
static void leave_view(int k) {
    if (pools && (k == 2 || k == 3)) atomic_fetch_sub(&in_view[k], 1);
}
static void check_single(void) {
    if (!pools) return;
    if (!atomic_exchange(&single_seen, 1)) single_thread = pthread_self();
    else if (!pthread_equal(single_thread, pthread_self())) atomic_fetch_add(&wrong_thread, 1);
}

static unsigned next_rand(unsigned *s) { *s = *s * 1103515245u + 12345u; return (*s >> 16) & 0x7fff; }

SUSPEND static void hop(int i, int depth) {
    unsigned seed = (unsigned)i * 2654435761u + (unsigned)depth;
    int k = (int)(next_rand(&seed) % (unsigned)ndisp);
    ac_dispatcher *d = disp[k];
    ac_with_context(ac_ctx_dispatcher(d)) {
        if (ac_current_dispatcher() != d) atomic_fetch_add(&wrong_thread, 1);
        if (k == 4) check_single();
        enter_view(k);          /* one step: no suspension until leave_view */
        leave_view(k);
        if (next_rand(&seed) % 2) ac_yield(); else ac_delay(next_rand(&seed) % 2);
        if (k == 4) check_single();
        if (depth > 0) hop(i, depth - 1);
        if (depth == 0 && i % 7 == 3) {
            atomic_fetch_add(&fails_thrown, 1);
            ac_throw(ac_error_new(&AC_IO_ERROR, "worker %d failed", i));
        }
    }
}

static atomic_int bodies;

SUSPEND static void worker(int i) {
    atomic_fetch_add(&bodies, 1);   /* one cancelled before it ran has no body */
    ac_try {
        hop(i, 3);
    } ac_finally {
        atomic_fetch_add(&finals, 1);
    }
}

static atomic_int handled;
static void on_failure(ac_ctx *ctx, ac_error *e, void *arg) { (void)ctx; (void)e; (void)arg; atomic_fetch_add(&handled, 1); }

SUSPEND static int main_co(int n) {
    int cancelled = 0, failed = 0, normal = 0;
    ac_job **jobs = malloc((size_t)n * sizeof *jobs);
    if (!jobs) return -1;
    ac_supervisor_scope(s) {
        for (int i = 0; i < n; i++)
            jobs[i] = ac_job_retain(ac_launch_ctx(s, ac_ctx_plus(ac_exception_handler(on_failure, NULL),
                                                             pools ? ac_ctx_dispatcher(ac_dispatcher_default()) : NULL),
                                                  AC_START_DEFAULT, worker(i)));   /* past the block's end */
        unsigned seed = 7;
        for (int k = 0; k < n / 4; k++) {
            ac_yield();
            ac_job_cancel(jobs[next_rand(&seed) % (unsigned)n], NULL);
        }
    }
    for (int i = 0; i < n; i++) {
        ac_error *why = ac_job_is_cancelled(jobs[i]) ? ac_job_get_cancellation_error(jobs[i]) : NULL;
        if (!ac_job_is_completed(jobs[i])) printf("job %d not completed\n", i);
        else if (!why) normal++;
        else if (ac_error_cause(why) && ac_error_is(ac_error_cause(why), &AC_IO_ERROR)) failed++;
        else if (ac_error_is(why, &AC_IO_ERROR)) failed++;
        else cancelled++;
        ac_error_release(why);
        ac_job_release(jobs[i]);
    }
    free(jobs);
    printf("accounted for: %d of %d\n", normal + failed + cancelled, n);
    printf("failures seen by the handler: %s\n", atomic_load(&handled) == failed ? "all, once" : "mismatch");
    printf("failures thrown >= failures: %s\n", atomic_load(&fails_thrown) >= failed ? "yes" : "no");
    printf("some of each: %s\n", normal > 0 && failed > 0 && cancelled > 0 ? "yes" : "no");
    return normal + failed + cancelled;
}

int main(int argc, char **argv) {
    const char *env = getenv("ASYNCC_STRESS_N");
    int n = env ? atoi(env) : 2000;
    pools = argc > 1 && strcmp(argv[1], "pools") == 0;
    if (pools) {
        ndisp = 6;
        disp[0] = ac_dispatcher_default();
        disp[1] = ac_dispatcher_io();
        disp[2] = ac_dispatcher_limited(disp[0], 2);
        disp[3] = ac_dispatcher_limited(disp[1], 3);
        disp[4] = ac_dispatcher_new_single_thread("single");
        disp[5] = ac_dispatcher_unconfined();
    } else {
        ndisp = 4;
        for (int i = 0; i < ndisp; i++) {
            char name[16];
            snprintf(name, sizeof name, "d%d", i);
            disp[i] = ac_dispatcher_new_single_thread(name);
        }
    }
    for (int i = 0; i < ndisp; i++)
        if (!disp[i]) return 1;
    int total = 0;
    ac_error *err = ac_run_blocking(main_co(n), &total);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("finally blocks: %s\n", atomic_load(&finals) == atomic_load(&bodies) ? "one per body run" : "mismatch");
    printf("ran on the wrong dispatcher: %d\n", atomic_load(&wrong_thread));
    printf("steps over a view's limit: %d\n", atomic_load(&over_limit));
    if (!pools)
        printf("every body ran: %s\n", atomic_load(&bodies) == n ? "yes" : "no");
    if (pools) {
        if (ac_dispatcher_close(disp[4]) != 0) printf("close failed\n");
        ac_dispatcher_release(disp[2]);
        ac_dispatcher_release(disp[3]);
    } else {
        for (int i = 0; i < ndisp; i++)
            if (ac_dispatcher_close(disp[i]) != 0) printf("close %d failed\n", i);
    }
    return total == n ? 0 : 1;
}
// CHECK-NOT:  not completed
// CHECK:      accounted for: [[N:[0-9]+]] of [[N]]
// CHECK-NEXT: failures seen by the handler: all, once
// CHECK-NEXT: failures thrown >= failures: yes
// CHECK-NEXT: some of each: yes
// CHECK-NEXT: finally blocks: one per body run
// CHECK-NEXT: ran on the wrong dispatcher: 0
// CHECK-NEXT: steps over a view's limit: 0
// LOOPS-NEXT: every body ran: yes
// CHECK-NOT:  close
