/*
 * pipeline.c -- fan-out / fan-in with channels, written with asyncc.
 *
 * A producer (ac_produce) numbers the work items into a channel.  Several
 * workers on the default dispatcher (a thread pool) take items from that
 * one channel as they become free (fan-out), do some CPU work on each (is
 * it prime?  how many Collatz steps does it take to reach 1?) and send
 * their results into a second channel (fan-in).  The collector adds the
 * results up and, with a select that has a timeout, prints progress while
 * it waits.
 *
 *      generate --items--> worker 1 \
 *                          worker 2  --results--> collect
 *                          worker 3 /
 *                          worker 4
 *
 * Shutting down is the channels' job, as in Kotlin: the producer's end
 * closes `items`; each worker's `for each` loop ends when `items` is closed
 * and empty; a coroutine that awaits all the workers then closes
 * `results`, which ends the collector's loop.
 *
 * Which worker handles which item, and the order results arrive in, change
 * from run to run.  The totals do not: the program prints them (stdout)
 * and checks them against a plain sequential loop.  Progress goes to
 * stderr.
 *
 * Build and run:  ninja -C build pipeline && build/examples/pipeline/pipeline
 */
#include <asyncc.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#define N_ITEMS 3000
#define N_WORKERS 4
#define FIRST_NUMBER 1000000000000ULL  /* 1e12: big enough to cost something */
#define CHANNEL_CAPACITY 16
#define PROGRESS_MS 20

/* What travels through the channels: copied in and out by value. */
struct item {
    uint64_t n;
};

struct result {
    uint64_t n;
    int prime;
    int steps;          /* Collatz steps from n down to 1 */
};

struct totals {
    int items;
    int primes;
    uint64_t prime_sum;
    uint64_t steps;
    int max_steps;      /* the longest Collatz run ... */
    uint64_t max_n;     /* ... and its n (the smallest, on a tie) */
};

/* ---- the work: plain C, shared by the workers and the check ---- */

static int is_prime(uint64_t n) {
    if (n < 2)
        return 0;
    if (n % 2 == 0 || n % 3 == 0)
        return n < 4;
    for (uint64_t d = 5; d * d <= n; d += 6)
        if (n % d == 0 || n % (d + 2) == 0)
            return 0;
    return 1;
}

static int collatz_steps(uint64_t n) {
    int steps = 0;
    for (; n != 1; steps++)
        n = n % 2 ? 3 * n + 1 : n / 2;
    return steps;
}

static struct result analyse(struct item it) {
    struct result r = {it.n, is_prime(it.n), collatz_steps(it.n)};
    return r;
}

static void add(struct totals *t, const struct result *r) {
    t->items++;
    if (r->prime) {
        t->primes++;
        t->prime_sum += r->n;
    }
    t->steps += (uint64_t)r->steps;
    if (r->steps > t->max_steps || (r->steps == t->max_steps && r->n < t->max_n)) {
        t->max_steps = r->steps;
        t->max_n = r->n;
    }
}

/* ---- the coroutines ---- */

/* The producer.  ac_produce closes `items` when this returns (or fails). */
SUSPEND static void generate(ac_channel *items, int count) {
    for (int i = 0; i < count; i++) {
        struct item it = {FIRST_NUMBER + (uint64_t)i};
        ac_channel_send(items, &it);    /* waits while the buffer is full */
    }
}

/* One worker: `for (it in items)`.  Returns how many items it handled. */
SUSPEND static int worker(ac_channel *items, ac_channel *results) {
    int handled = 0;
    struct item it;
    ac_for_each(items, it) {
        struct result r = analyse(it);  /* CPU work, on a pool thread */
        ac_channel_send(results, &r);
        handled++;
    }
    return handled;
}

/* Fan-out: starts the workers on the default dispatcher, waits for them
 * all, then closes `results`: only now is it sure no result will come. */
SUSPEND static int run_workers(ac_channel *items, ac_channel *results) {
    int handled = 0;
    ac_coroutine_scope(w) {
        ac_deferred *workers[N_WORKERS];
        for (int i = 0; i < N_WORKERS; i++)
            workers[i] = ac_async_ctx(w, ac_ctx_dispatcher(ac_dispatcher_default()),
                                      AC_START_DEFAULT, worker(items, results));
        for (int i = 0; i < N_WORKERS; i++) {
            int n = AC_AWAIT(int, workers[i]);
            fprintf(stderr, "worker %d handled %d items\n", i + 1, n);
            handled += n;
        }
    }
    ac_channel_close(results, NULL);
    return handled;
}

static void report(const struct totals *t) {
    fprintf(stderr, "progress: %4d/%d results, %d primes so far\n", t->items, N_ITEMS,
            t->primes);
}

/* Fan-in: adds up every result until `results` is closed.  The select
 * waits for a result or for the next progress report, whichever is first. */
SUSPEND static struct totals collect(ac_channel *results) {
    struct totals t = {0};
    int64_t next_report = ac_monotonic_ms() + PROGRESS_MS;
    int open = 1;
    while (open) {
        int64_t wait = next_report - ac_monotonic_ms();
        if (wait <= 0) {                /* results kept coming: report anyway */
            report(&t);
            next_report += PROGRESS_MS;
            continue;
        }
        struct result r;
        int got;
        ac_select {
            ac_on_receive_or_closed(results, &r, &got) {
                if (got)
                    add(&t, &r);
                else
                    open = 0;           /* closed: every worker is done */
            }
            ac_on_timeout(wait) {
                report(&t);
                next_report += PROGRESS_MS;
            }
        }
    }
    return t;
}

struct run {
    struct totals totals;
    int handled;        /* items the workers say they handled */
};

SUSPEND static struct run pipeline(void) {
    struct run run = {{0}, 0};
    ac_channel *items = ac_channel_new(sizeof(struct item), CHANNEL_CAPACITY);
    ac_channel *results = ac_channel_new(sizeof(struct result), CHANNEL_CAPACITY);
    if (!items || !results) {
        ac_channel_release(items);      /* NULL is fine */
        ac_channel_release(results);
        ac_throw(ac_error_new(&AC_OUT_OF_MEMORY, "no memory for the channels"));
    }

    ac_coroutine_scope(s) {
        ac_produce(s, items, generate(items, N_ITEMS));
        ac_deferred *workers = ac_async(s, run_workers(items, results));
        run.totals = collect(results);  /* here, on run_blocking's thread */
        run.handled = AC_AWAIT(int, workers);
    }
    ac_channel_release(items);
    ac_channel_release(results);
    return run;
}

/* ---- main: run it, print the totals, check them ---- */

static struct totals sequential(void) {
    struct totals t = {0};
    for (int i = 0; i < N_ITEMS; i++) {
        struct result r = analyse((struct item){FIRST_NUMBER + (uint64_t)i});
        add(&t, &r);
    }
    return t;
}

static int same(const struct totals *a, const struct totals *b) {
    return a->items == b->items && a->primes == b->primes &&
           a->prime_sum == b->prime_sum && a->steps == b->steps &&
           a->max_steps == b->max_steps && a->max_n == b->max_n;
}

int main(void) {
    struct run run;
    int64_t start = ac_monotonic_ms();
    ac_error *err = ac_run_blocking(pipeline(), &run);
    int64_t pipeline_ms = ac_monotonic_ms() - start;
    if (err) {
        ac_error_print(err, stderr);
        ac_error_free(err);
        return 1;
    }

    const struct totals *t = &run.totals;
    printf("pipeline: %d numbers from %" PRIu64 ", %d workers\n", N_ITEMS,
           (uint64_t)FIRST_NUMBER, N_WORKERS);
    printf("workers handled %d items, collector received %d results\n", run.handled,
           t->items);
    printf("primes: %d, their sum: %" PRIu64 "\n", t->primes, t->prime_sum);
    printf("Collatz steps: %" PRIu64 " in all, longest %d (from %" PRIu64 ")\n", t->steps,
           t->max_steps, t->max_n);

    start = ac_monotonic_ms();
    struct totals want = sequential();
    fprintf(stderr, "pipeline: %" PRId64 " ms, sequential: %" PRId64 " ms\n", pipeline_ms,
            ac_monotonic_ms() - start);
    int ok = same(t, &want) && run.handled == N_ITEMS;
    printf("sequential check: %s\n", ok ? "ok" : "MISMATCH");
    return ok ? 0 : 1;
}
