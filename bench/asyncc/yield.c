/*
 * yield: two coroutines on run_blocking's loop each call ac_yield() N/2
 * times, so the loop switches between them N times.  ns per switch.
 *                                   Kotlin: two launch { repeat { yield() } }
 */
#include <asyncc.h>
#include "bench.h"

SUSPEND static void yielder(long m) {
    for (long i = 0; i < m; i++)
        ac_yield();
}

SUSPEND static void ping_pong(long m) {
    ac_coroutine_scope(s) {
        ac_launch(s, yielder(m));
        ac_launch(s, yielder(m));
    }
}

int main(int argc, char **argv) {
    bench_args a = bench_parse(argc, argv, 2000000);
    long m = a.n / 2;
    for (int r = 0; r < a.warmup + a.rounds; r++) {
        int64_t t0 = bench_now_ns();
        ac_error *err = ac_run_blocking(ping_pong(m), NULL);
        int64_t t1 = bench_now_ns();
        if (err) { ac_error_print(err, stderr); ac_error_release(err); return 1; }
        if (r >= a.warmup)
            bench_result("yield", a.cas, "asyncc", "ns/op", (double)(t1 - t0) / (2.0 * m), 2 * m, 0);
    }
    return 0;
}
