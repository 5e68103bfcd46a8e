/*
 * timer_heap.h -- a binary min-heap of timers, one per event loop.
 *
 * Timers are intrusive: the node lives in whoever waits (a delay frame), so
 * arming a timer allocates nothing but, now and then, a bigger array.  Each
 * node knows its index, so a timer can be removed from the middle in
 * O(log n) (cancellation of a delay, withTimeout).
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
    uint32_t index;       /* position in the heap while armed */
    bool armed;           /* in the heap (the owner's business) */
    struct ac__loop *owner; /* the loop (or pool) whose heap it is armed in */
    /* What firing does: fire(t) if set, else wake the park (co, wake_seq). */
    void (*fire)(struct ac__timer *t);
    struct ac_coro *co;
    uint64_t wake_seq;
} ac__timer;

typedef struct ac__timer_heap {
    ac__timer **v;
    size_t n, cap;
    uint64_t seq;         /* next insertion number */
} ac__timer_heap;

/* 0 on success, -1 when the array cannot grow (the heap is unchanged). */
int ac__timer_heap_push(ac__timer_heap *h, ac__timer *t);
/* The earliest timer, or NULL. */
ac__timer *ac__timer_heap_top(const ac__timer_heap *h);
/* Removes and returns the earliest timer, or NULL. */
ac__timer *ac__timer_heap_pop(ac__timer_heap *h);
/* Removes an armed timer from anywhere in the heap. */
void ac__timer_heap_remove(ac__timer_heap *h, ac__timer *t);
/* Frees the array (not the timers, which belong to their owners). */
void ac__timer_heap_free(ac__timer_heap *h);

#endif /* ASYNCC_TIMER_HEAP_H */
