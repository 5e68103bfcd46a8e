/*
 * bench.h -- what the asyncc benchmark programs share (ordinary C: the
 * translator copies it through untouched).
 *
 * Every program is run as   PROG CASE N ROUNDS WARMUP
 * and prints, for each of the ROUNDS measured rounds (after WARMUP
 * unreported ones), one line that bench/run.sh collects:
 *
 *   RESULT name=spawn_join case=st impl=asyncc unit=ns/op value=123.4 n=1000000 check=0
 */
#ifndef BENCH_H
#define BENCH_H

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static inline int64_t bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

typedef struct bench_args {
    const char *cas;
    long n;
    int rounds, warmup;
} bench_args;

static inline bench_args bench_parse(int argc, char **argv, long default_n)
{
    bench_args a = { argc > 1 ? argv[1] : "st", default_n, 5, 1 };
    if (argc > 2) a.n = atol(argv[2]);
    if (argc > 3) a.rounds = atoi(argv[3]);
    if (argc > 4) a.warmup = atoi(argv[4]);
    if (a.n <= 0 || a.rounds <= 0 || a.warmup < 0) {
        fprintf(stderr, "usage: %s CASE N ROUNDS WARMUP\n", argv[0]);
        exit(2);
    }
    return a;
}

static inline void bench_result(const char *name, const char *cas, const char *impl,
                                const char *unit, double value, long n, uint64_t check)
{
    printf("RESULT name=%s case=%s impl=%s unit=%s value=%.3f n=%ld check=%" PRIx64 "\n",
           name, cas, impl, unit, value, n, check);
    fflush(stdout);
}

/* The resident set size of this process in bytes (VmRSS of
 * /proc/self/status, Linux), or -1 if it cannot be read.  The memory
 * benchmarks measure what N suspended coroutines add to it. */
static inline long bench_rss_bytes(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmRSS: %ld kB", &kb) == 1)
            break;
    fclose(f);
    return kb < 0 ? -1 : kb * 1024;
}

/* The CPU work of the fan-out benchmark: splitmix64's finalizer, summed
 * over [lo, hi).  The Go and Kotlin programs compute the same sum. */
static inline uint64_t bench_mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

static inline uint64_t bench_sum_range(uint64_t lo, uint64_t hi)
{
    uint64_t s = 0;
    for (uint64_t i = lo; i < hi; i++)
        s += bench_mix(i);
    return s;
}

#endif
