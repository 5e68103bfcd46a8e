/*
 * timer_heap.h -- a binary min-heap of timers, one per event loop.
 *
 * Timers are intrusive: the node lives in whoever waits (a delay frame), so
 * arming a timer allocates nothing but, now and then, a bigger array.  Each
 * node knows its index, so a timer can be removed from the middle
 * (cancellation of a delay, withTimeout) by marking its entry.
 */
#ifndef ASYNCC_TIMER_HEAP_H
#define ASYNCC_TIMER_HEAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct ac_coro;
struct ac__loop;

typedef struct ac__timer {
    int64_t deadline;     /* CLOCK_MONOTONIC, nanoseconds */
    uint64_t seq;         /* insertion order: equal deadlines fire FIFO */
    uint32_t index;       /* position of its entry while armed */
    bool armed;           /* in the heap (the owner's business) */
    struct ac__loop *owner; /* the loop (or pool) whose heap it is armed in */
    /* What firing does: fire(t) if set, else wake the park (co, wake_seq). */
    void (*fire)(struct ac__timer *t);
    struct ac_coro *co;
    uint64_t wake_seq;
} ac__timer;

/* A heap entry: the key is copied in (no pointer chasing to compare), and
 * a removed timer leaves its entry behind with t == NULL (a tombstone). */
typedef struct ac__timer_slot {
    int64_t deadline;
    uint64_t seq;
    ac__timer *t;
} ac__timer_slot;

typedef struct ac__timer_heap {
    ac__timer_slot *v;
    size_t n, cap;        /* entries, tombstones included */
    size_t dead;          /* tombstones */
    uint64_t seq;         /* next insertion number */
} ac__timer_heap;

/* 0 on success, -1 when the array cannot grow (the heap is unchanged). */
int ac__timer_heap_push(ac__timer_heap *h, ac__timer *t);
/* The earliest timer, or NULL (drops the tombstones on top). */
ac__timer *ac__timer_heap_top(ac__timer_heap *h);
/* Removes and returns the earliest timer, or NULL. */
ac__timer *ac__timer_heap_pop(ac__timer_heap *h);
/* Removes and returns the earliest timer if it is due by `now`, else NULL.
 * Tombstones are only dropped when due too: a loop that asks every turn
 * pays nothing for timers cancelled ahead of their time. */
ac__timer *ac__timer_heap_pop_due(ac__timer_heap *h, int64_t now);
/* Removes an armed timer from anywhere in the heap, in O(1): its entry
 * stays as a tombstone until it reaches the top, or until tombstones are
 * half the heap and it is rebuilt without them (amortized O(1): a cancel
 * storm of N delays no longer costs N log N). */
void ac__timer_heap_remove(ac__timer_heap *h, ac__timer *t);
/* No armed timer is due before this (INT64_MAX: none): the top entry's
 * deadline, which may be a tombstone's, earlier than the first live one. */
static inline int64_t ac__timer_heap_bound(const ac__timer_heap *h)
{
    return h->n ? h->v[0].deadline : INT64_MAX;
}
/* The timers armed (tombstones not counted). */
static inline size_t ac__timer_heap_size(const ac__timer_heap *h)
{
    return h->n - h->dead;
}
/* Frees the array (not the timers, which belong to their owners). */
void ac__timer_heap_free(ac__timer_heap *h);

#endif /* ASYNCC_TIMER_HEAP_H */
