/*
 * trampoline.c -- running a coroutine's frames.
 *
 * A suspend call first runs its callee directly on the C stack (ac__call):
 * most calls complete without suspending, and then the caller goes on at
 * once, as cheap as a C call plus a frame push.  Only when the callee
 * suspends, or the nesting reaches AC__INLINE_DEPTH, does control return
 * to the trampoline (ac__coro_run), a loop that resumes the innermost frame
 * and, when a frame is done, its caller.  So the C stack holds at most
 * AC__INLINE_DEPTH resume functions, whatever the depth of the chain.
 */
#include "internal.h"

#include <assert.h>

ac_status ac__call(ac_frame *caller, ac_frame *callee)
{
    ac_coro *co = caller->coro;
    assert(co->top == caller && callee->coro == co);
    callee->caller = caller;
    co->top = callee;
    if (co->depth >= AC__INLINE_DEPTH)
        return AC_CALL;                 /* the trampoline runs it */
    co->depth++;
    ac_status st = callee->resume(callee);
    co->depth--;
    if (st == AC_DONE)
        ac__frame_pop(co);              /* co->top is caller again */
    return st;
}

ac_status ac__fail(ac_frame *fr, ac_error *e)
{
    ac_coro *co = fr->coro;
    if (co->job.error)
        ac__error_release(e);           /* the first failure wins */
    else
        co->job.error = e;
    return AC_THROW;
}

ac_status ac__fail_oom(ac_frame *fr)
{
    return ac__fail(fr, ac__error_oom());
}

/* The coroutine failed: drop every frame (generated code never frees
 * frames; their memory is the arena's) and complete it with its error. */
static void unwind(ac_coro *co)
{
    if (!co->job.error)
        co->job.error = ac_error_new(&AC_ILLEGAL_STATE,
                                     "a frame returned AC_THROW without an error");
    if (co->open_scopes)
        ac__scope_abandon(co);
    while (co->top)
        ac__frame_pop(co);
    ac__coro_complete(co);
}

void ac__coro_run(ac_coro *co)
{
    for (;;) {
        ac_frame *f = co->top;
        ac_status st = f->resume(f);
        switch (st) {
        case AC_DONE:
            ac__frame_pop(co);
            if (!co->top) {
                ac__coro_complete(co);
                return;
            }
            break;                      /* resume the caller where it was */
        case AC_CALL:
            break;                      /* run the callee just pushed */
        case AC_SUSPENDED:
            return;                     /* someone will enqueue it again */
        case AC_THROW:
            unwind(co);
            return;
        default:
            ac__fail(f, ac_error_new(&AC_ILLEGAL_STATE,
                                     "frame returned unknown status %d", (int)st));
            unwind(co);
            return;
        }
    }
}
