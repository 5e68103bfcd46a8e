/*
 * chan_buffered: one producer sends N ints (0..N-1) into a channel of
 * capacity 64 and closes it; one consumer receives them all and sums them
 * (check = N(N-1)/2).  ns per message (wall time / N).
 *
 *   st  both launched on run_blocking's loop (this thread) from an
 *       ac_coroutine_scope block.      Kotlin: runBlocking { launch { }; async { } }
 *   mt  both launched on the default dispatcher (the work-stealing pool)
 *       from the same block.           Kotlin: the same with Dispatchers.Default
 */
#include <asyncc.h>
#include "bench.h"

#define CAPACITY 64

static _Atomic int off_pool;            /* an mt coroutine not on the pool */
static int mt;

static void check_pool(void) {
    if (mt && ac_current_dispatcher() != ac_dispatcher_default())
        off_pool = 1;
}

SUSPEND static void producer(ac_channel *ch, long n) {
    check_pool();
    for (long i = 0; i < n; i++) {
        int v = (int)i;
        ac_channel_send(ch, &v);
    }
    ac_channel_close(ch, NULL);
}

SUSPEND static uint64_t consumer(ac_channel *ch) {
    check_pool();
    uint64_t sum = 0;
    int v;
    ac_for_each(ch, v)
        sum += (uint64_t)v;
    return sum;
}

SUSPEND static uint64_t transfer(ac_channel *ch, long n) {
    uint64_t sum = 0;
    ac_coroutine_scope(s) {
        ac_deferred *d;
        if (mt) {
            ac_launch_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT, producer(ch, n));
            d = ac_async_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT, consumer(ch));
        } else {
            ac_launch(s, producer(ch, n));
            d = ac_async(s, consumer(ch));
        }
        sum = AC_AWAIT(uint64_t, d);
    }
    return sum;
}

int main(int argc, char **argv) {
    bench_args a = bench_parse(argc, argv, 2000000);
    mt = strcmp(a.cas, "mt") == 0;
    if (!mt && strcmp(a.cas, "st") != 0) { fprintf(stderr, "unknown case %s\n", a.cas); return 2; }
    if (a.n > 2147483647L) { fprintf(stderr, "chan_buffered: N must fit in an int\n"); return 2; }
    uint64_t want = (uint64_t)a.n * (uint64_t)(a.n - 1) / 2;
    for (int r = 0; r < a.warmup + a.rounds; r++) {
        ac_channel *ch = ac_channel_new(sizeof(int), CAPACITY);
        if (!ch) return 1;
        uint64_t sum = 0;
        int64_t t0 = bench_now_ns();
        ac_error *err = ac_run_blocking(transfer(ch, a.n), &sum);
        int64_t t1 = bench_now_ns();
        ac_channel_release(ch);
        if (err) { ac_error_print(err, stderr); ac_error_release(err); return 1; }
        if (off_pool) { fprintf(stderr, "chan_buffered mt: a coroutine ran off the default dispatcher\n"); return 1; }
        if (sum != want) {
            fprintf(stderr, "chan_buffered %s: sum %" PRIu64 ", expected %" PRIu64 "\n", a.cas, sum, want);
            return 1;
        }
        if (r >= a.warmup)
            bench_result("chan_buffered", a.cas, "asyncc", "ns/op", (double)(t1 - t0) / a.n, a.n, sum);
    }
    return 0;
}
