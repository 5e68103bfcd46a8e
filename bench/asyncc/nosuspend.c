/*
 * nosuspend: what a call of a suspend function costs when it does not
 * suspend, against the same function in plain C.  Each round times both,
 * N calls each, and prints two RESULT lines, ns per call:
 *
 *   suspend  a suspend function's loop calls SUSPEND add(sum, i) N times;
 *            add could suspend (ac_yield when `never` is set) but never
 *            does: every call is a frame pushed in the coroutine's arena,
 *            run, popped, without a trip through the scheduler.
 *   plain    ordinary code calls add_plain(sum, i) N times: the same body
 *            (sched_yield where add has ac_yield), not inlined.
 *
 * `never` is volatile and add_plain is noinline (noipa for gcc), so
 * neither loop is folded or inlined away.  check = N(N-1)/2, both ways.
 */
#include <asyncc.h>
#include <sched.h>
#include "bench.h"

#if defined(__clang__)
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noipa))
#endif

static volatile int never;      /* 0, but the compiler cannot know it */

SUSPEND static long add(long a, long b) {
    if (never)
        ac_yield();
    return a + b;
}

OPAQUE static long add_plain(long a, long b) {
    if (never)
        sched_yield();
    return a + b;
}

/* Each loop stores its time in *ns and returns the sum. */
SUSPEND static long loop_suspend(long n, int64_t *ns) {
    int64_t t0 = bench_now_ns();
    long sum = 0;
    for (long i = 0; i < n; i++)
        sum = add(sum, i);
    *ns = bench_now_ns() - t0;
    return sum;
}

static long loop_plain(long n, int64_t *ns) {
    int64_t t0 = bench_now_ns();
    long sum = 0;
    for (long i = 0; i < n; i++)
        sum = add_plain(sum, i);
    *ns = bench_now_ns() - t0;
    return sum;
}

int main(int argc, char **argv) {
    bench_args a = bench_parse(argc, argv, 100000000);
    if (strcmp(a.cas, "st") != 0) { fprintf(stderr, "unknown case %s\n", a.cas); return 2; }
    uint64_t want = (uint64_t)a.n * (uint64_t)(a.n - 1) / 2;
    for (int r = 0; r < a.warmup + a.rounds; r++) {
        int64_t ns_suspend = 0, ns_plain = 0;
        long s_suspend = 0;
        ac_error *err = ac_run_blocking(loop_suspend(a.n, &ns_suspend), &s_suspend);
        if (err) { ac_error_print(err, stderr); ac_error_release(err); return 1; }
        long s_plain = loop_plain(a.n, &ns_plain);
        if ((uint64_t)s_suspend != want || (uint64_t)s_plain != want) {
            fprintf(stderr, "nosuspend: sums %ld and %ld, expected %" PRIu64 "\n", s_suspend, s_plain, want);
            return 1;
        }
        if (r >= a.warmup) {
            bench_result("nosuspend", "suspend", "asyncc", "ns/op", (double)ns_suspend / a.n, a.n, want);
            bench_result("nosuspend", "plain", "asyncc", "ns/op", (double)ns_plain / a.n, a.n, want);
        }
    }
    return 0;
}
