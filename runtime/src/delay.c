/*
 * delay.c -- ac_delay, ac_yield and ac_ensure_active, hand-written in the
 * frame ABI the translator generates: a struct starting with ac_frame, and
 * a resume function that continues at hdr.state.  All three are
 * cancellation points: a cancelled coroutine throws there.  Their frames
 * are pushed as generated ones are (ac__frame_push): void, so a call's
 * frame has no result pointer.
 */
#include "internal.h"

/* A frame of ours: pushed inline, and without a source position (the
 * dump and deadlock reports show a runtime frame by its resume function). */
static void *primitive_frame(ac_coro *co, size_t size, ac_status (*resume)(ac_frame *), void *res)
{
    ac_frame *f = ac__frame_push(co, size, AC__FRAME_ALIGN, resume, res);
    if (f)
        f->site = NULL;
    return f;
}

typedef struct {
    ac_frame hdr;
    ac__timer timer;        /* in the heap while suspended: frames never move;
                               its deadline holds the delay's ms till armed */
} delay_frame;

static void untimer(ac_coro *co, void *arg)
{
    delay_frame *fr = arg;
    (void)co;
    ac__loop_remove_timer(&fr->timer);
}

ac_status ac__delay_resume(ac_frame *self)
{
    delay_frame *fr = (delay_frame *)self;
    ac_coro *co = self->coro;
    if (self->state == 1) {
        if (ac__park_interrupted(co)) {
            untimer(co, fr);
            return ac__throw_cancelled(self);
        }
        return AC_DONE;
    }
    if (ac__job_is_cancelling(co->cur))
        return ac__throw_cancelled(self);
    int64_t ms = fr->timer.deadline;
    if (ms <= 0)
        return AC_DONE;             /* delay(0) does not suspend (Kotlin) */
    uint64_t seq = ac__park(co, true, untimer, fr);
    if (!seq)
        return ac__throw_cancelled(self);
    fr->timer = (ac__timer){.co = co, .wake_seq = seq};
    self->state = 1;                /* before the timer can fire */
    if (ac__loop_add_timer(co->loop, &fr->timer, ms) != 0) {
        ac__unpark(co);
        return ac__fail_oom(self);
    }
    return AC_SUSPENDED;            /* co may run elsewhere already */
}

ac_frame *ac_delay__ac_new(ac_coro *co, void *res, int64_t ms)
{
    delay_frame *fr = primitive_frame(co, sizeof *fr, ac__delay_resume, res);
    if (fr)
        fr->timer.deadline = ms;
    return fr ? &fr->hdr : NULL;
}

/* Always goes to the back of the ready queue once, even when nothing else
 * is ready: the others that are ready run first.  Not a park: nothing but
 * the step's end can requeue it, so no lock is taken (ac__step_yield).  A
 * cancellation meanwhile is seen when it runs again, as kotlinx's yield
 * sees one while it waits for dispatch. */
ac_status ac__yield_resume(ac_frame *self)
{
    ac_coro *co = self->coro;
    if (ac__job_is_cancelling(co->cur))
        return ac__throw_cancelled(self);
    if (self->state == 1)
        return AC_DONE;
    self->state = 1;
    ac__step_yield(co);
    return AC_SUSPENDED;
}

ac_frame *ac_yield__ac_new(ac_coro *co, void *res)
{
    return primitive_frame(co, sizeof(ac_frame), ac__yield_resume, res);
}

static ac_status ensure_active_resume(ac_frame *self)
{
    if (ac__job_is_cancelling(self->coro->cur))
        return ac__throw_cancelled(self);
    return AC_DONE;
}

ac_frame *ac_ensure_active__ac_new(ac_coro *co, void *res)
{
    return primitive_frame(co, sizeof(ac_frame), ensure_active_resume, res);
}
