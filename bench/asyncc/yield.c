/*
 * yield: two coroutines each call ac_yield() N/2 times, N switches in all.
 * ns per switch (wall time / N).
 *
 *   st  both on run_blocking's loop (this thread): the loop switches
 *       between them.           Kotlin: runBlocking { 2 x launch { repeat { yield() } } }
 *   mt  both launched on the default dispatcher (the work-stealing pool,
 *       one worker per core) from an ac_coroutine_scope block run by
 *       ac_run_blocking, which waits for them.
 *                               Kotlin: runBlocking { 2 x launch(Dispatchers.Default) { ... } }
 *       Each ac_yield() puts the coroutine at the back of its worker's
 *       FIFO; with two workers or more the two usually run side by side,
 *       one per worker, so wall time per switch can be below the st case's.
 */
#include <asyncc.h>
#include "bench.h"

static _Atomic int off_pool;            /* an mt yielder not on the pool */

SUSPEND static void yielder(long m) {
    for (long i = 0; i < m; i++)
        ac_yield();
}

SUSPEND static void yielder_mt(long m) {
    if (ac_current_dispatcher() != ac_dispatcher_default())
        off_pool = 1;
    for (long i = 0; i < m; i++)
        ac_yield();
}

SUSPEND static void ping_pong(long m) {
    ac_coroutine_scope(s) {
        ac_launch(s, yielder(m));
        ac_launch(s, yielder(m));
    }
}

SUSPEND static void ping_pong_mt(long m) {
    ac_coroutine_scope(s) {
        ac_launch_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT, yielder_mt(m));
        ac_launch_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT, yielder_mt(m));
    }
}

int main(int argc, char **argv) {
    bench_args a = bench_parse(argc, argv, 2000000);
    int mt = strcmp(a.cas, "mt") == 0;
    if (!mt && strcmp(a.cas, "st") != 0) { fprintf(stderr, "unknown case %s\n", a.cas); return 2; }
    long m = a.n / 2;
    for (int r = 0; r < a.warmup + a.rounds; r++) {
        ac_error *err;
        int64_t t0 = bench_now_ns();
        if (mt)
            err = ac_run_blocking(ping_pong_mt(m), NULL);
        else
            err = ac_run_blocking(ping_pong(m), NULL);
        int64_t t1 = bench_now_ns();
        if (err) { ac_error_print(err, stderr); ac_error_release(err); return 1; }
        if (off_pool) { fprintf(stderr, "yield mt: a coroutine ran off the default dispatcher\n"); return 1; }
        if (r >= a.warmup)
            bench_result("yield", a.cas, "asyncc", "ns/op", (double)(t1 - t0) / (2.0 * m), 2 * m, 0);
    }
    return 0;
}
