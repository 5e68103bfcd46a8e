/*
 * bridge.c -- ac_suspend_cancellable, Kotlin's suspendCancellableCoroutine:
 * the coroutine parks and hands a continuation to any code (a C callback
 * API, another thread), which resumes it once with a value or an error.
 *
 * The continuation lives on the heap with two references, the waiting
 * frame's and the starter's, so that a resume arriving after the
 * coroutine was cancelled (and maybe freed) finds a valid object that
 * says "cancelled".  Its state goes WAITING -> RESUMED or WAITING ->
 * CANCELLED, once, under its lock; a second resume is reported (stderr and
 * -1), as kotlinx throws "Already resumed".
 *
 * The wake-up is made under the continuation's lock: the cancelled frame
 * takes that lock before it lets go, so the coroutine cannot end (and be
 * freed) while a resumer is still waking it.
 */
#include "internal.h"

#include <stdio.h>

enum { WAITING, RESUMED, CANCELLED };

struct ac_continuation {
    atomic_uint refs;
    ac__lock lock;
    int state;
    ac_coro *co;
    uint64_t seq;
    ac__loop *counted;              /* a one-thread loop counting the wait */
    void *value;
    ac_error *error;
    ac_continuation_cancel_fn *on_cancel;
    void *on_cancel_arg;
};

typedef struct {
    ac_frame hdr;
    ac_suspend_fn *start;
    void *arg;
    ac_continuation *c;
} bridge_frame;

void ac_continuation_release(ac_continuation *c)
{
    if (c && atomic_fetch_sub_explicit(&c->refs, 1, memory_order_acq_rel) == 1) {
        ac_error_release(c->error);
        ac__free(c);
    }
}

static int resume(ac_continuation *c, void *value, ac_error *error)
{
    if (!c) {
        ac_error_release(error);
        return -1;
    }
    ac__lock_acquire(&c->lock);
    int was = c->state;
    if (was == WAITING) {
        c->state = RESUMED;
        c->value = value;
        c->error = error;
        ac__wake(c->co, c->seq);
    }
    ac__lock_release(&c->lock);
    if (was == WAITING)
        return 0;
    ac_error_release(error);
    if (was == CANCELLED)
        return 1;                   /* ignored, as kotlinx ignores it */
    fprintf(stderr, "asyncc: continuation %p resumed twice (ignored)\n", (void *)c);
    return -1;
}

int ac_continuation_resume(ac_continuation *c, void *value)
{
    return resume(c, value, NULL);
}

int ac_continuation_resume_error(ac_continuation *c, ac_error *error)
{
    if (!error)
        error = ac_error_new(&AC_ILLEGAL_ARGUMENT, "continuation resumed with a NULL error");
    return resume(c, NULL, error);
}

int ac_continuation_invoke_on_cancellation(ac_continuation *c,
                                           ac_continuation_cancel_fn *fn, void *arg)
{
    if (!c || !fn)
        return -1;
    ac__lock_acquire(&c->lock);
    int st = c->state;
    bool set = st == WAITING && !c->on_cancel;
    if (set) {
        c->on_cancel = fn;
        c->on_cancel_arg = arg;
    }
    ac__lock_release(&c->lock);
    if (st == CANCELLED) {
        fn(c, arg);                 /* already cancelled: at once */
        return 0;
    }
    return set || st == RESUMED ? 0 : -1;
}

/* The wait is over (cancelled, or torn down): CANCELLED unless a resume
 * came first; the hook runs if it was still waiting. */
static void cancel_wait(ac_continuation *c)
{
    ac__lock_acquire(&c->lock);
    bool was_waiting = c->state == WAITING;
    if (was_waiting)
        c->state = CANCELLED;
    ac_continuation_cancel_fn *fn = was_waiting ? c->on_cancel : NULL;
    ac__lock_release(&c->lock);
    if (fn)
        fn(c, c->on_cancel_arg);
}

static void uncount(ac_continuation *c)
{
    ac__wait_uncount(&c->counted, false);
}

static void cleanup(ac_coro *co, void *arg)
{
    (void)co;
    bridge_frame *fr = arg;
    cancel_wait(fr->c);
    uncount(fr->c);
    ac_continuation_release(fr->c);
    fr->c = NULL;
}

static ac_status bridge_resume(ac_frame *self)
{
    bridge_frame *fr = (bridge_frame *)self;
    ac_coro *co = self->coro;
    if (self->state == 1) {
        if (ac__park_interrupted(co)) {
            cleanup(co, fr);
            return ac__throw_cancelled(self);
        }
        ac_continuation *c = fr->c;
        void *value = c->value;
        ac_error *e = c->error;
        c->error = NULL;
        uncount(c);
        ac_continuation_release(c);
        fr->c = NULL;
        if (e)
            return ac__fail(self, e);
        if (self->result)
            *(void **)self->result = value;
        return AC_DONE;
    }
    if (ac__job_is_cancelling(co->cur))
        return ac__throw_cancelled(self);
    if (!fr->start)
        return ac__fail(self, ac_error_new(&AC_ILLEGAL_ARGUMENT,
                                           "ac_suspend_cancellable with a NULL start function"));
    ac_continuation *c = ac__malloc(sizeof *c);
    if (!c)
        return ac__fail_oom(self);
    *c = (ac_continuation){.state = WAITING};
    atomic_init(&c->refs, 2);       /* ours and the starter's */
    uint64_t seq = ac__park(co, true, cleanup, fr);
    if (!seq) {
        ac__free(c);
        return ac__throw_cancelled(self);
    }
    c->co = co;
    c->seq = seq;
    c->counted = ac__wait_count(co, false); /* not a deadlock: a resume may come */
    fr->c = c;
    self->state = 1;
    fr->start(c, fr->arg);          /* its resume wakes us after this step */
    return AC_SUSPENDED;
}

static const ac_frame_site site = {NULL, "ac_suspend_cancellable"};

ac_frame *ac_suspend_cancellable__ac_new(ac_coro *co, void *res,
                                         ac_suspend_fn *start, void *arg)
{
    bridge_frame *fr = ac__frame_alloc(co, sizeof *fr, bridge_resume, res);
    if (fr) {
        fr->hdr.site = &site;
        fr->start = start;
        fr->arg = arg;
        fr->c = NULL;
    }
    return fr ? &fr->hdr : NULL;
}
