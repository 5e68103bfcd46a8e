/*
 * soak.c -- a bounded stress run of the runtime (issue 7, part 5).
 *
 *   asyncc-soak [--seconds S] [--wave N] [--min-waves W] [--items K] [--no-rss]
 *               [--leak B] [-v]
 *
 * (--leak B makes every child leak a block of B bytes: the self-test of the
 * RSS check, which must then fail; `--leak 100` does after a few waves.)
 *
 * Repeats, until S seconds (default 20) have passed and at least W waves
 * (default 10, so that with the default N = 100000 a run makes a million
 * children) have run:
 *
 *  1. a wave of cancellation: on the Default dispatcher, a parent coroutine
 *     launches N children under a scope and they suspend: a fifth in
 *     ac_delay (an hour), a fifth in ac_channel_receive (nothing is ever
 *     sent), a fifth in ac_join of a job that never completes, a fifth
 *     complete normally (after a yield) and a fifth fail (throw an
 *     IllegalArgument).  In odd waves the scope is a supervisor scope, so
 *     each failure stays alone (the exception handler of the wave's context
 *     takes it); once every child has started, the wave cancels the parent,
 *     which cancels the suspended children.  In even waves the scope is an
 *     ac_coroutine_scope and only the last child fails, after every other
 *     one has started: the failure cancels all its siblings and the parent's
 *     scope throws it (the parent catches it).
 *  2. channels under contention: 16 producers and 16 consumers on the
 *     Default dispatcher pass K numbers (default 20000) through one channel
 *     (rendezvous, buffered(64) and unlimited in turn); the sum and count
 *     received must be those sent.
 *
 * Accounting.  Every coroutine launched (children and parents) counts once
 * in `launched` at its launch, and once, from its own body, in exactly one
 * of `completed` (its body ran to the end), `cancelled` (a cancellation
 * reached it: caught as AC_CANCELLATION and rethrown) or `failed` (it threw
 * something else).  After each wave: launched == completed + cancelled +
 * failed, and each count is the one the wave's shape determines exactly.
 *
 * Memory.  The resident set (/proc/self/statm) is read after each wave,
 * once the wave's coroutines are all joined, after malloc_trim(0) (which
 * returns the free pages glibc caches in its arenas; the Default
 * dispatcher's worker threads each have one).  The baseline is the RSS
 * after wave 2 (warm-up: the dispatcher's threads, their arenas and stacks
 * and the loop's structures exist by then).  The run fails if
 *   - the RSS after the last wave exceeds the baseline by more than
 *     SLACK = 32 MiB + 25% of the baseline (fragmentation the allocator keeps
 *     and malloc_trim cannot give back: a wave allocates and frees some 100
 *     MB in many arenas), or
 *   - it grows with the number of waves: RSS(after wave 2k) - RSS(after wave
 *     k) > SLACK / 2, k = last wave / 2 (a leak of even 100 bytes per
 *     coroutine would be 10 MB a wave).
 * Run under ASan (scripts/soak.sh --asan) LeakSanitizer checks at exit that
 * nothing is left; there the RSS check is off (ASan's quarantine holds freed
 * memory by design).
 *
 * Exit status 0 when every check held; the last line is the summary
 * scripts/soak.sh and docs/robustness.md quote.
 */
#include <asyncc.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static atomic_long launched, completed, cancelled, failed, started;
static atomic_long handled;            /* failures the wave's handler took */
static int verbose;
static long leak_bytes;                /* --leak B: the RSS check's self-test */
static void *volatile leak_sink;

#define COUNT(c) atomic_fetch_add(&(c), 1)

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long rss_kib(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, res = 0;
    if (!f)
        return -1;
    if (fscanf(f, "%ld %ld", &size, &res) != 2)
        res = -1;
    fclose(f);
    return res < 0 ? -1 : res * (sysconf(_SC_PAGESIZE) / 1024);
}

/* The joining children join one of GATES jobs that never complete.  Not
 * one: a job keeps its waiters on a singly linked list and a cancelled
 * joiner unlinks itself by a linear search (ac__job_remove_node), so 20000
 * joiners of one job cancelled take quadratic time (reported, issue 7). */
#define GATES 256

/* What a child does.  Its body counts how it ended, exactly once. */
enum { K_DELAY, K_RECEIVE, K_JOIN, K_COMPLETE, K_FAIL, K_SUSPEND_ONLY };

SUSPEND static void child(int kind, ac_channel *never, ac_job *gate) {
    ac_try {
        COUNT(started);
        if (leak_bytes)
            leak_sink = malloc((size_t)leak_bytes);   /* lost on purpose */
        switch (kind) {
        case K_DELAY:
            ac_delay(3600 * 1000);
            break;
        case K_RECEIVE: {
            int v;
            ac_channel_receive(never, &v);
            break;
        }
        case K_JOIN:
            ac_join(gate);
            break;
        case K_COMPLETE:
            ac_yield();
            break;
        case K_FAIL:
            ac_yield();
            ac_throw(ac_error_new(&AC_ILLEGAL_ARGUMENT, "child fails"));
            break;
        }
        COUNT(completed);
    } ac_catch (e) {
        if (ac_error_is(e, &AC_CANCELLATION))
            COUNT(cancelled);
        else
            COUNT(failed);
        ac_rethrow(e);
    }
}

/* Launches n children into s; in a failing (non-supervisor) wave, the last
 * child fails once all the others have started. */
SUSPEND static void launch_children(ac_scope *s, long n, int supervisor,
                                    ac_channel *never, ac_job **gates) {
    for (long i = 0; i < n; i++) {
        int kind;
        if (supervisor)
            kind = (int)(i % 5);
        else
            kind = i == n - 1 ? K_FAIL : (int)(i % 3);  /* delay, receive, join */
        if (!supervisor && kind == K_FAIL) {
            while (atomic_load(&started) < n - 1)
                ac_delay(1);
        }
        COUNT(launched);
        ac_launch(s, child(kind, never, gates[i % GATES]));
        if (i % 1024 == 0)
            ac_yield();
    }
}

SUSPEND static void parent(long n, int supervisor, ac_channel *never, ac_job **gates) {
    ac_try {
        if (supervisor) {
            ac_supervisor_scope(s) {
                launch_children(s, n, supervisor, never, gates);
            }
        } else {
            ac_coroutine_scope(s) {
                launch_children(s, n, supervisor, never, gates);
            }
        }
        COUNT(completed);
    } ac_catch (e) {
        if (ac_error_is(e, &AC_CANCELLATION)) {
            COUNT(cancelled);
            ac_rethrow(e);
        } else {
            /* the failing wave: the child's failure, thrown by the scope */
            COUNT(failed);
        }
    }
}

static void on_failure(ac_ctx *ctx, ac_error *e, void *arg) {
    (void)ctx;
    (void)arg;
    if (ac_error_is(e, &AC_ILLEGAL_ARGUMENT))
        COUNT(handled);
    else
        ac_error_print(e, stderr);
}

static int errors;

/* A function, not a macro: the translator rewrites a suspend function's
 * locals, which it cannot do inside a macro's expansion. */
static void check(int ok, const char *fmt, ...) {
    if (ok)
        return;
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "soak: check failed: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    errors++;
}

/* One wave of cancellation.  Returns the coroutines it launched. */
SUSPEND static long cancel_wave(int w, long n) {
    int supervisor = w % 2;
    long l0 = atomic_load(&launched), c0 = atomic_load(&completed);
    long x0 = atomic_load(&cancelled), f0 = atomic_load(&failed);
    long h0 = atomic_load(&handled);
    atomic_store(&started, 0);
    ac_channel *never = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_job *gates[GATES];
    for (int g = 0; g < GATES; g++)
        gates[g] = ac_job_new(NULL);
    ac_coroutine_scope(s) {
        COUNT(launched);
        ac_job *p = ac_launch(s, parent(n, supervisor, never, gates));
        if (supervisor) {
            /* every child started, and the ones that end on their own ended */
            long ends = n / 5 * 2 + (n % 5 > 3) + (n % 5 > 4);
            while (atomic_load(&started) < n ||
                   atomic_load(&completed) + atomic_load(&failed) - c0 - f0 < ends)
                ac_delay(1);
            ac_job_cancel(p, NULL);
        }
        ac_join(p);
    }
    for (int g = 0; g < GATES; g++) {
        ac_job_cancel(gates[g], NULL);
        ac_job_release(gates[g]);
    }
    ac_channel_release(never);

    long l = atomic_load(&launched) - l0, c = atomic_load(&completed) - c0;
    long x = atomic_load(&cancelled) - x0, f = atomic_load(&failed) - f0;
    long h = atomic_load(&handled) - h0;
    check(l == c + x + f, "wave %d: launched %ld != completed %ld + cancelled %ld + failed %ld",
          w, l, c, x, f);
    check(l == n + 1, "wave %d: launched %ld, expected %ld", w, l, n + 1);
    if (supervisor) {
        long nfail = n / 5 + (n % 5 > 4), ncomp = n / 5 + (n % 5 > 3);
        check(f == nfail && h == nfail, "wave %d: failed %ld handled %ld, expected %ld", w, f, h, nfail);
        check(c == ncomp, "wave %d: completed %ld, expected %ld", w, c, ncomp);
        check(x == n - nfail - ncomp + 1, "wave %d: cancelled %ld, expected %ld", w, x,
              n - nfail - ncomp + 1);
    } else {
        /* the last child and the parent failed; everyone else was cancelled */
        check(f == 2 && c == 0 && x == n - 1, "wave %d: failed %ld completed %ld cancelled %ld", w,
              f, c, x);
        check(h == 0, "wave %d: handler took %ld", w, h);
    }
    return l;
}

/* Channels under contention on the Default dispatcher. */
#define PRODUCERS 16
#define CONSUMERS 16
static atomic_long recv_sum, recv_count;

SUSPEND static void producer(ac_channel *ch, long from, long to) {
    for (long v = from; v < to; v++)
        ac_channel_send(ch, &v);
    COUNT(completed);                  /* nothing cancels or fails these */
}

SUSPEND static void consumer(ac_channel *ch) {
    long v, sum = 0, count = 0;
    while (ac_channel_receive_or_closed(ch, &v)) {
        sum += v;
        count++;
    }
    atomic_fetch_add(&recv_sum, sum);
    atomic_fetch_add(&recv_count, count);
    COUNT(completed);
}

SUSPEND static long channel_wave(int w, long items) {
    static const long caps[] = {AC_CHANNEL_RENDEZVOUS, 64, AC_CHANNEL_UNLIMITED};
    ac_channel *ch = ac_channel_new(sizeof(long), caps[w % 3]);
    atomic_store(&recv_sum, 0);
    atomic_store(&recv_count, 0);
    ac_coroutine_scope(s) {
        for (int i = 0; i < CONSUMERS; i++) {
            COUNT(launched);
            ac_launch(s, consumer(ch));
        }
        ac_coroutine_scope(ps) {
            for (int i = 0; i < PRODUCERS; i++) {
                COUNT(launched);
                ac_launch(ps, producer(ch, items * i / PRODUCERS, items * (i + 1) / PRODUCERS));
            }
        }
        ac_channel_close(ch, NULL);
    }
    ac_channel_release(ch);
    long expect = items * (items - 1) / 2;
    check(atomic_load(&recv_count) == items && atomic_load(&recv_sum) == expect,
          "channel wave %d: received %ld numbers summing to %ld, expected %ld summing to %ld", w,
          atomic_load(&recv_count), atomic_load(&recv_sum), items, expect);
    return PRODUCERS + CONSUMERS;
}

static double seconds = 20;
static long wave_n = 100000, items = 20000;
static int min_waves = 10;
static int check_rss = 1;
#define MAX_WAVES 100000
static long rss_after[MAX_WAVES + 1];

SUSPEND static void soak(int *waves_out, long *coroutines_out) {
    double t0 = now();
    long total = 0;
    int w = 0;
    while (w < MAX_WAVES && (w < min_waves || now() - t0 < seconds)) {
        w++;
        double tw = now();
        total += cancel_wave(w, wave_n);
        total += channel_wave(w, items);
        malloc_trim(0);
        rss_after[w] = rss_kib();
        if (verbose)
            fprintf(stderr, "wave %d: %.2f s, rss %ld KiB, %ld coroutines so far\n", w,
                    now() - tw, rss_after[w], total);
        if (errors)
            break;
    }
    *waves_out = w;
    *coroutines_out = total;
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--seconds") && i + 1 < argc)
            seconds = atof(argv[++i]);
        else if (!strcmp(argv[i], "--wave") && i + 1 < argc)
            wave_n = atol(argv[++i]);
        else if (!strcmp(argv[i], "--min-waves") && i + 1 < argc)
            min_waves = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--items") && i + 1 < argc)
            items = atol(argv[++i]);
        else if (!strcmp(argv[i], "--leak") && i + 1 < argc)
            leak_bytes = atol(argv[++i]);
        else if (!strcmp(argv[i], "--no-rss"))
            check_rss = 0;
        else if (!strcmp(argv[i], "-v"))
            verbose = 1;
        else {
            fprintf(stderr, "usage: %s [--seconds S] [--wave N] [--min-waves W] [--items K] "
                            "[--no-rss] [--leak B] [-v]\n", argv[0]);
            return 2;
        }
    }
    if (min_waves < 4)
        min_waves = 4;                 /* baseline after wave 2, k and 2k >= 2 */
    long rss0 = rss_kib();
    double t0 = now();
    int waves = 0;
    long coroutines = 0;
    ac_ctx *ctx = ac_ctx_plus(ac_ctx_dispatcher(ac_dispatcher_default()),
                              ac_exception_handler(on_failure, NULL));
    ac_error *e = ac_run_blocking_ctx(ctx, soak(&waves, &coroutines), NULL);
    if (e) {
        fprintf(stderr, "soak: run_blocking failed: ");
        ac_error_print(e, stderr);
        ac_error_free(e);
        return 1;
    }
    double secs = now() - t0;
    malloc_trim(0);
    long rss_end = rss_kib();
    long l = atomic_load(&launched), c = atomic_load(&completed);
    long x = atomic_load(&cancelled), f = atomic_load(&failed);
    check(l == c + x + f, "launched %ld != completed %ld + cancelled %ld + failed %ld", l, c, x, f);
    check(l == coroutines, "launched %ld, waves counted %ld", l, coroutines);

    long base = waves >= 2 ? rss_after[2] : rss_end;
    long slack = 32 * 1024 + base / 4;
    int k = waves / 2;
    long growth = rss_after[waves] - rss_after[k];
    if (check_rss && !errors) {
        check(rss_end - base <= slack, "end RSS %ld KiB exceeds the baseline %ld KiB by more than "
              "%ld KiB", rss_end, base, slack);
        check(growth <= slack / 2, "RSS grew %ld KiB from wave %d (%ld KiB) to wave %d (%ld KiB)",
              growth, k, rss_after[k], waves, rss_after[waves]);
    }
    printf("soak: %s: %ld coroutines (%ld completed, %ld cancelled, %ld failed) in %d waves of "
           "%ld + %d channel coroutines (%ld numbers), %.1f s; RSS KiB: start %ld, baseline "
           "(wave 2) %ld, wave %d %ld, wave %d %ld, end %ld (slack %ld)%s\n",
           errors ? "FAILED" : "ok", l, c, x, f, waves, wave_n + 1, PRODUCERS + CONSUMERS, items,
           secs, rss0, base, k, rss_after[k], waves, rss_after[waves], rss_end, slack,
           check_rss ? "" : " [RSS not checked]");
    return errors ? 1 : 0;
}
