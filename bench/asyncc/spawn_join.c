/*
 * spawn_join: start N coroutines that do nothing, wait for all of them.
 * ns per coroutine (launch, run, complete, join).
 *
 *   st  ac_run_blocking(spawn_block(N)): an ac_coroutine_scope block
 *       launches N children on run_blocking's loop (this thread) and waits
 *       for them at its end.                     Kotlin: runBlocking { repeat(N) { launch { } } }
 *   dd  ordinary code launches N children into ac_scope_new(NULL) (the
 *       default dispatcher), completes the scope's job and joins it from
 *       ac_run_blocking.                          Kotlin: CoroutineScope(Dispatchers.Default + job)
 */
#include <asyncc.h>
#include "bench.h"

SUSPEND static void tiny(void) { }

SUSPEND static void spawn_block(long n) {
    ac_coroutine_scope(s) {
        for (long i = 0; i < n; i++)
            ac_launch(s, tiny());
    }
}

SUSPEND static void waiter(ac_job *job) { ac_join(job); }

static int round_st(long n) {
    ac_error *err = ac_run_blocking(spawn_block(n), NULL);
    if (err) { ac_error_print(err, stderr); ac_error_release(err); return -1; }
    return 0;
}

static int round_dd(long n) {
    ac_scope *sc = ac_scope_new(NULL);
    if (!sc) return -1;
    for (long i = 0; i < n; i++)
        ac_launch(sc, tiny());
    ac_job *job = ac_scope_job(sc);
    ac_job_complete(job);                       /* completes after its children */
    ac_error *err = ac_run_blocking(waiter(job), NULL);
    int ok = !err && ac_job_is_completed(job);
    if (err) { ac_error_print(err, stderr); ac_error_release(err); }
    ac_scope_release(sc);
    return ok ? 0 : -1;
}

int main(int argc, char **argv) {
    bench_args a = bench_parse(argc, argv, 1000000);
    int dd = strcmp(a.cas, "dd") == 0;
    if (!dd && strcmp(a.cas, "st") != 0) { fprintf(stderr, "unknown case %s\n", a.cas); return 2; }
    for (int r = 0; r < a.warmup + a.rounds; r++) {
        int64_t t0 = bench_now_ns();
        if ((dd ? round_dd(a.n) : round_st(a.n)) != 0) return 1;
        int64_t t1 = bench_now_ns();
        if (r >= a.warmup)
            bench_result("spawn_join", a.cas, "asyncc", "ns/op", (double)(t1 - t0) / a.n, a.n, 0);
    }
    return 0;
}
