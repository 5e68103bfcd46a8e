/*
 * fanout: N elements of CPU work (bench_sum_range) split into TASKS equal
 * tasks, run concurrently, results summed.  ms total.
 *
 *   mt   ac_async of each task into ac_scope_new(NULL) (the default
 *        dispatcher), AC_AWAIT of all from ac_run_blocking.
 *                                   Kotlin: async(Dispatchers.Default) + awaitAll
 *   seq  the same sum in a plain C loop on this thread: the reference for
 *        what one core does (no coroutines).
 */
#include <asyncc.h>
#include "bench.h"

#define TASKS 64

static _Atomic int off_pool;            /* an mt task not on the pool */

SUSPEND static uint64_t task(uint64_t lo, uint64_t hi) {
    if (ac_current_dispatcher() != ac_dispatcher_default())
        off_pool = 1;
    return bench_sum_range(lo, hi);
}

SUSPEND static uint64_t fan_out(ac_scope *sc, uint64_t n) {
    ac_deferred *d[TASKS];
    uint64_t chunk = n / TASKS;
    for (int i = 0; i < TASKS; i++)
        d[i] = ac_async(sc, task(i * chunk, i == TASKS - 1 ? n : (i + 1) * chunk));
    uint64_t total = 0;
    for (int i = 0; i < TASKS; i++)
        total += AC_AWAIT(uint64_t, d[i]);
    return total;
}

int main(int argc, char **argv) {
    bench_args a = bench_parse(argc, argv, 64L << 21);
    int seq = strcmp(a.cas, "seq") == 0;
    if (!seq && strcmp(a.cas, "mt") != 0) { fprintf(stderr, "unknown case %s\n", a.cas); return 2; }
    for (int r = 0; r < a.warmup + a.rounds; r++) {
        uint64_t total = 0;
        int64_t t0 = bench_now_ns();
        if (seq) {
            total = bench_sum_range(0, (uint64_t)a.n);
        } else {
            ac_scope *sc = ac_scope_new(NULL);
            if (!sc) return 1;
            ac_error *err = ac_run_blocking(fan_out(sc, (uint64_t)a.n), &total);
            ac_scope_release(sc);
            if (err) { ac_error_print(err, stderr); ac_error_release(err); return 1; }
            if (off_pool) { fprintf(stderr, "fanout mt: a task ran off the default dispatcher\n"); return 1; }
        }
        int64_t t1 = bench_now_ns();
        if (r >= a.warmup)
            bench_result("fanout", a.cas, seq ? "c-seq" : "asyncc", "ms", (t1 - t0) / 1e6, a.n, total);
    }
    return 0;
}
