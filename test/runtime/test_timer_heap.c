/* The timer heap: (deadline, insertion) order, equal deadlines FIFO,
 * removal from anywhere, a randomised comparison, growth failure. */
#include "check.h"

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

int main(void)
{
    test_order_and_ties();
    test_remove();
    test_random();
    test_growth_failure();
    CHECK_NO_LEAK();
    return 0;
}
