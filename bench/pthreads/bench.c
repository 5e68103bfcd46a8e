/*
 * pthreads peers of the asyncc benchmarks (bench/README.md): what the same
 * work costs with one kernel thread per task.  Run as
 *
 *   bench WORKLOAD CASE N ROUNDS WARMUP
 *
 * and prints one RESULT line per measured round (impl=pthreads), as the
 * coroutine programs do.  Plain C11 + POSIX threads, no coroutines:
 *
 *   spawn_join/mt     N x pthread_create of an empty thread (default
 *                     attributes), pthread_join of each, at most BATCH
 *                     alive at once (a thread's stack is two mappings and
 *                     vm.max_map_count is 65530 by default).  ns per thread.
 *   yield/mt          two threads take turns on a mutex + condvar, N
 *                     hand-offs in all: a thread switch each, not
 *                     sched_yield (which need not switch).  ns per hand-off.
 *   chan_pingpong/mt  two threads, two one-slot queues (mutex + condvars):
 *                     N round trips, 0..N-1 echoed and summed.  ns per round trip.
 *   chan_buffered/mt  a producer thread sends 0..N-1 into a mutex + condvar
 *                     bounded queue of 64 and closes it; main sums.  ns per message.
 *   memory/st         N threads with SMALL_STACK-byte stacks, each blocked in
 *                     pthread_cond_timedwait with a one-hour deadline:
 *                     (VmRSS with all N waiting - VmRSS before) / N bytes
 *                     per thread; then all are woken and joined.
 *   cancel_storm/st   the same N waiting threads; timed: setting the stop
 *                     flag, pthread_cond_broadcast, until all are joined.
 *                     ns per thread.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <pthread.h>
#include "bench.h"

#define BATCH 10000
#define SMALL_STACK (64 * 1024)
#define HOUR_S 3600

static void die(const char *what, int err)
{
    fprintf(stderr, "pthreads: %s: %s\n", what, strerror(err));
    exit(1);
}

/* ------------------------------------------------------------ spawn_join */

static void *empty(void *arg) { return arg; }

static uint64_t spawn_join(long n)
{
    static pthread_t t[BATCH];
    for (long done = 0; done < n;) {
        long k = n - done < BATCH ? n - done : BATCH;
        for (long i = 0; i < k; i++) {
            int e = pthread_create(&t[i], NULL, empty, NULL);
            if (e) die("pthread_create", e);
        }
        for (long i = 0; i < k; i++)
            pthread_join(t[i], NULL);
        done += k;
    }
    return 0;
}

/* ------------------------------------------------------------ yield */

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int turn;
    long m;
} turns = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0 };

static void *taker(void *arg)
{
    int me = (int)(intptr_t)arg;
    pthread_mutex_lock(&turns.mu);
    for (long i = 0; i < turns.m; i++) {
        while (turns.turn != me)
            pthread_cond_wait(&turns.cv, &turns.mu);
        turns.turn = !me;
        pthread_cond_signal(&turns.cv);
    }
    pthread_mutex_unlock(&turns.mu);
    return NULL;
}

static uint64_t yield(long n)
{
    pthread_t t[2];
    turns.turn = 0;
    turns.m = n / 2;
    for (int k = 0; k < 2; k++) {
        int e = pthread_create(&t[k], NULL, taker, (void *)(intptr_t)k);
        if (e) die("pthread_create", e);
    }
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    return 0;
}

/* ------------------------------------------------------------ queues */

/* A bounded FIFO of ints under one mutex: what a channel is without
 * coroutines. */
typedef struct queue {
    pthread_mutex_t mu;
    pthread_cond_t not_empty, not_full;
    int *buf;
    long cap, head, count;
    int closed;
} queue;

static void queue_init(queue *q, long cap)
{
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->not_empty, NULL);
    pthread_cond_init(&q->not_full, NULL);
    q->buf = malloc(sizeof(int) * (size_t)cap);
    if (!q->buf) die("malloc", ENOMEM);
    q->cap = cap;
    q->head = q->count = 0;
    q->closed = 0;
}

static void queue_destroy(queue *q)
{
    pthread_mutex_destroy(&q->mu);
    pthread_cond_destroy(&q->not_empty);
    pthread_cond_destroy(&q->not_full);
    free(q->buf);
}

static void queue_send(queue *q, int v)
{
    pthread_mutex_lock(&q->mu);
    while (q->count == q->cap)
        pthread_cond_wait(&q->not_full, &q->mu);
    q->buf[(q->head + q->count++) % q->cap] = v;
    pthread_cond_signal(&q->not_empty);
    pthread_mutex_unlock(&q->mu);
}

/* 1 with an element in *v, 0 once closed and empty. */
static int queue_receive(queue *q, int *v)
{
    pthread_mutex_lock(&q->mu);
    while (q->count == 0 && !q->closed)
        pthread_cond_wait(&q->not_empty, &q->mu);
    int got = q->count > 0;
    if (got) {
        *v = q->buf[q->head];
        q->head = (q->head + 1) % q->cap;
        q->count--;
        pthread_cond_signal(&q->not_full);
    }
    pthread_mutex_unlock(&q->mu);
    return got;
}

static void queue_close(queue *q)
{
    pthread_mutex_lock(&q->mu);
    q->closed = 1;
    pthread_cond_broadcast(&q->not_empty);
    pthread_mutex_unlock(&q->mu);
}

static queue ping, pong, chan;
static long chan_n;

static void *echo(void *arg)
{
    int v;
    while (queue_receive(&ping, &v))
        queue_send(&pong, v);
    return arg;
}

static uint64_t chan_pingpong(long n)
{
    queue_init(&ping, 1);
    queue_init(&pong, 1);
    pthread_t t;
    int e = pthread_create(&t, NULL, echo, NULL);
    if (e) die("pthread_create", e);
    uint64_t sum = 0;
    for (long i = 0; i < n; i++) {
        int v;
        queue_send(&ping, (int)i);
        queue_receive(&pong, &v);
        sum += (uint64_t)v;
    }
    queue_close(&ping);
    pthread_join(t, NULL);
    queue_destroy(&ping);
    queue_destroy(&pong);
    return sum;
}

static void *producer(void *arg)
{
    for (long i = 0; i < chan_n; i++)
        queue_send(&chan, (int)i);
    queue_close(&chan);
    return arg;
}

static uint64_t chan_buffered(long n)
{
    queue_init(&chan, 64);
    chan_n = n;
    pthread_t t;
    int e = pthread_create(&t, NULL, producer, NULL);
    if (e) die("pthread_create", e);
    uint64_t sum = 0;
    int v;
    while (queue_receive(&chan, &v))
        sum += (uint64_t)v;
    pthread_join(t, NULL);
    queue_destroy(&chan);
    return sum;
}

/* ------------------------------------------------------------ memory, cancel_storm */

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;          /* the sleepers wait here (CLOCK_MONOTONIC) */
    pthread_cond_t all_started;
    long started;
    int stop;
    struct timespec deadline;
} hold = { .mu = PTHREAD_MUTEX_INITIALIZER, .all_started = PTHREAD_COND_INITIALIZER };
static long hold_n;

static void *sleeper(void *arg)
{
    pthread_mutex_lock(&hold.mu);
    if (++hold.started == hold_n)
        pthread_cond_signal(&hold.all_started);
    while (!hold.stop)
        if (pthread_cond_timedwait(&hold.cv, &hold.mu, &hold.deadline) == ETIMEDOUT)
            break;
    pthread_mutex_unlock(&hold.mu);
    return arg;
}

/* Starts n sleepers and returns once all of them wait in the condvar
 * (each counts itself under the mutex, which the wait releases). */
static pthread_t *hold_start(long n)
{
    pthread_t *t = malloc(sizeof *t * (size_t)n);
    if (!t) die("malloc", ENOMEM);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&hold.cv, &ca);
    pthread_condattr_destroy(&ca);
    clock_gettime(CLOCK_MONOTONIC, &hold.deadline);
    hold.deadline.tv_sec += HOUR_S;
    hold.started = 0;
    hold.stop = 0;
    hold_n = n;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    size_t stack = SMALL_STACK < PTHREAD_STACK_MIN ? PTHREAD_STACK_MIN : SMALL_STACK;
    int e = pthread_attr_setstacksize(&attr, stack);
    if (e) die("pthread_attr_setstacksize", e);
    for (long i = 0; i < n; i++) {
        e = pthread_create(&t[i], &attr, sleeper, NULL);
        if (e) die("pthread_create (see ulimit -u, kernel.threads-max, vm.max_map_count)", e);
    }
    pthread_attr_destroy(&attr);
    pthread_mutex_lock(&hold.mu);
    while (hold.started < n)
        pthread_cond_wait(&hold.all_started, &hold.mu);
    pthread_mutex_unlock(&hold.mu);
    return t;
}

static void hold_stop(pthread_t *t, long n)
{
    pthread_mutex_lock(&hold.mu);
    hold.stop = 1;
    pthread_cond_broadcast(&hold.cv);
    pthread_mutex_unlock(&hold.mu);
    for (long i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    pthread_cond_destroy(&hold.cv);
    free(t);
}

/* ------------------------------------------------------------ main */

int main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: %s WORKLOAD CASE N ROUNDS WARMUP\n", argv[0]);
        return 2;
    }
    const char *w = argv[1], *cas = argv[2];
    long n = atol(argv[3]);
    int rounds = atoi(argv[4]), warmup = atoi(argv[5]);
    if (n < 2 || rounds < 1 || warmup < 0) {
        fprintf(stderr, "pthreads: N must be at least 2, ROUNDS at least 1\n");
        return 2;
    }
    uint64_t (*f)(long) = NULL;
    int mem = 0, storm = 0, chan_sum = 0;
    if (!strcmp(w, "spawn_join") && !strcmp(cas, "mt")) f = spawn_join;
    else if (!strcmp(w, "yield") && !strcmp(cas, "mt")) f = yield;
    else if (!strcmp(w, "chan_pingpong") && !strcmp(cas, "mt")) f = chan_pingpong, chan_sum = 1;
    else if (!strcmp(w, "chan_buffered") && !strcmp(cas, "mt")) f = chan_buffered, chan_sum = 1;
    else if (!strcmp(w, "memory") && !strcmp(cas, "st")) mem = 1;
    else if (!strcmp(w, "cancel_storm") && !strcmp(cas, "st")) storm = 1;
    else {
        fprintf(stderr, "pthreads: unknown workload/case %s/%s\n", w, cas);
        return 2;
    }
    if (chan_sum && n > INT_MAX) { fprintf(stderr, "pthreads: N must fit in an int\n"); return 2; }
    uint64_t want = chan_sum ? (uint64_t)n * (uint64_t)(n - 1) / 2 : 0;
    for (int r = 0; r < warmup + rounds; r++) {
        double value;
        const char *unit = "ns/op";
        uint64_t check = 0;
        if (mem) {
            malloc_trim(0);
            long before = bench_rss_bytes();
            pthread_t *t = hold_start(n);
            long after = bench_rss_bytes();
            hold_stop(t, n);
            if (before < 0 || after < 0) { fprintf(stderr, "pthreads: cannot read VmRSS\n"); return 1; }
            value = (double)(after - before) / n;
            unit = "B/coro";
            if (r >= warmup)
                fprintf(stderr, "memory pthreads: %.0f B per waiting thread (%d KiB stacks; RSS leaves out "
                        "the kernel's own per-thread memory): %.2f million fit in 4 GiB\n",
                        value, SMALL_STACK / 1024, value > 0 ? 4294967296.0 / value / 1e6 : 0.0);
        } else if (storm) {
            pthread_t *t = hold_start(n);
            int64_t t0 = bench_now_ns();
            hold_stop(t, n);
            value = (double)(bench_now_ns() - t0) / n;
        } else {
            int64_t t0 = bench_now_ns();
            check = f(n);
            int64_t t1 = bench_now_ns();
            long ops = f == yield ? n / 2 * 2 : n;
            value = (double)(t1 - t0) / ops;
            if (chan_sum && check != want) {
                fprintf(stderr, "pthreads %s: sum %" PRIu64 ", expected %" PRIu64 "\n", w, check, want);
                return 1;
            }
        }
        if (r >= warmup)
            bench_result(w, cas, "pthreads", unit, value, n, check);
    }
    return 0;
}
