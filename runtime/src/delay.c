/*
 * delay.c -- ac_delay and ac_yield, hand-written in the frame ABI the
 * translator generates: a struct starting with ac_frame, and a resume
 * function that continues at hdr.state.
 */
#include "internal.h"

typedef struct {
    ac_frame hdr;
    int64_t ms;
    ac__timer timer;        /* in the heap while suspended: frames never move */
} delay_frame;

ac_status ac__delay_resume(ac_frame *self)
{
    delay_frame *fr = (delay_frame *)self;
    if (self->state == 1 || fr->ms <= 0)
        return AC_DONE;             /* delay(0) does not suspend (Kotlin) */
    ac__loop *l = self->coro->loop;
    if (!l)
        return ac__fail(self, ac_error_new(&AC_ILLEGAL_STATE,
                                           "ac_delay outside an event loop"));
    if (ac__loop_add_timer(l, &fr->timer, self->coro, fr->ms) != 0)
        return ac__fail_oom(self);
    self->state = 1;
    return AC_SUSPENDED;
}

ac_frame *ac_delay__ac_new(ac_coro *co, void *res, int64_t ms)
{
    delay_frame *fr = ac__frame_alloc(co, sizeof *fr, ac__delay_resume, res);
    if (fr)
        fr->ms = ms;
    return fr ? &fr->hdr : NULL;
}

/* Always goes to the back of the ready queue once, even when nothing else
 * is ready: the others that are ready run first. */
ac_status ac__yield_resume(ac_frame *self)
{
    if (self->state == 1)
        return AC_DONE;
    if (!self->coro->loop)
        return ac__fail(self, ac_error_new(&AC_ILLEGAL_STATE,
                                           "ac_yield outside an event loop"));
    ac__loop_enqueue(self->coro);
    self->state = 1;
    return AC_SUSPENDED;
}

ac_frame *ac_yield__ac_new(ac_coro *co, void *res)
{
    return ac__frame_alloc(co, sizeof(ac_frame), ac__yield_resume, res);
}
