/*
 * chan_pingpong: two coroutines bounce an int over two rendezvous channels
 * N times.  ns per round trip (wall time / N).
 *
 *   st  both launched on run_blocking's loop (this thread) from an
 *       ac_coroutine_scope block.      Kotlin: runBlocking { launch { }; async { } }
 *   mt  both launched on the default dispatcher (the work-stealing pool)
 *       from the same block.           Kotlin: the same with Dispatchers.Default
 *
 * The pinger sends 0..N-1 and sums the replies: check = N(N-1)/2.
 */
#include <asyncc.h>
#include "bench.h"

static _Atomic int off_pool;            /* an mt coroutine not on the pool */
static int mt;

static void check_pool(void) {
    if (mt && ac_current_dispatcher() != ac_dispatcher_default())
        off_pool = 1;
}

SUSPEND static void echo(ac_channel *ping, ac_channel *pong) {
    check_pool();
    int v;
    ac_for_each(ping, v)
        ac_channel_send(pong, &v);
}

SUSPEND static uint64_t pinger(ac_channel *ping, ac_channel *pong, long n) {
    check_pool();
    uint64_t sum = 0;
    for (long i = 0; i < n; i++) {
        int v = (int)i;
        ac_channel_send(ping, &v);
        ac_channel_receive(pong, &v);
        sum += (uint64_t)v;
    }
    ac_channel_close(ping, NULL);
    return sum;
}

SUSPEND static uint64_t ping_pong(ac_channel *ping, ac_channel *pong, long n) {
    uint64_t sum = 0;
    ac_coroutine_scope(s) {
        ac_deferred *d;
        if (mt) {
            ac_launch_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT, echo(ping, pong));
            d = ac_async_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT, pinger(ping, pong, n));
        } else {
            ac_launch(s, echo(ping, pong));
            d = ac_async(s, pinger(ping, pong, n));
        }
        sum = AC_AWAIT(uint64_t, d);
    }
    return sum;
}

int main(int argc, char **argv) {
    bench_args a = bench_parse(argc, argv, 500000);
    mt = strcmp(a.cas, "mt") == 0;
    if (!mt && strcmp(a.cas, "st") != 0) { fprintf(stderr, "unknown case %s\n", a.cas); return 2; }
    if (a.n > 2147483647L) { fprintf(stderr, "chan_pingpong: N must fit in an int\n"); return 2; }
    uint64_t want = (uint64_t)a.n * (uint64_t)(a.n - 1) / 2;
    for (int r = 0; r < a.warmup + a.rounds; r++) {
        ac_channel *ping = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        ac_channel *pong = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
        if (!ping || !pong) return 1;
        uint64_t sum = 0;
        int64_t t0 = bench_now_ns();
        ac_error *err = ac_run_blocking(ping_pong(ping, pong, a.n), &sum);
        int64_t t1 = bench_now_ns();
        ac_channel_release(ping);
        ac_channel_release(pong);
        if (err) { ac_error_print(err, stderr); ac_error_release(err); return 1; }
        if (off_pool) { fprintf(stderr, "chan_pingpong mt: a coroutine ran off the default dispatcher\n"); return 1; }
        if (sum != want) {
            fprintf(stderr, "chan_pingpong %s: sum %" PRIu64 ", expected %" PRIu64 "\n", a.cas, sum, want);
            return 1;
        }
        if (r >= a.warmup)
            bench_result("chan_pingpong", a.cas, "asyncc", "ns/op", (double)(t1 - t0) / a.n, a.n, sum);
    }
    return 0;
}
