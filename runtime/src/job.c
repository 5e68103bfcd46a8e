/*
 * job.c -- launch, async and what happens when a coroutine completes.
 *
 * A job is its coroutine's handle, and coroutines are reference counted:
 * the coroutine holds a reference on itself while it runs, the scope it
 * was launched into holds one until the scope closes (so handles stay
 * valid that long), and run_blocking holds one on its root to read the
 * result.  Like Kotlin's DEFAULT start under runBlocking, a launched child
 * only goes to the back of the ready queue: it runs once the launcher
 * suspends.
 */
#include "internal.h"

void ac__coro_begin(ac_coro *co, ac_frame *root)
{
    co->top = root;
    co->job.state = AC__JOB_ACTIVE;
}

static ac_job *start_child(ac_scope *scope, ac_frame *root)
{
    if (!root)
        return NULL;                /* the caller fails with OOM */
    ac_coro *co = root->coro;
    co->job.scope = scope;
    co->job.sibling = scope->children;
    scope->children = &co->job;
    scope->active++;
    ac__coro_retain(co);            /* the scope's reference */
    ac__loop_start(scope->owner->loop, co, root);
    return &co->job;
}

ac_job *ac__launch(ac_scope *scope, ac_frame *root)
{
    return start_child(scope, root);
}

ac_deferred *ac__async(ac_scope *scope, ac_frame *root)
{
    /* The root frame's result pointer is the coroutine's result area. */
    return start_child(scope, root);
}

int ac_job_is_active(const ac_job *job)
{
    return job && job->state == AC__JOB_ACTIVE;
}

int ac_job_is_completed(const ac_job *job)
{
    return job && job->state == AC__JOB_COMPLETED;
}

void ac__job_add_waiter(ac_job *j, ac__waiter *w)
{
    w->next = j->waiters;
    j->waiters = w;
}

/* Joiners resume in the order they started to wait; never inline, so a
 * completing coroutine does not run someone else's code on its stack. */
static void wake_waiters(ac_job *j)
{
    ac__waiter *w = j->waiters, *fifo = NULL;
    j->waiters = NULL;
    while (w) {                     /* reverse: newest-first -> FIFO */
        ac__waiter *next = w->next;
        w->next = fifo;
        fifo = w;
        w = next;
    }
    for (w = fifo; w; w = w->next)
        ac__loop_enqueue(w->co);
}

static void notify_scope(ac_job *j)
{
    ac_scope *s = j->scope;
    if (!s)
        return;
    if (j->error && !s->failure)
        s->failure = ac__error_retain(j->error);
    if (--s->active == 0 && s->waiter) {
        ac_frame *w = s->waiter;
        s->waiter = NULL;
        ac__loop_enqueue(w->coro);
    }
}

void ac__coro_complete(ac_coro *co)
{
    co->job.state = AC__JOB_COMPLETED;
    ac__coro_trim(co);              /* a handle may outlive it: no spare */
    if (co->loop)
        co->loop->live--;
    wake_waiters(&co->job);
    notify_scope(&co->job);
    ac__coro_release(co);           /* the running reference */
}
