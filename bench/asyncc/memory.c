/*
 * memory: N coroutines suspended in a one-hour ac_delay at once.  Bytes of
 * resident memory per coroutine: (VmRSS once all N have suspended - VmRSS
 * before the first launch) / N.  Then the children are cancelled, every
 * coroutine is freed, and malloc_trim gives the heap back to the system
 * before the next round.
 *
 *   st  run_blocking's ac_coroutine_scope block launches N children on its
 *       loop (this thread), yields until all have started, measures, and
 *       cancels the scope's children; the block's end waits for them.
 *                       Kotlin: runBlocking { coroutineScope { repeat(N) { launch { delay(1 h) } } } }
 *
 * On stderr: how many such coroutines would fit in 4 GiB.
 */
#include <asyncc.h>
#include <malloc.h>
#include "bench.h"

#define HOUR_MS 3600000

static long started;            /* children past their first statement */

SUSPEND static void sleeper(void) {
    started++;
    ac_delay(HOUR_MS);
}

/* The resident bytes N suspended sleepers add, or a negative value if
 * /proc/self/status cannot be read. */
SUSPEND static double hold(long n) {
    double per = -1;
    started = 0;
    ac_coroutine_scope(s) {
        long before = bench_rss_bytes();
        for (long i = 0; i < n; i++)
            ac_launch(s, sleeper());
        while (started < n)             /* the loop runs them in launch order */
            ac_yield();
        long after = bench_rss_bytes();
        if (before >= 0 && after >= 0)
            per = (double)(after - before) / n;
        ac_scope_cancel_children(s, NULL);
    }
    return per;
}

int main(int argc, char **argv) {
    bench_args a = bench_parse(argc, argv, 1000000);
    if (strcmp(a.cas, "st") != 0) { fprintf(stderr, "unknown case %s\n", a.cas); return 2; }
    for (int r = 0; r < a.warmup + a.rounds; r++) {
        double per = -1;
        ac_error *err = ac_run_blocking(hold(a.n), &per);
        if (err) { ac_error_print(err, stderr); ac_error_release(err); return 1; }
        if (per < 0) { fprintf(stderr, "memory: cannot read VmRSS from /proc/self/status\n"); return 1; }
        malloc_trim(0);                 /* the next round starts from a returned heap */
        if (r >= a.warmup) {
            bench_result("memory", a.cas, "asyncc", "B/coro", per, a.n, 0);
            fprintf(stderr, "memory asyncc: %.0f B per suspended coroutine: %.1f million fit in 4 GiB\n",
                    per, per > 0 ? 4294967296.0 / per / 1e6 : 0.0);
        }
    }
    return 0;
}
