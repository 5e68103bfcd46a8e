/*
 * lock.c -- a test-and-set lock for the job and park state.
 *
 * Critical sections in the runtime are a few dozen instructions and almost
 * never contended (a job is touched by its own coroutine, and by another
 * thread only to cancel it), so a spinning flag beats a pthread mutex on
 * size and speed; under contention it yields the CPU rather than burn it.
 */
#include "internal.h"

#include <sched.h>

void ac__lock_init(ac__lock *l)
{
    atomic_flag_clear_explicit(&l->flag, memory_order_relaxed);
}

void ac__lock_contended(ac__lock *l)
{
    unsigned spins = 0;
    while (atomic_flag_test_and_set_explicit(&l->flag, memory_order_acquire))
        if (++spins % 64 == 0)
            sched_yield();
}
