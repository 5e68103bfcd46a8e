/*
 * join.c -- ac_join, ac_cancel_and_join and AC_AWAIT: wait for a job.
 *
 * Each completes at once when the job already has; otherwise it starts a
 * lazy job, hangs a waiter (inside its own frame) on the job and suspends
 * until the job's completion wakes it.  The wait is cancellable: a
 * cancellation of the *waiting* coroutine takes the waiter back and throws
 * (the job waited for goes on).  Await then rethrows the job's failure, or
 * its cancellation.
 */
#include "internal.h"

typedef struct {
    ac_frame hdr;
    ac_job *job;
    void **out;             /* await: where the result address goes */
    ac__jnode waiter;
} join_frame;

static void unwait(ac_coro *co, void *arg)
{
    (void)co;
    join_frame *fr = arg;
    ac__job_remove_node(fr->job, &fr->waiter);
}

/* The waiter was cancelled.  As with kotlinx's AwaitContinuation, an
 * await whose deferred is failing or has failed throws the deferred's root
 * cause instead: a parent awaiting the child whose failure cancelled it
 * sees that failure, not its own cancellation. */
static ac_status waiter_cancelled(join_frame *fr)
{
    if (fr->hdr.resume == ac__await_resume) {
        ac_error *e = ac__job_root_cause(fr->job);
        if (e)
            return ac__fail(&fr->hdr, e);
    }
    return ac__throw_cancelled(&fr->hdr);
}

/* The job has completed.  As kotlinx's join (checkCompletion), a join is
 * a cancellation point even then: a cancelled waiter throws.  Await is not
 * (kotlinx's awaitInternal returns a completed value as it is). */
static ac_status completed(join_frame *fr)
{
    if (fr->hdr.resume != ac__await_resume && ac__job_is_cancelling(fr->hdr.coro->cur))
        return waiter_cancelled(fr);
    return AC_DONE;
}

/* AC_DONE when the job has completed, AC_SUSPENDED while waiting,
 * AC_THROW when the waiter was cancelled. */
static ac_status wait_for(join_frame *fr)
{
    ac_coro *co = fr->hdr.coro;
    if (fr->hdr.state == 1 && ac__park_interrupted(co)) {
        unwait(co, fr);
        return waiter_cancelled(fr);
    }
    if (!fr->job)
        return ac__fail(&fr->hdr, ac_error_new(&AC_ILLEGAL_ARGUMENT, "join of a NULL job"));
    if (ac__job_is_final(fr->job))
        return completed(fr);
    ac_job_start(fr->job);
    uint64_t seq = ac__park(co, true, unwait, fr);
    if (!seq)
        return waiter_cancelled(fr);
    fr->waiter = (ac__jnode){.co = co, .seq = seq};
    fr->hdr.state = 1;                  /* before the wake-up can happen */
    if (!ac__job_add_node(fr->job, &fr->waiter)) {
        ac__unpark(co);                 /* completed meanwhile */
        return completed(fr);
    }
    return AC_SUSPENDED;                /* co may run elsewhere already */
}

ac_status ac__join_resume(ac_frame *self)
{
    /* join does not rethrow the job's failure (Kotlin's join neither). */
    return wait_for((join_frame *)self);
}

ac_status ac__await_resume(ac_frame *self)
{
    join_frame *fr = (join_frame *)self;
    ac_status st = wait_for(fr);
    if (st != AC_DONE)
        return st;
    if (fr->job->kind != AC__KIND_ASYNC)
        return ac__fail(self, ac_error_new(&AC_ILLEGAL_ARGUMENT,
                                           "AC_AWAIT of a job that is not a deferred"));
    if (fr->job->final)
        return ac__fail(self, ac_error_retain(fr->job->final));
    if (fr->out)
        *fr->out = ac__coro_result(ac__coro_of(fr->job));
    return AC_DONE;
}

static ac_status cancel_and_join_resume(ac_frame *self)
{
    join_frame *fr = (join_frame *)self;
    if (self->state == 0 && fr->job)
        ac_job_cancel(fr->job, NULL);
    return wait_for(fr);
}

static ac_frame *new_join(ac_coro *co, ac_status (*resume)(ac_frame *),
                          void *res, void **out, ac_job *job)
{
    join_frame *fr = ac__frame_alloc(co, sizeof *fr, resume, res);
    if (!fr)
        return NULL;
    fr->job = job;
    fr->out = out;          /* not hdr.result: NULL there means "result area" */
    return &fr->hdr;
}

ac_frame *ac_join__ac_new(ac_coro *co, void *res, ac_job *job)
{
    return new_join(co, ac__join_resume, res, NULL, job);
}

ac_frame *ac_cancel_and_join__ac_new(ac_coro *co, void *res, ac_job *job)
{
    return new_join(co, cancel_and_join_resume, res, NULL, job);
}

ac_frame *ac__await_ptr__ac_new(ac_coro *co, void **res, ac_deferred *d)
{
    return new_join(co, ac__await_resume, res, res, d);
}
