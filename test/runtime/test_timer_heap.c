/* The timer heap: (deadline, insertion) order, equal deadlines FIFO,
 * removal from anywhere, a randomised comparison, growth failure. */
#include "check.h"

#include <stdlib.h>

static void check_invariant(const ac__timer_heap *h)
{
    for (size_t i = 0; i < h->n; i++) {
        CHECK_INT(h->v[i]->index, i);
        if (i > 0) {
            const ac__timer *p = h->v[(i - 1) / 2], *c = h->v[i];
            CHECK(p->deadline < c->deadline ||
                  (p->deadline == c->deadline && p->seq < c->seq));
        }
    }
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
    ac__timer_heap_remove(&h, h.v[h.n - 1]); /* whatever is last */
    check_invariant(&h);
    CHECK_INT(h.n, 7);
    int64_t prev = -1;
    while (h.n) {
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
 * own memory is one pointer per timer, give or take its growth factor;
 * removals from the middle and pops keep the order.  (Each operation is a
 * sift along one path of the binary heap: O(log n).) */
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
    size_t left = h.n;
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

int main(void)
{
    test_order_and_ties();
    test_million();
    test_remove();
    test_random();
    test_growth_failure();
    CHECK_NO_LEAK();
    return 0;
}
