// Stress: 2000 coroutines (ASYNCC_STRESS_N to change) move between four
// single-thread dispatchers through nested ac_with_context blocks, yielding and
// delaying on each, while the main coroutine cancels some at random and others
// fail; every one is accounted for (ended normally, failed, or cancelled), every
// finally block runs exactly once, the supervisor scope sees each failure once,
// and nothing races (TSan) or leaks (ASan).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %t.gcc | FileCheck %s
#include <asyncc.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define NDISP 4
static ac_dispatcher *disp[NDISP];
static atomic_int finals, fails_thrown, wrong_thread;

static unsigned next_rand(unsigned *s) { *s = *s * 1103515245u + 12345u; return (*s >> 16) & 0x7fff; }

SUSPEND static void hop(int i, int depth) {
    unsigned seed = (unsigned)i * 2654435761u + (unsigned)depth;
    ac_dispatcher *d = disp[next_rand(&seed) % NDISP];
    ac_with_context(ac_ctx_dispatcher(d)) {
        if (ac_current_dispatcher() != d) atomic_fetch_add(&wrong_thread, 1);
        if (next_rand(&seed) % 2) ac_yield(); else ac_delay(next_rand(&seed) % 2);
        if (depth > 0) hop(i, depth - 1);
        if (depth == 0 && i % 7 == 3) {
            atomic_fetch_add(&fails_thrown, 1);
            ac_throw(ac_error_new(&AC_IO_ERROR, "worker %d failed", i));
        }
    }
}

SUSPEND static void worker(int i) {
    ac_try {
        hop(i, 3);
    } ac_finally {
        atomic_fetch_add(&finals, 1);
    }
}

static int handled;
static void on_failure(ac_ctx *ctx, ac_error *e, void *arg) { (void)ctx; (void)e; (void)arg; handled++; }

SUSPEND static int main_co(int n) {
    int cancelled = 0, failed = 0, normal = 0;
    ac_job **jobs = malloc((size_t)n * sizeof *jobs);
    if (!jobs) return -1;
    ac_supervisor_scope(s) {
        for (int i = 0; i < n; i++)
            jobs[i] = ac_job_retain(ac_launch_ctx(s, ac_exception_handler(on_failure, NULL), AC_START_DEFAULT,
                                                  worker(i)));   /* past the block's end */
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
    printf("failures seen by the handler: %s\n", handled == failed ? "all, once" : "mismatch");
    printf("failures thrown >= failures: %s\n", atomic_load(&fails_thrown) >= failed ? "yes" : "no");
    printf("some of each: %s\n", normal > 0 && failed > 0 && cancelled > 0 ? "yes" : "no");
    return normal + failed + cancelled;
}

int main(void) {
    const char *env = getenv("ASYNCC_STRESS_N");
    int n = env ? atoi(env) : 2000;
    for (int i = 0; i < NDISP; i++) {
        char name[16];
        snprintf(name, sizeof name, "d%d", i);
        if (!(disp[i] = ac_dispatcher_new_single_thread(name))) return 1;
    }
    int total = 0;
    ac_error *err = ac_run_blocking(main_co(n), &total);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("finally blocks: %s\n", atomic_load(&finals) == n ? "one each" : "mismatch");
    printf("ran on the wrong dispatcher: %d\n", atomic_load(&wrong_thread));
    for (int i = 0; i < NDISP; i++)
        if (ac_dispatcher_close(disp[i]) != 0) printf("close %d failed\n", i);
    return total == n ? 0 : 1;
}
// CHECK-NOT:  not completed
// CHECK:      accounted for: [[N:[0-9]+]] of [[N]]
// CHECK-NEXT: failures seen by the handler: all, once
// CHECK-NEXT: failures thrown >= failures: yes
// CHECK-NEXT: some of each: yes
// CHECK-NEXT: finally blocks: one each
// CHECK-NEXT: ran on the wrong dispatcher: 0
// CHECK-NOT:  close
