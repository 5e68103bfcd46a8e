/*
 * lock.c -- the runtime's mutex for job, park and list state.
 *
 * Most critical sections are a few dozen instructions and almost never
 * contended (a job is touched by its own coroutine, and by another thread
 * only to cancel it), so taking and releasing a free lock is one atomic
 * each, inline.  Some holders stay longer: ac_dump walks a loop's whole
 * live list under its lock.  So a waiter spins only briefly and then
 * sleeps on a futex (Drepper's three-state mutex, "Futexes Are Tricky").
 * An earlier version spun with sched_yield and never slept: under a
 * scheduler that runs one thread at a time (Valgrind), a loop thread
 * waiting for a dumping thread starved for minutes (decision 77).
 */
#define _GNU_SOURCE                     /* syscall */
#include "internal.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { LOCK_FREE = 0, LOCK_HELD = 1, LOCK_SLEEPERS = 2, LOCK_SPINS = 100 };

void ac__lock_init(ac__lock *l)
{
    atomic_init(&l->state, LOCK_FREE);
}

static void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

void ac__lock_contended(ac__lock *l)
{
    for (int i = 0; i < LOCK_SPINS; i++) {
        int free_state = LOCK_FREE;
        if (atomic_load_explicit(&l->state, memory_order_relaxed) == LOCK_FREE &&
            atomic_compare_exchange_weak_explicit(&l->state, &free_state,
                                                  LOCK_HELD,
                                                  memory_order_acquire,
                                                  memory_order_relaxed))
            return;
        cpu_relax();
    }
    /* Mark the lock as having sleepers; whoever releases it then wakes
     * one.  Taking it in state 2 is conservative: at worst one needless
     * wake-up. */
    while (atomic_exchange_explicit(&l->state, LOCK_SLEEPERS,
                                    memory_order_acquire) != LOCK_FREE)
        syscall(SYS_futex, (int *)&l->state, FUTEX_WAIT_PRIVATE,
                LOCK_SLEEPERS, NULL, NULL, 0);
}

void ac__lock_wake(ac__lock *l)
{
    syscall(SYS_futex, (int *)&l->state, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}
