/*
 * timer_heap.c -- binary min-heap of timers keyed by (deadline, seq).
 *
 * The sequence number makes the order total, so timers with equal
 * deadlines fire in the order they were armed, as Kotlin's delays do.
 * Removal marks the entry (a tombstone, as Go's timers do) and the heap
 * drops tombstones when they reach the top, or rebuilds itself without
 * them once they are half of it.
 */
#include "internal.h"

static bool before(const ac__timer_slot *a, const ac__timer_slot *b)
{
    if (a->deadline != b->deadline)
        return a->deadline < b->deadline;
    return a->seq < b->seq;
}

static void place(ac__timer_heap *h, size_t i, ac__timer_slot s)
{
    h->v[i] = s;
    if (s.t)
        s.t->index = (uint32_t)i;
}

static void sift_up(ac__timer_heap *h, size_t i)
{
    ac__timer_slot s = h->v[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!before(&s, &h->v[parent]))
            break;
        place(h, i, h->v[parent]);
        i = parent;
    }
    place(h, i, s);
}

static void sift_down(ac__timer_heap *h, size_t i)
{
    ac__timer_slot s = h->v[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= h->n)
            break;
        if (c + 1 < h->n && before(&h->v[c + 1], &h->v[c]))
            c++;
        if (!before(&h->v[c], &s))
            break;
        place(h, i, h->v[c]);
        i = c;
    }
    place(h, i, s);
}

/* Takes entry i out for good: the last entry fills its place. */
static void take_out(ac__timer_heap *h, size_t i)
{
    if (!h->v[i].t)
        h->dead--;
    ac__timer_slot last = h->v[--h->n];
    if (i == h->n)
        return;                     /* it was the last one */
    place(h, i, last);
    if (i > 0 && before(&last, &h->v[(i - 1) / 2]))
        sift_up(h, i);
    else
        sift_down(h, i);
}

/* Drops every tombstone and restores the heap order: O(n). */
static void rebuild(ac__timer_heap *h)
{
    size_t n = 0;
    for (size_t i = 0; i < h->n; i++)
        if (h->v[i].t)
            h->v[n++] = h->v[i];
    h->n = n;
    h->dead = 0;
    for (size_t i = 0; i < n; i++)
        h->v[i].t->index = (uint32_t)i;
    for (size_t i = n / 2; i-- > 0;)
        sift_down(h, i);
}

int ac__timer_heap_push(ac__timer_heap *h, ac__timer *t)
{
    if (h->n == h->cap && h->dead > 0)
        rebuild(h);                 /* room without growing */
    if (h->n == h->cap) {
        size_t cap = h->cap ? 2 * h->cap : 16;
        if (cap > SIZE_MAX / sizeof *h->v || cap - 1 > UINT32_MAX)
            return -1;              /* the index is 32 bits */
        ac__timer_slot *v = ac__realloc(h->v, cap * sizeof *v);
        if (!v)
            return -1;
        h->v = v;
        h->cap = cap;
    }
    t->seq = h->seq++;
    size_t i = h->n++;
    place(h, i, (ac__timer_slot){.deadline = t->deadline, .seq = t->seq, .t = t});
    sift_up(h, i);
    return 0;
}

ac__timer *ac__timer_heap_top(ac__timer_heap *h)
{
    if (h->n && !h->v[0].t && h->dead * 4 > h->n)
        rebuild(h);                 /* many: not one O(log n) at a time */
    while (h->n && !h->v[0].t)
        take_out(h, 0);
    return h->n ? h->v[0].t : NULL;
}

void ac__timer_heap_remove(ac__timer_heap *h, ac__timer *t)
{
    size_t i = t->index;
    if (i + 1 == h->n) {            /* the last entry: free to take out */
        take_out(h, i);
        return;
    }
    h->v[i].t = NULL;
    h->dead++;
    if (h->dead * 2 > h->n)
        rebuild(h);
}

ac__timer *ac__timer_heap_pop(ac__timer_heap *h)
{
    ac__timer *t = ac__timer_heap_top(h);
    if (t)
        take_out(h, 0);
    return t;
}

ac__timer *ac__timer_heap_pop_due(ac__timer_heap *h, int64_t now)
{
    /* An entry's deadline, live or not, bounds every one below it. */
    while (h->n && h->v[0].deadline <= now) {
        ac__timer *t = h->v[0].t;
        take_out(h, 0);
        if (t)
            return t;
    }
    return NULL;
}

void ac__timer_heap_free(ac__timer_heap *h)
{
    ac__free(h->v);
    h->v = NULL;
    h->n = h->cap = h->dead = 0;
}
