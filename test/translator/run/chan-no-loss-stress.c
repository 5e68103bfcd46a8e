// Stress: the no-loss rule under random cancellation, across threads.  On
// the default pool, 8 producers send distinct numbers into one channel while
// 6 consumers take them out (plain receives, and selects over this channel
// and a second one, with a timeout clause that often wins); a canceller
// cancels producers and consumers at random.  A send that returned counts as
// sent, one that threw as not sent; a receive (or select clause) that
// returned counts as received.  After the survivors finish, the channel is
// closed and drained with try_receive.  Every number sent is received exactly
// once, and nothing that was not sent is received -- for a rendezvous, a
// buffered(4), an unlimited and a conflated channel (conflated may drop
// replaced elements, which its drop function counts instead).  Half the
// producers send through a select with a timeout clause.
// ASYNCC_STRESS_N sets the numbers per producer (default 400).  The
// canceller strikes at fixed fractions of the traffic, never on a timer.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
#include <asyncc.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define PRODUCERS 8
#define CONSUMERS 6
static int per;                        /* numbers per producer */
static atomic_uchar *sent, *received;
static atomic_int dropped, duplicates, foreign, progress;
static ac_channel *other;              /* a second channel the selects watch */

static void got(int v) {
    if (v < 0 || v >= PRODUCERS * per) {
        atomic_fetch_add(&foreign, 1);
        return;
    }
    if (atomic_fetch_add(&received[v], 1) != 0)
        atomic_fetch_add(&duplicates, 1);
    atomic_fetch_add(&progress, 1);
}

static void on_drop(void *elem, void *arg) {
    (void)arg;
    int v = *(int *)elem;
    atomic_fetch_add(&dropped, 1);
    got(v);                            /* a conflated replace: accounted as taken */
}

/* Odd producers send through a select whose timeout often wins: a
 * losing send clause must not have sent. */
SUSPEND static void producer(ac_channel *ch, int id) {
    for (int k = 0; k < per; k++) {
        int v = id * per + k;
        if (id % 2 == 0) {
            ac_channel_send(ch, &v);
        } else {
            int done = 0;
            while (!done) {
                ac_select {
                    ac_on_send(ch, &v) done = 1;
                    ac_on_timeout(1) {}
                }
            }
        }
        atomic_store(&sent[v], 1);     /* only once the send returned */
        if (k % 16 == 0)
            ac_yield();
    }
}

SUSPEND static void consumer(ac_channel *ch, int id) {
    for (;;) {
        int v, w, ok = 1;
        if (id % 2) {
            if (!ac_channel_receive_or_closed(ch, &v))
                return;
            got(v);
        } else {
            ac_select {
                ac_on_receive_or_closed(ch, &v, &ok) {
                    if (!ok)
                        return;
                    got(v);
                }
                ac_on_receive(other, &w) atomic_fetch_add(&foreign, 1);
                ac_on_timeout(1) {}
            }
        }
    }
}

static unsigned rnd(unsigned *s) { *s = *s * 1103515245u + 12345u; return (*s >> 16) & 0x7fff; }

static int producers_running(ac_job **producers) {
    int n = 0;
    for (int i = 0; i < PRODUCERS; i++) n += !ac_job_is_completed(producers[i]);
    return n;
}

SUSPEND static void canceller(ac_job **jobs, int n) {
    unsigned seed = 7;
    for (int round = 1; round <= 12; round++) {
        /* at each twentieth of the traffic: no timing involved */
        while (atomic_load(&progress) < round * PRODUCERS * per / 20 &&
               producers_running(jobs + CONSUMERS))
            ac_yield();
        int k = (int)(rnd(&seed) % (unsigned)n);
        if (k != 1)                    /* consumer 1 always survives */
            ac_job_cancel(jobs[k], NULL);
    }
}

SUSPEND static void run(long capacity, const char *name) {
    ac_channel *ch = ac_channel_new(sizeof(int), capacity);
    if (capacity == AC_CHANNEL_CONFLATED)
        ac_channel_set_drop(ch, on_drop, NULL);
    ac_job *consumers[CONSUMERS], *producers[PRODUCERS];
    int cancelled = 0;
    ac_supervisor_scope(s) {
        for (int i = 0; i < CONSUMERS; i++)
            consumers[i] = ac_launch(s, consumer(ch, i));
        ac_coroutine_scope(ps) {
            for (int i = 0; i < PRODUCERS; i++)
                producers[i] = ac_launch(s, producer(ch, i));
            ac_job *all[PRODUCERS + CONSUMERS];
            for (int i = 0; i < CONSUMERS; i++) all[i] = consumers[i];
            for (int i = 0; i < PRODUCERS; i++) all[CONSUMERS + i] = producers[i];
            ac_launch(ps, canceller(all, PRODUCERS + CONSUMERS));
        }
        for (int i = 0; i < PRODUCERS; i++)
            ac_join(producers[i]);
        ac_channel_close(ch, NULL);
        for (int i = 0; i < CONSUMERS; i++)
            ac_join(consumers[i]);
        /* the handles are valid until the scope's end */
        for (int i = 0; i < PRODUCERS; i++) cancelled += ac_job_is_cancelled(producers[i]);
        for (int i = 0; i < CONSUMERS; i++) cancelled += ac_job_is_cancelled(consumers[i]);
    }
    int v;
    while (ac_channel_try_receive(ch, &v) == AC_CHANNEL_OK)
        got(v);
    int lost = 0, phantom = 0, nsent = 0;
    for (int i = 0; i < PRODUCERS * per; i++) {
        nsent += sent[i];
        if (sent[i] && !received[i]) lost++;
        if (!sent[i] && received[i]) phantom++;
    }
    printf("%s: lost=%d phantom=%d duplicates=%d foreign=%d some sent=%d some cancelled=%d\n",
           name, lost, phantom, atomic_load(&duplicates), atomic_load(&foreign),
           nsent > 0, cancelled > 0);
    ac_channel_release(ch);
    for (int i = 0; i < PRODUCERS * per; i++) {
        atomic_store(&sent[i], 0);
        atomic_store(&received[i], 0);
    }
    atomic_store(&duplicates, 0);
    atomic_store(&progress, 0);
}

SUSPEND static void all(void) {
    run(AC_CHANNEL_RENDEZVOUS, "rendezvous");
    run(4, "buffered");
    run(AC_CHANNEL_UNLIMITED, "unlimited");
    run(AC_CHANNEL_CONFLATED, "conflated");
}

int main(void) {
    const char *n = getenv("ASYNCC_STRESS_N");
    per = n ? atoi(n) : 400;
    sent = calloc((size_t)(PRODUCERS * per), 1);
    received = calloc((size_t)(PRODUCERS * per), 1);
    other = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_error *e = ac_run_blocking_ctx(ac_ctx_dispatcher(ac_dispatcher_default()), all(), NULL);
    if (e) {
        ac_error_print(e, stdout);
        return 1;
    }
    ac_channel_release(other);
    free(sent);
    free(received);
    return 0;
}
// CHECK: rendezvous: lost=0 phantom=0 duplicates=0 foreign=0 some sent=1 some cancelled=1
// CHECK-NEXT: buffered: lost=0 phantom=0 duplicates=0 foreign=0 some sent=1 some cancelled=1
// CHECK-NEXT: unlimited: lost=0 phantom=0 duplicates=0 foreign=0 some sent=1 some cancelled=1
// CHECK-NEXT: conflated: lost=0 phantom=0 duplicates=0 foreign=0 some sent=1 some cancelled=1
