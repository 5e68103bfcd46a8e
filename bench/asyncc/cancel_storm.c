/*
 * cancel_storm: a parent coroutine with N children, all suspended in a
 * one-hour ac_delay; only the cancellation is timed: from cancelling the
 * parent until it has completed, which is after every child has.  ns per
 * child.
 *
 *   st  run_blocking's ac_coroutine_scope block launches parent(N), whose
 *       own ac_coroutine_scope block launches the N children on the same
 *       loop (this thread); once all have started, ac_cancel_and_join of
 *       the parent's job.
 *                  Kotlin: val p = launch { repeat(N) { launch { delay(1 h) } } }; p.cancelAndJoin()
 */
#include <asyncc.h>
#include "bench.h"

#define HOUR_MS 3600000

static long started;            /* children past their first statement */

SUSPEND static void sleeper(void) {
    started++;
    ac_delay(HOUR_MS);
}

SUSPEND static void parent(long n) {
    ac_coroutine_scope(s) {
        for (long i = 0; i < n; i++)
            ac_launch(s, sleeper());
    }
}

/* The time ac_cancel_and_join(parent) took, in ns. */
SUSPEND static int64_t storm(long n) {
    int64_t ns = 0;
    started = 0;
    ac_coroutine_scope(s) {
        ac_job *p = ac_launch(s, parent(n));
        while (started < n)             /* the loop runs them in launch order */
            ac_yield();
        int64_t t0 = bench_now_ns();
        ac_cancel_and_join(p);
        ns = bench_now_ns() - t0;
        if (!ac_job_is_cancelled(p)) ns = -1;
    }
    return ns;
}

int main(int argc, char **argv) {
    bench_args a = bench_parse(argc, argv, 100000);
    if (strcmp(a.cas, "st") != 0) { fprintf(stderr, "unknown case %s\n", a.cas); return 2; }
    for (int r = 0; r < a.warmup + a.rounds; r++) {
        int64_t ns = 0;
        ac_error *err = ac_run_blocking(storm(a.n), &ns);
        if (err) { ac_error_print(err, stderr); ac_error_release(err); return 1; }
        if (ns < 0) { fprintf(stderr, "cancel_storm: the parent was not cancelled\n"); return 1; }
        if (r >= a.warmup)
            bench_result("cancel_storm", a.cas, "asyncc", "ns/op", (double)ns / a.n, a.n, 0);
    }
    return 0;
}
