/* The timer heap: (deadline, insertion) order, equal deadlines FIFO,
 * removal from anywhere (tombstones, dropped at the top or by a rebuild),
 * a randomised comparison, growth failure. */
#include "check.h"

#include <stdlib.h>

static void check_invariant(const ac__timer_heap *h)
{
    size_t dead = 0;
    for (size_t i = 0; i < h->n; i++) {
        const ac__timer_slot *c = &h->v[i];
        if (c->t) {
            CHECK_INT(c->t->index, i);
            CHECK(c->deadline == c->t->deadline && c->seq == c->t->seq);
        } else {
            dead++;
        }
        if (i > 0) {
            const ac__timer_slot *p = &h->v[(i - 1) / 2];
            CHECK(p->deadline < c->deadline ||
                  (p->deadline == c->deadline && p->seq < c->seq));
        }
    }
    CHECK_INT(dead, h->dead);
}

static void test_order_and_ties(void)
{
    ac__timer_heap h = {0};
    int64_t deadlines[] = {50, 10, 30, 10, 20, 10};
    ac__timer t[6];
    for (int i = 0; i < 6; i++) {
        t[i].deadline = deadlines[i];
        CHECK_INT(ac__timer_heap_push(&h, &t[i]), 0);
        check_invariant(&h);
    }
    CHECK(ac__timer_heap_top(&h) == &t[1]);
    int expected[] = {1, 3, 5, 4, 2, 0};    /* ties in insertion order */
    for (int i = 0; i < 6; i++) {
        ac__timer *x = ac__timer_heap_pop(&h);
        CHECK_INT(x - t, expected[i]);
        check_invariant(&h);
    }
    CHECK(ac__timer_heap_pop(&h) == NULL);
    CHECK(ac__timer_heap_top(&h) == NULL);
    ac__timer_heap_free(&h);
}

static void test_remove(void)
{
    ac__timer_heap h = {0};
    ac__timer t[10];
    for (int i = 0; i < 10; i++) {
        t[i].deadline = (i * 7) % 10;       /* 0 7 4 1 8 5 2 9 6 3 */
        CHECK_INT(ac__timer_heap_push(&h, &t[i]), 0);
    }
    ac__timer_heap_remove(&h, &t[0]);       /* the top (deadline 0) */
    check_invariant(&h);
    ac__timer_heap_remove(&h, &t[4]);       /* deadline 8, inside */
    check_invariant(&h);
    ac__timer_heap_remove(&h, h.v[h.n - 1].t); /* whatever is last */
    check_invariant(&h);
    CHECK_INT(ac__timer_heap_size(&h), 7);
    int64_t prev = -1;
    while (ac__timer_heap_size(&h)) {
        ac__timer *x = ac__timer_heap_pop(&h);
        CHECK(x != &t[0] && x != &t[4]);
        CHECK(x->deadline > prev);
        prev = x->deadline;
    }
    ac__timer_heap_free(&h);
}

/* Random pushes, pops and removals against a plain array. */
static void test_random(void)
{
    enum { N = 500 };
    ac__timer t[N];
    bool armed[N] = {false};
    ac__timer_heap h = {0};
    unsigned seed = 12345;
    for (int step = 0; step < 20000; step++) {
        seed = seed * 1103515245 + 12345;
        unsigned r = (seed >> 8) % N, op = (seed >> 20) % 3;
        if (!armed[r]) {
            t[r].deadline = (seed >> 4) % 64;   /* plenty of ties */
            CHECK_INT(ac__timer_heap_push(&h, &t[r]), 0);
            armed[r] = true;
        } else if (op == 0) {
            ac__timer_heap_remove(&h, &t[r]);
            armed[r] = false;
        } else if (op == 1) {
            /* the top must be the minimum of the armed timers */
            ac__timer *min = NULL;
            for (int i = 0; i < N; i++)
                if (armed[i] && (!min || t[i].deadline < min->deadline ||
                                 (t[i].deadline == min->deadline && t[i].seq < min->seq)))
                    min = &t[i];
            CHECK(ac__timer_heap_pop(&h) == min);
            armed[min - t] = false;
        }
        if (step % 97 == 0)
            check_invariant(&h);
    }
    check_invariant(&h);
    ac__timer_heap_free(&h);
}

static void test_growth_failure(void)
{
    ac__timer_heap h = {0};
    ac__timer t[17];
    ac__test_fail_alloc_after(0);
    CHECK_INT(ac__timer_heap_push(&h, &t[0]), -1);
    CHECK_INT(h.n, 0);
    ac__test_fail_alloc_after(1);           /* the first array (16), not the second */
    for (int i = 0; i < 16; i++) {
        t[i].deadline = 16 - i;
        CHECK_INT(ac__timer_heap_push(&h, &t[i]), 0);
    }
    t[16].deadline = 0;
    CHECK_INT(ac__timer_heap_push(&h, &t[16]), -1);
    ac__test_fail_alloc(-1, 0);
    CHECK_INT(h.n, 16);
    check_invariant(&h);
    CHECK(ac__timer_heap_top(&h) == &t[15]);
    ac__timer_heap_free(&h);
}

/* A million pending timers (a million coroutines in ac_delay): the heap's
 * own memory is one entry per timer, give or take its growth factor;
 * removals from the middle and pops keep the order.  (A push or pop is a
 * sift along one path of the binary heap: O(log n); a removal marks.) */
static void test_million(void)
{
    enum { N = 1000000 };
    ac__timer *t = calloc(N, sizeof *t);
    CHECK(t);
    ac__timer_heap h = {0};
    unsigned seed = 12345;
    for (size_t i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        t[i].deadline = (int64_t)(seed >> 8) % 100000;
        CHECK_INT(ac__timer_heap_push(&h, &t[i]), 0);
    }
    CHECK_INT(h.n, N);
    CHECK(h.cap >= N && h.cap <= 2 * (size_t)N);   /* memory proportional to n */
    for (size_t i = 0; i < N; i += 997)             /* ~1000 removals anywhere */
        ac__timer_heap_remove(&h, &t[i]);
    size_t left = ac__timer_heap_size(&h);
    int64_t last = -1;
    uint64_t last_seq = 0;
    for (size_t k = 0; k < left; k++) {
        ac__timer *x = ac__timer_heap_pop(&h);
        CHECK(x && (x->deadline > last || (x->deadline == last && x->seq > last_seq)));
        last = x->deadline;
        last_seq = x->seq;
    }
    CHECK(ac__timer_heap_pop(&h) == NULL);
    CHECK_INT(left, N - (N + 996) / 997);
    ac__timer_heap_free(&h);
    free(t);
}

/* A cancel storm: every timer removed, in the order armed (each one the
 * earliest).  Tombstones never outnumber the live entries for long (the
 * heap rebuilds itself), the top is always a live timer, and what is left
 * pops in order. */
static void test_tombstones(void)
{
    enum { N = 10000 };
    ac__timer *t = calloc(N, sizeof *t);
    CHECK(t);
    ac__timer_heap h = {0};
    for (size_t i = 0; i < N; i++) {
        t[i].deadline = 1000 + (int64_t)i;
        CHECK_INT(ac__timer_heap_push(&h, &t[i]), 0);
    }
    for (size_t i = 0; i < N - 10; i++) {
        ac__timer_heap_remove(&h, &t[i]);
        CHECK(h.dead * 2 <= h.n);
        if (i % 1000 == 0) {
            check_invariant(&h);
            CHECK(ac__timer_heap_top(&h) == &t[i + 1]);
        }
    }
    check_invariant(&h);
    CHECK_INT(ac__timer_heap_size(&h), 10);
    CHECK(h.n <= 20);
    for (size_t i = N - 10; i < N; i++)
        CHECK(ac__timer_heap_pop(&h) == &t[i]);
    CHECK(ac__timer_heap_pop(&h) == NULL);
    CHECK_INT(h.n, 0);
    ac__timer_heap_free(&h);
    free(t);
}

/* pop_due: only what is due by `now`, in order; a cancelled timer that is
 * not due yet stays a tombstone (the bound may be its deadline), and one
 * that is due is dropped on the way. */
static void test_pop_due(void)
{
    ac__timer_heap h = {0};
    ac__timer t[6];
    for (int i = 0; i < 6; i++) {
        t[i].deadline = 10 * (i + 1);       /* 10 20 30 40 50 60 */
        CHECK_INT(ac__timer_heap_push(&h, &t[i]), 0);
    }
    ac__timer_heap_remove(&h, &t[0]);       /* 10: the top, now a tombstone */
    ac__timer_heap_remove(&h, &t[2]);       /* 30 */
    check_invariant(&h);
    CHECK_INT(ac__timer_heap_bound(&h), 10);
    CHECK(ac__timer_heap_pop_due(&h, 5) == NULL);
    CHECK_INT(h.dead, 2);                   /* nothing due: nothing dropped */
    CHECK(ac__timer_heap_pop_due(&h, 35) == &t[1]);
    CHECK(ac__timer_heap_pop_due(&h, 35) == NULL);
    CHECK_INT(h.dead, 0);                   /* 10 and 30 were due: gone */
    CHECK_INT(ac__timer_heap_bound(&h), 40);
    CHECK(ac__timer_heap_pop_due(&h, 60) == &t[3]);
    CHECK(ac__timer_heap_pop_due(&h, 60) == &t[4]);
    CHECK(ac__timer_heap_pop_due(&h, 60) == &t[5]);
    CHECK(ac__timer_heap_pop_due(&h, 60) == NULL);
    CHECK_INT(ac__timer_heap_bound(&h), INT64_MAX);
    check_invariant(&h);
    ac__timer_heap_free(&h);
}

int main(void)
{
    test_pop_due();
    test_tombstones();
    test_order_and_ties();
    test_million();
    test_remove();
    test_random();
    test_growth_failure();
    CHECK_NO_LEAK();
    return 0;
}
