/*
 * launch.c -- the builders: a new coroutine gets its kind, its context
 * (the scope's, plus the builder's elements, right wins), a job that is a
 * child of the scope's job, and a place on a loop.
 *
 * Like Kotlin's DEFAULT start, a new coroutine only goes to the back of
 * its loop's ready queue: it runs once the launcher suspends.  A coroutine
 * cancelled before it first runs never runs its body (it completes as
 * cancelled); a lazy one waits for ac_job_start, ac_join or await.
 */
#include "internal.h"

static _Thread_local ac_error *last_failure;

static void set_failure(ac_error *e)
{
    ac__fault_note("a builder (ac_launch/ac_async) returned NULL");
    ac_error_release(last_failure);
    last_failure = e;
}

ac_status ac__builder_failed(ac_frame *fr)
{
    ac_error *e = last_failure ? last_failure : ac__error_oom();
    last_failure = NULL;
    return ac__fail(fr, e);
}

static ac__loop *dispatcher_of(const ac_ctx *ctx)
{
    ac__loop *l = ac__ctx_loop(ctx);
    return l ? l : ac__loop_default();
}

ac_error *ac__coro_launch(ac_coro *co, ac_frame *root, int kind, ac_job *parent,
                          const ac_ctx *parent_ctx, ac_ctx *ctx, ac_ctx *extra,
                          bool lazy)
{
    ac_error *err = NULL;
    ac_ctx *own = ac__ctx_merge(ctx, extra, &err);
    ac_ctx *full = err ? NULL : ac__ctx_merge(parent_ctx, own, &err);
    if (ctx && ctx->has_job)
        parent = ac_ctx_get_job(ctx);   /* NULL: NonCancellable */
    ac_ctx_release(own);
    ac_ctx_release(ctx);
    ac_ctx_release(extra);
    ac__loop *loop = err ? NULL : dispatcher_of(full);
    if (!loop) {
        ac_ctx_release(full);
        co->frames.top = NULL;
        ac_job_release(&co->job);   /* never started: frees it */
        return err ? err : ac__error_oom();
    }
    co->job.kind = (unsigned char)kind;
    co->job.ctx = full;
    co->frames.top = root;
    co->loop = loop;
    ac__job_attach(&co->job, parent, lazy);
    if (!lazy)
        ac__coro_start(co, loop);
    return NULL;
}

/* Starts co on l; a closed dispatcher rejects it, and co is cancelled
 * before it ever runs, as kotlinx cancels a coroutine whose dispatcher
 * rejects it. */
void ac__coro_start(ac_coro *co, ac__loop *l)
{
    if (ac__loop_start(l, co) == 0)
        return;
    co->ran = true;
    ac__coro_drop_frames(co);
    ac__coro_body_done(co, ac_error_new_cause(&AC_CANCELLATION, ac__refused_error(l, NULL),
                                              "the dispatcher rejected the coroutine"));
}

static ac_job *launch(ac_scope *scope, ac_ctx *ctx, int start, int detached,
                      ac_frame *root, int kind)
{
    if (!root) {
        ac_ctx_release(ctx);
        set_failure(ac__error_oom());
        return NULL;
    }
    ac_coro *co = root->coro;
    if (!scope) {
        ac_ctx_release(ctx);
        ac_job_release(&co->job);
        set_failure(ac_error_new(&AC_ILLEGAL_ARGUMENT, "launch into a NULL scope"));
        return NULL;
    }
    /* Keep the handle before the child can run (and maybe complete). */
    if (!detached && ac__scope_keep(scope, &co->job) != 0) {
        ac_ctx_release(ctx);
        ac_job_release(&co->job);
        set_failure(ac__error_oom());
        return NULL;
    }
    ac_error *err = ac__coro_launch(co, root, kind, scope->job, scope->ctx, ctx,
                                    NULL, start == AC_START_LAZY);
    if (err) {
        if (!detached)
            ac__scope_unkeep(&co->job);     /* frees it */
        set_failure(err);
        return NULL;
    }
    return &co->job;
}

ac_job *ac__launch(ac_scope *scope, ac_ctx *ctx, int start, int detached,
                   ac_frame *root)
{
    return launch(scope, ctx, start, detached, root, AC__KIND_LAUNCH);
}

ac_deferred *ac__async(ac_scope *scope, ac_ctx *ctx, int start, int detached,
                       ac_frame *root)
{
    return launch(scope, ctx, start, detached, root, AC__KIND_ASYNC);
}

int ac_job_start(ac_job *job)
{
    if (!job || !ac__job_has_coro(job))
        return 0;
    ac__lock_acquire(&job->lock);
    bool start = ac__job_state(job) == AC__JOB_NEW;
    if (start)
        atomic_store_explicit(&job->state, AC__JOB_ACTIVE, memory_order_release);
    ac__lock_release(&job->lock);
    if (start) {
        ac_coro *co = ac__coro_of(job);
        ac__coro_start(co, co->loop);
    }
    return start;
}

void ac_job_detach(ac_job *job)
{
    if (job)
        ac__scope_unkeep(job);
}
