/*
 * park.c -- suspending a coroutine until an event, cancellably.
 *
 * A primitive (delay, join, await, ...) parks its coroutine, hangs a wake-up
 * somewhere (a timer, a job's waiter list) and returns AC_SUSPENDED.  The
 * event calls ac__wake with the park's sequence number; a cancellation of
 * the coroutine's current job calls ac__interrupt.  Whichever comes first
 * takes the coroutine off the park (under park_lock) and enqueues it; the
 * other finds it running, or parked again with a newer number, and does
 * nothing -- so a late timer or completion never wakes the wrong park.
 * Resumed, the primitive asks ac__park_interrupted, and if so removes its
 * wake-up and throws the cancellation.
 */
#include "internal.h"

uint64_t ac__park(ac_coro *co, bool cancellable,
                  void (*cleanup)(ac_coro *co, void *arg), void *arg)
{
    ac__lock_acquire(&co->park_lock);
    if (cancellable && ac__job_is_cancelling(co->cur)) {
        ac__lock_release(&co->park_lock);
        return 0;
    }
    co->park = cancellable ? AC__PARKED_CANCELLABLE : AC__PARKED;
    co->park_cancellable = cancellable;
    co->interrupted = false;
    co->park_cleanup = cleanup;
    co->park_arg = arg;
    uint64_t seq = ++co->park_seq;
    ac__lock_release(&co->park_lock);
    return seq;
}

/* park_lock held: takes co off its park.  True if the caller must
 * enqueue it; a coroutine still in its step is requeued by the step's end
 * instead, so that it never runs on two threads at once. */
static bool unpark_locked(ac_coro *co)
{
    co->park = AC__RUNNING;
    if (!co->in_step)
        return true;
    co->wake_pending = true;
    return false;
}

void ac__wake(ac_coro *co, uint64_t seq)
{
    ac__lock_acquire(&co->park_lock);
    bool wake = co->park != AC__RUNNING && co->park_seq == seq && unpark_locked(co);
    ac__lock_release(&co->park_lock);
    if (wake)
        ac__loop_enqueue(co);
}

void ac__unpark(ac_coro *co)
{
    ac__lock_acquire(&co->park_lock);
    co->park = AC__RUNNING;
    co->wake_pending = false;
    co->park_cleanup = NULL;
    ac__lock_release(&co->park_lock);
}

/* No lock: wakers read in_step only of a parked coroutine, and parking
 * (under park_lock) comes after this store. */
void ac__step_begin(ac_coro *co)
{
    co->in_step = true;
}

/* Only the coroutine's own step writes `yielding` and reads it back. */
void ac__step_yield(ac_coro *co)
{
    co->yielding = true;
}

bool ac__step_end(ac_coro *co)
{
    if (co->yielding) {
        /* Not parked, so no waker reads in_step or wake_pending (they
         * look at `park` first, under the lock): no lock needed. */
        co->yielding = false;
        co->in_step = false;
        return true;
    }
    ac__lock_acquire(&co->park_lock);
    co->in_step = false;
    bool again = co->wake_pending;
    co->wake_pending = false;
    ac__lock_release(&co->park_lock);
    return again;
}

void ac__interrupt(ac_job *j)
{
    /* j's lock keeps a scope block's coroutine from leaving the block (and
     * maybe ending) while we look at it. */
    ac__lock_acquire(&j->lock);
    ac_coro *co = j->co;
    bool wake = false;
    if (co) {
        ac__lock_acquire(&co->park_lock);
        wake = co->park == AC__PARKED_CANCELLABLE && co->cur == j;
        if (wake) {
            co->interrupted = true;
            wake = unpark_locked(co);
        }
        ac__lock_release(&co->park_lock);
    }
    ac__lock_release(&j->lock);
    if (wake)
        ac__loop_enqueue(co);
}

/* As in kotlinx, a cancellable wait whose event came first still throws if
 * the job was cancelled before the coroutine got to run again (several
 * timers due in one turn: the first one's failure cancels the others). */
bool ac__park_interrupted(ac_coro *co)
{
    bool i = co->interrupted ||
             (co->park_cancellable && ac__job_is_cancelling(co->cur));
    co->interrupted = false;
    return i;
}

ac_status ac__throw_cancelled(ac_frame *fr)
{
    return ac__fail(fr, ac__job_cancellation_error(fr->coro->cur));
}
