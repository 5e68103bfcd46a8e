/*
 * join.c -- ac_join and ac__await_ptr: wait for a job to complete.
 *
 * Both complete at once when the job already has; otherwise they hang a
 * waiter (inside their own frame) on the job and suspend until the job's
 * completion enqueues them.
 */
#include "internal.h"

typedef struct {
    ac_frame hdr;
    ac_job *job;
    void **out;             /* await: where the result address goes */
    ac__waiter waiter;
} join_frame;

/* 1 when the job is done, else registers the frame as a waiter. */
static int wait_for(join_frame *fr)
{
    if (fr->job->state == AC__JOB_COMPLETED)
        return 1;
    fr->waiter.co = fr->hdr.coro;
    ac__job_add_waiter(fr->job, &fr->waiter);
    fr->hdr.state = 1;
    return 0;
}

ac_status ac__join_resume(ac_frame *self)
{
    /* join does not rethrow the job's failure (Kotlin's join neither). */
    return wait_for((join_frame *)self) ? AC_DONE : AC_SUSPENDED;
}

ac_status ac__await_resume(ac_frame *self)
{
    join_frame *fr = (join_frame *)self;
    if (!wait_for(fr))
        return AC_SUSPENDED;
    if (fr->job->error)
        return ac__fail(self, ac__error_retain(fr->job->error));
    if (fr->out)
        *fr->out = ac__coro_result(ac__coro_of(fr->job));
    return AC_DONE;
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

ac_frame *ac__await_ptr__ac_new(ac_coro *co, void **res, ac_deferred *d)
{
    return new_join(co, ac__await_resume, res, res, d);
}
