/*
 * trampoline.c -- running a coroutine's frames, and unwinding them.
 *
 * A suspend call first runs its callee directly on the C stack (ac__call,
 * inline in asyncc.h; its uncommon ends are ac__call_finish here):
 * most calls complete without suspending, and then the caller goes on at
 * once, as cheap as a C call plus a frame push.  Only when the callee
 * suspends, or the nesting reaches AC__INLINE_DEPTH, does control return
 * to the trampoline (ac__coro_run), a loop that resumes the innermost frame
 * and, when a frame is done, its caller.  So the C stack holds at most
 * AC__INLINE_DEPTH resume functions, whatever the depth of the chain.
 *
 * A frame that fails returns AC_THROW with the error in flight in co->exc.
 * The frame is popped (its position joins the error's async stack) and its
 * caller continues at the handler of the failed call: at once if the call
 * was inline (ac__call returns AC_THROW), else resumed with its state
 * negated.  The root frame failing ends the coroutine's body with it.
 */
#include "internal.h"

#include <assert.h>

static _Thread_local ac_coro *running;
/* The switch of dispatcher the step running on this thread asked for. */
static _Thread_local ac_coro *hop_co;
static _Thread_local ac__loop *hop_to;

ac_coro *ac__coro_current(void)
{
    return running;
}

int ac__call_depth(void)
{
    return running ? running->frames.depth : 0;
}

void ac__test_set_call_depth(int depth)
{
    if (running)
        running->frames.depth = depth;
}

/* fr is being left by the error in flight: one more async stack entry. */
static void leave_frame(ac_coro *co, ac_frame *fr)
{
    ac__error_push_frame(co->exc, ac__frame_func(fr), ac__frame_file(fr), fr->line);
}

ac_status ac__call_finish(ac_frame *caller, ac_frame *callee, ac_status st)
{
    ac_coro *co = caller->coro;
    if (st != AC_DONE && st != AC_THROW)
        return st;                      /* the trampoline takes over */
    assert(co->frames.top == callee && callee->caller == caller);
    co->frames.depth--;
    if (st == AC_THROW)
        leave_frame(co, callee);
    ac__frame_pop(co);                  /* co->frames.top is caller again */
    return st;
}

ac_status ac__throw(ac_frame *fr, ac_error *e, const char *file, int line)
{
    ac_coro *co = fr->coro;
    if (!e)
        e = ac_error_new(&AC_ILLEGAL_STATE, "ac_throw(NULL)");
    ac__error_set_position(e, file, line);
    if (line > 0)
        fr->line = line;
    if (co->exc) {                      /* cannot happen in generated code */
        ac_error_add_suppressed(e, co->exc);
    }
    co->exc = e;
    return AC_THROW;
}

ac_status ac__fail(ac_frame *fr, ac_error *e)
{
    return ac__throw(fr, e, NULL, 0);
}

ac_error *ac__catch(ac_frame *fr)
{
    ac_coro *co = fr->coro;
    ac_error *e = co->exc;
    co->exc = NULL;
    return e;
}

ac_status ac__fail_oom(ac_frame *fr)
{
    return ac__fail(fr, ac__error_oom());
}

void ac__coro_run(ac_coro *co)
{
    if (!co->ran) {
        co->ran = true;
        if (ac__job_is_cancelling(&co->job)) {
            /* cancelled before it first ran: the body never runs */
            ac__coro_drop_frames(co);
            ac__coro_body_done(co, ac__job_cancellation_error(&co->job));
            return;
        }
    }
    ac_coro *outer = running;
    running = co;
    ac__step_begin(co);
    for (;;) {
        ac_frame *f = co->frames.top;
        co->frames.depth = 0;           /* this C stack holds no resume yet */
        ac_status st = f->resume(f);
        if (st == AC_SUSPENDED)
            break;                      /* someone will enqueue it again */
        if (st == AC_CALL)
            continue;                   /* run the callee just pushed */
        if (st == AC_DONE && co->exc)
            st = AC_THROW;              /* resumed at a handler it lacks */
        if (st != AC_DONE) {
            if (st != AC_THROW || !co->exc)
                ac__fail(f, ac_error_new(&AC_ILLEGAL_STATE,
                                         "frame returned status %d without an error",
                                         (int)st));
            leave_frame(co, f);
        }
        ac__frame_pop(co);
        if (!co->frames.top) {
            ac_error *e = st == AC_DONE ? NULL : co->exc;
            co->exc = NULL;
            running = outer;
            ac__coro_body_done(co, e);  /* may free co */
            return;
        }
        if (st != AC_DONE)
            co->frames.top->state = -co->frames.top->state; /* to the handler */
    }
    running = outer;
    /* Wake-ups during the step were held back until here (park.c); from
     * now on another thread may run co, so nothing of it is touched after
     * ac__step_end unless it asked to switch dispatcher (it is not parked
     * then) or was woken meanwhile (only we may requeue it). */
    bool again = ac__step_end(co);
    if (hop_co == co) {
        hop_co = NULL;
        ac__loop_hop(co, hop_to);
    } else if (again) {
        ac__dispatch(co->loop, co, AC__REQUEUE);
    }
}

void ac__coro_hop_after_step(ac_coro *co, ac__loop *to)
{
    hop_co = co;
    hop_to = to;
}
