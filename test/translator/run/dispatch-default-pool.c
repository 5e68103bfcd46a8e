// The default dispatcher is a pool of worker threads (ASYNCC_DEFAULT_THREADS
// sets their number, here 4 so that the test does not depend on the machine):
// CPU-bound coroutines launched on it spread over more than one worker; a
// coroutine yielding in a loop does not starve the others; and two coroutines
// waking each other (each wake-up goes to the worker's LIFO slot) do not starve
// a third one waiting in the FIFO, even with a single worker.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: env ASYNCC_DEFAULT_THREADS=4 %run %t.gcc spread | FileCheck --check-prefix=SPREAD %s
// RUN: env ASYNCC_DEFAULT_THREADS=1 %run %t.gcc fair | FileCheck --check-prefix=FAIR %s
// RUN: env ASYNCC_DEFAULT_THREADS=2 %run %t.gcc fair | FileCheck --check-prefix=FAIR %s
#include <asyncc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define NWORK 16
static pthread_t seen[NWORK];
static atomic_int distinct;
static pthread_mutex_t seen_mu = PTHREAD_MUTEX_INITIALIZER;

static void note_thread(void) {
    pthread_mutex_lock(&seen_mu);
    int n = atomic_load(&distinct), found = 0;
    for (int i = 0; i < n; i++)
        found |= pthread_equal(seen[i], pthread_self());
    if (!found && n < NWORK) {
        seen[n] = pthread_self();
        atomic_store(&distinct, n + 1);
    }
    pthread_mutex_unlock(&seen_mu);
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU work that goes on until a second worker has shown up (or 10 s, to fail
 * rather than hang): never a timing assertion, only "more than one". */
SUSPEND static long crunch(int i) {
    note_thread();
    volatile long acc = i;
    double give_up = now_s() + 10;
    while (atomic_load(&distinct) < 2 && now_s() < give_up)
        for (int k = 0; k < 100000; k++) acc += k % 7;
    return acc;
}

SUSPEND static void spread(void) {
    printf("parallelism: %d\n", ac_dispatcher_parallelism(ac_dispatcher_default()));
    ac_ctx *on_default = ac_ctx_dispatcher(ac_dispatcher_default());
    ac_coroutine_scope(s) {
        for (int i = 0; i < NWORK; i++)
            ac_launch_ctx(s, ac_ctx_retain(on_default), AC_START_DEFAULT, crunch(i));
    }
    ac_ctx_release(on_default);
    printf("work spread over more than one worker: %s\n", atomic_load(&distinct) > 1 ? "yes" : "no");
}

/* Fairness, on Default. */
static atomic_int stop_spinning, third_ran_at = -1;
static atomic_int rounds;

SUSPEND static void spinner(void) {
    while (!atomic_load(&stop_spinning))
        ac_yield();
}

SUSPEND static void stopper(void) {
    atomic_store(&stop_spinning, 1);
}

/* ping and pong wake each other through two rendezvous channels (each
 * wake-up goes to the worker's LIFO slot) until third has run, or for 10 s
 * if it never does: the test then fails rather than hangs.  With two
 * workers the OS may deschedule the one holding third for a while, so the
 * ping-pong is bounded in time, not in rounds. */
static ac_channel *to_pong, *to_ping;
static atomic_int gave_up;

SUSPEND static void ping(void) {
    double give_up = now_s() + 10;
    for (int i = 0;; i++) {
        atomic_store(&rounds, i);
        int v = i;
        if (atomic_load(&third_ran_at) >= 0)
            v = -1;
        else if (now_s() > give_up)
            v = -1, atomic_store(&gave_up, 1);
        ac_channel_send(to_pong, &v);
        if (v < 0)
            break;
        ac_channel_receive(to_ping, &v);
    }
}

SUSPEND static void pong(void) {
    for (;;) {
        int v;
        ac_channel_receive(to_pong, &v);
        if (v < 0)
            break;
        ac_channel_send(to_ping, &v);
    }
}

SUSPEND static void third(void) {
    atomic_store(&third_ran_at, atomic_load(&rounds));
}

SUSPEND static void fair(void) {
    ac_ctx *on_default = ac_ctx_dispatcher(ac_dispatcher_default());
    ac_with_context(ac_ctx_retain(on_default)) {
        ac_coroutine_scope(s) {
            ac_launch(s, spinner());
            ac_launch(s, stopper());
        }
    }
    printf("a yielding loop let the others run: yes\n");
    to_pong = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    to_ping = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_with_context(ac_ctx_retain(on_default)) {
        ac_coroutine_scope(s) {
            ac_launch(s, ping());
            ac_launch(s, pong());
            ac_launch(s, third());
        }
    }
    printf("third ran during the ping-pong: %s\n",
           atomic_load(&third_ran_at) >= 0 && !atomic_load(&gave_up) ? "yes" : "no");
    ac_channel_release(to_pong);
    ac_channel_release(to_ping);
    ac_ctx_release(on_default);
}

int main(int argc, char **argv) {
    ac_error *e = NULL;
    if (argc > 1 && strcmp(argv[1], "spread") == 0)
        e = ac_run_blocking(spread(), NULL);
    else
        e = ac_run_blocking(fair(), NULL);
    if (e) { ac_error_print(e, stdout); ac_error_release(e); return 1; }
    return 0;
}
// SPREAD: parallelism: 4
// SPREAD: work spread over more than one worker: yes
// FAIR: a yielding loop let the others run: yes
// FAIR: third ran during the ping-pong: yes
