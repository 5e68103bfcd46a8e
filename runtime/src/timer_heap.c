/*
 * timer_heap.c -- binary min-heap of timers keyed by (deadline, seq).
 *
 * The sequence number makes the order total, so timers with equal
 * deadlines fire in the order they were armed, as Kotlin's delays do.
 */
#include "internal.h"

static bool before(const ac__timer *a, const ac__timer *b)
{
    if (a->deadline != b->deadline)
        return a->deadline < b->deadline;
    return a->seq < b->seq;
}

static void place(ac__timer_heap *h, size_t i, ac__timer *t)
{
    h->v[i] = t;
    t->index = (uint32_t)i;
}

static void sift_up(ac__timer_heap *h, size_t i)
{
    ac__timer *t = h->v[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!before(t, h->v[parent]))
            break;
        place(h, i, h->v[parent]);
        i = parent;
    }
    place(h, i, t);
}

static void sift_down(ac__timer_heap *h, size_t i)
{
    ac__timer *t = h->v[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= h->n)
            break;
        if (c + 1 < h->n && before(h->v[c + 1], h->v[c]))
            c++;
        if (!before(h->v[c], t))
            break;
        place(h, i, h->v[c]);
        i = c;
    }
    place(h, i, t);
}

int ac__timer_heap_push(ac__timer_heap *h, ac__timer *t)
{
    if (h->n == h->cap) {
        size_t cap = h->cap ? 2 * h->cap : 16;
        if (cap > SIZE_MAX / sizeof *h->v || cap - 1 > UINT32_MAX)
            return -1;              /* the index is 32 bits */
        ac__timer **v = ac__realloc(h->v, cap * sizeof *v);
        if (!v)
            return -1;
        h->v = v;
        h->cap = cap;
    }
    t->seq = h->seq++;
    place(h, h->n++, t);
    sift_up(h, t->index);
    return 0;
}

ac__timer *ac__timer_heap_top(const ac__timer_heap *h)
{
    return h->n ? h->v[0] : NULL;
}

void ac__timer_heap_remove(ac__timer_heap *h, ac__timer *t)
{
    size_t i = t->index;
    ac__timer *last = h->v[--h->n];
    if (i == h->n)
        return;                     /* it was the last one */
    place(h, i, last);
    if (i > 0 && before(last, h->v[(i - 1) / 2]))
        sift_up(h, i);
    else
        sift_down(h, i);
}

ac__timer *ac__timer_heap_pop(ac__timer_heap *h)
{
    ac__timer *t = ac__timer_heap_top(h);
    if (t)
        ac__timer_heap_remove(h, t);
    return t;
}

void ac__timer_heap_free(ac__timer_heap *h)
{
    ac__free(h->v);
    h->v = NULL;
    h->n = h->cap = 0;
}
