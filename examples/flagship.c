/*
 * flagship.c -- a tiny concurrent build system, written with asyncc.
 *
 * Every target of a small project (objects, libraries, a generated header,
 * the final binary) is built by one recursive suspend function: it starts
 * the builds of its dependencies as concurrent coroutines (ac_async), awaits
 * their results (AC_AWAIT), then runs its own "tool", simulated by ac_delay.
 * Once the binary is linked, three test suites run side by side (ac_launch).
 *
 * The code reads like plain sequential C, yet independent targets build at
 * the same time: the run takes about as long as the longest chain of
 * dependencies, not the sum of all the work.
 *
 * The output is the same on every run, even on a busy machine: tools that
 * start together end at least 20 ms apart, and a tool that starts later
 * (after a dependency) ends at least 40 ms away from any tool it could race.
 *
 * Build and run:  bash scripts/demo.sh [-v]     (-v also prints wall time)
 */
#include <asyncc.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* The project: an enum names each target, a table says how to build it. */
enum { APP, LIBCORE, LIBNET, MAIN_O, ALLOC_O, STR_O, LOG_O, TCP_O, HTTP_O,
       PROTO_H, NTARGETS };
#define MAX_DEPS 4

struct target {
    const char *name;
    const char *tool;     /* what "runs" to build it */
    int cost_ms;          /* how long that tool takes */
    int deps[MAX_DEPS];   /* targets needed first; 0-terminated (APP is 0) */
};

static const struct target targets[NTARGETS] = {
    [APP]     = {"app",          "link",     60, {LIBCORE, LIBNET, MAIN_O}},
    [LIBCORE] = {"libcore.a",    "ar",       40, {ALLOC_O, STR_O, LOG_O}},
    [LIBNET]  = {"libnet.a",     "ar",       40, {TCP_O, HTTP_O}},
    [MAIN_O]  = {"main.o",       "cc",       80, {0}},
    [ALLOC_O] = {"core/alloc.o", "cc",      100, {0}},
    [STR_O]   = {"core/str.o",   "cc",      140, {0}},
    [LOG_O]   = {"core/log.o",   "cc",       60, {0}},
    [TCP_O]   = {"net/tcp.o",    "cc",      120, {0}},
    [HTTP_O]  = {"net/http.o",   "cc",      200, {PROTO_H}}, /* #includes it */
    [PROTO_H] = {"net/proto.h",  "codegen",  40, {0}},
};

/* What a build reports upward: aggregated over the target and its deps. */
struct stats {
    int targets;    /* targets built */
    int work_ms;    /* total tool time: what a sequential build would take */
    int path_ms;    /* longest dependency chain: the best any build can do */
};

static int built;   /* progress counter; one event loop, so no locking */

/* Builds target `id` after building its dependencies concurrently. */
SUSPEND static struct stats build(int id) {
    const struct target *t = &targets[id];
    struct stats sum = {0, 0, 0};

    ac_coroutine_scope(s) {
        ac_deferred *deps[MAX_DEPS];
        int n = 0;
        for (; n < MAX_DEPS && t->deps[n]; n++)   /* start them all ... */
            deps[n] = ac_async(s, build(t->deps[n]));
        for (int i = 0; i < n; i++) {             /* ... then collect */
            struct stats d = AC_AWAIT(struct stats, deps[i]);
            sum.targets += d.targets;
            sum.work_ms += d.work_ms;
            if (d.path_ms > sum.path_ms)
                sum.path_ms = d.path_ms;
        }
    }

    ac_delay(t->cost_ms);                         /* the tool runs */
    printf("[%2d/%d] %-8s %s\n", ++built, NTARGETS, t->tool, t->name);
    sum.targets += 1;
    sum.work_ms += t->cost_ms;
    sum.path_ms += t->cost_ms;
    return sum;
}

/* The test suites run once the binary is linked: a few cases each. */
struct suite { const char *name; int cases; int ms_per_case; };
static const struct suite suites[] = {
    {"unit", 4, 10}, {"http", 3, 30}, {"end-to-end", 2, 70},
};
#define NSUITES (int)(sizeof suites / sizeof suites[0])
static int cases_passed;

SUSPEND static void run_tests(const struct suite *su) {
    for (int i = 0; i < su->cases; i++) {
        ac_delay(su->ms_per_case);                /* one case runs */
        cases_passed++;
    }
    printf("PASS     %-12s (%d cases)\n", su->name, su->cases);
}

/* The whole pipeline: build everything, then test; returns its stats. */
SUSPEND static struct stats pipeline(void) {
    struct stats st = build(APP);   /* a direct call: no new coroutine */
    printf("linked %s: %d targets, %d ms of work, critical path %d ms\n",
           targets[APP].name, st.targets, st.work_ms, st.path_ms);

    int longest = 0;
    ac_coroutine_scope(s) {         /* fire and forget: the scope waits */
        for (int i = 0; i < NSUITES; i++) {
            ac_launch(s, run_tests(&suites[i]));
            int ms = suites[i].cases * suites[i].ms_per_case;
            st.work_ms += ms;
            if (ms > longest)
                longest = ms;
        }
    }
    st.path_ms += longest;
    printf("tests: %d cases passed\n", cases_passed);
    return st;
}

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int main(int argc, char **argv) {
    int verbose = argc > 1 && strcmp(argv[1], "-v") == 0;
    struct stats st;

    long long start = now_ms();
    ac_error *err = ac_run_blocking(pipeline(), &st);
    long long elapsed = now_ms() - start;
    if (err) {
        ac_error_print(err, stderr);
        ac_error_free(err);
        return 1;
    }

    /* Wall time varies from run to run, so print only what it shows: the
     * run took nearer the critical path than the sequential time. */
    printf("sequential: %d ms, critical path: %d ms\n", st.work_ms, st.path_ms);
    int concurrent = elapsed < (st.work_ms + st.path_ms) / 2;
    printf("ran concurrently: %s\n", concurrent ? "yes" : "NO");
    if (verbose)
        printf("wall time: %lld ms\n", elapsed);
    return 0;
}
