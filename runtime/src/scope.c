/*
 * scope.c -- scopes: objects for ordinary code, and the blocks of suspend
 * functions (coroutine_scope, supervisor_scope, with_context, with_timeout).
 *
 * A scope is a job to parent the coroutines launched into it, a context
 * for them to inherit, and the handles it keeps valid until it ends.
 *
 * A scope block runs inside the coroutine that enters it, with its own job
 * (a child of the current one, or of nobody under NonCancellable) as the
 * coroutine's current job, so a cancellation of the scope is seen at the
 * block's suspension points.  Its end -- normal, a jump out, or a throw --
 * completes the body of that job, waits until the job has completed (all
 * children done; never cancelled: a scope always waits), and then either
 * goes on or rethrows the job's final cause: the first failure of a child
 * or the body, or the cancellation.  A timeout block's timer cancels the
 * job with a TimeoutCancellationException; its own timeout is rethrown by
 * ac_with_timeout and swallowed by ac_with_timeout_or_null.
 */
#include "internal.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Kept handles                                                        */
/* ------------------------------------------------------------------ */

int ac__scope_keep(ac_scope *s, ac_job *job)
{
    ac__lock_acquire(&s->lock);
    if (s->nkept == s->kept_cap) {
        size_t cap = s->kept_cap ? 2 * s->kept_cap : 8;
        ac_job **v = ac__realloc(s->kept, cap * sizeof *v);
        if (!v) {
            ac__lock_release(&s->lock);
            return -1;
        }
        s->kept = v;
        s->kept_cap = cap;
    }
    s->kept[s->nkept++] = ac_job_retain(job);
    job->keeper = s;
    ac__lock_release(&s->lock);
    return 0;
}

void ac__scope_unkeep(ac_job *job)
{
    ac_scope *s = job->keeper;
    if (!s)
        return;
    bool found = false;
    ac__lock_acquire(&s->lock);
    for (size_t i = 0; i < s->nkept; i++)
        if (s->kept[i] == job) {
            s->kept[i] = s->kept[--s->nkept];
            found = true;
            break;
        }
    job->keeper = NULL;
    ac__lock_release(&s->lock);
    if (found)
        ac_job_release(job);
}

static void release_kept(ac_scope *s)
{
    ac__lock_acquire(&s->lock);
    ac_job **v = s->kept;
    size_t n = s->nkept;
    s->kept = NULL;
    s->nkept = s->kept_cap = 0;
    for (size_t i = 0; i < n; i++)
        v[i]->keeper = NULL;
    ac__lock_release(&s->lock);
    for (size_t i = 0; i < n; i++)
        ac_job_release(v[i]);
    ac__free(v);
}

static void scope_free(ac_scope *s)
{
    release_kept(s);
    ac_error_release(s->timeout);
    ac_job_release(s->job);
    ac_ctx_release(s->ctx);
    ac__free(s);
}

/* ------------------------------------------------------------------ */
/* Scope objects                                                       */
/* ------------------------------------------------------------------ */

static ac_scope *scope_alloc(void)
{
    ac_scope *s = ac__malloc(sizeof *s);
    if (s) {
        memset(s, 0, sizeof *s);
        ac__lock_init(&s->lock);
    }
    return s;
}

ac_scope *ac_scope_new(ac_ctx *ctx)
{
    ac_scope *s = scope_alloc();
    bool oom = !s;
    if (s) {
        ac_job *j = ac_ctx_get_job(ctx);
        ac_error *err = NULL;
        s->job = j ? ac_job_retain(j) : ac_job_new(NULL);
        s->ctx = ac__ctx_merge(ctx, NULL, &err);
        oom = err || !s->job;
        ac_error_release(err);
    }
    ac_ctx_release(ctx);
    if (oom && s) {
        scope_free(s);
        s = NULL;
    }
    return s;
}

void ac_scope_cancel(ac_scope *scope, ac_error *cause)
{
    if (scope && scope->job)
        ac_job_cancel(scope->job, cause);
    else
        ac_error_release(cause);
}

void ac_scope_cancel_children(ac_scope *scope, ac_error *cause)
{
    if (scope && scope->job)
        ac_job_cancel_children(scope->job, cause);
    else
        ac_error_release(cause);
}

ac_job *ac_scope_job(const ac_scope *scope)
{
    return scope ? scope->job : NULL;
}

ac_ctx *ac_scope_context(const ac_scope *scope)
{
    return scope ? scope->ctx : NULL;
}

static ac_scope global_scope = {.lock = AC__LOCK_INIT};

ac_scope *ac_global_scope(void)
{
    return &global_scope;
}

void ac_scope_release(ac_scope *scope)
{
    if (scope && scope != &global_scope)
        scope_free(scope);
}

/* ------------------------------------------------------------------ */
/* Scope blocks                                                        */
/* ------------------------------------------------------------------ */

static void set_current(ac_coro *co, ac_job *j)
{
    ac__lock_acquire(&co->park_lock);
    co->cur = j;
    ac__lock_release(&co->park_lock);
}

static void timeout_fire(ac__timer *t)
{
    ac_scope *s = (ac_scope *)((char *)t - offsetof(ac_scope, timer));
    ac__job_cancel(s->job, ac_error_retain(s->timeout));
}

static int open_timeout(ac_scope *s, int64_t ms)
{
    s->timeout = ac_error_new(&AC_TIMEOUT, "Timed out waiting for %lld ms",
                              (long long)ms);
    if (s->timeout == ac__error_oom()) {
        /* Not the timeout: the close of a _or_null block must not take
         * the out-of-memory failure for its own timeout and swallow it. */
        s->timeout = NULL;
        return -1;
    }
    if (ms <= 0) {
        timeout_fire(&s->timer);
        return 0;                   /* the body does not run */
    }
    s->timer.fire = timeout_fire;
    return ac__loop_add_timer(s->co->loop, &s->timer, ms) != 0 ? -1 : 1;
}

/* The frame of the block's ac__scope_join, allocated at open. */
typedef struct {
    ac_frame hdr;
    ac_scope *scope;
} scope_join_frame;

static ac_frame *reserve_join_frame(ac_coro *co, ac_scope *s)
{
    scope_join_frame *fr = ac__frame_alloc(co, sizeof *fr,
                                           ac__scope_join_resume, NULL);
    if (!fr)
        return NULL;
    fr->scope = s;
    s->join = &fr->hdr;
    return &fr->hdr;
}

/* ac_with_lock(m): the lock is taken after the block's job exists, so
 * that a cancellation of the waiting block is the job's.  1: got it (run
 * the body); 2: waiting (the frame suspends; ac__scope_entered says how it
 * ended); 0: skip the body, the scope fails (close rethrows). */
static void unwait_lock(ac_coro *co, void *arg)
{
    (void)co;
    ac_scope *s = arg;
    ac__mutex_unwait(s->mutex, &s->mutex_node);
    ac__wait_uncount(&s->mutex_counted, false);
}

static int open_lock(ac_scope *s, ac_mutex *m)
{
    s->mutex = m;
    if (!m) {
        ac__scope_fail_with(s, ac_error_new(&AC_ILLEGAL_ARGUMENT, "ac_with_lock of NULL"));
        return 0;
    }
    int r = ac__mutex_lock_scope(m, s->co, &s->mutex_node, unwait_lock, s);
    if (r < 0) {
        s->mutex = NULL;
        ac__scope_fail_with(s, ac__job_cancellation_error(s->job));
        return 0;
    }
    s->mutex_held = r == 1;
    if (r == 0)                     /* a plain thread may unlock it */
        s->mutex_counted = ac__wait_count(s->co, false);
    return r == 1 ? 1 : 2;
}

int ac__scope_open(ac_scope **slot, ac_frame *fr, int kind, ac_ctx *ctx,
                   int64_t ms, int *ok)
{
    ac_coro *co = fr->coro;
    ac_job *parent = co->cur;
    ac_mutex *mutex = NULL;
    if (kind == AC__SCOPE_LOCK) {       /* the lock travels in ctx's place */
        mutex = (ac_mutex *)(void *)ctx;
        ctx = NULL;
    }
    *slot = NULL;
    ac_scope *s = scope_alloc();
    ac_job *j = s ? ac__malloc(sizeof *j) : NULL;
    ac_error *err = j ? NULL : ac__error_oom();
    ac_ctx *merged = err ? NULL : ac__ctx_merge(parent->ctx, ctx, &err);
    if (ac__ctx_find(ctx, AC__CTX_JOB, NULL))
        parent = ac_ctx_get_job(ctx);
    else if (ac_ctx_is_non_cancellable(ctx))
        parent = NULL;
    ac_ctx_release(ctx);
    /* The join frame is reserved now, under the body's frames (the arena
     * is LIFO, and they are all gone when the block exits), so that the
     * exit's ac__scope_join can never fail to allocate: a block whose
     * children were not waited for cannot be closed. */
    ac_frame *join = err ? NULL : reserve_join_frame(co, s);
    if (!err && !join)
        err = ac__error_oom();
    if (err) {
        ac__free(j);
        ac__free(s);
        ac_ctx_release(merged);
        ac__fail(fr, err);
        return -1;
    }
    memset(j, 0, sizeof *j);
    ac__job_init(j, AC__KIND_SCOPE, kind == AC__SCOPE_SUPERVISOR, merged);
    j->co = co;
    s->job = j;
    s->ctx = ac_ctx_retain(merged);
    s->co = co;
    s->kind = kind;
    s->ok = ok;
    s->saved_cur = co->cur;
    s->outer = co->scopes;
    co->scopes = s;
    ac__job_attach(j, parent, false);
    set_current(co, j);
    *slot = s;
    if (ok)
        *ok = 1;
    if (kind == AC__SCOPE_LOCK)
        return open_lock(s, mutex);
    ac__loop *to = kind == AC__SCOPE_CONTEXT ? ac__ctx_loop(merged) : NULL;
    if (to && to != co->loop) {
        s->home = co->loop;             /* the join comes back to it */
        ac__coro_hop_after_step(co, to);
        return 2;
    }
    if (kind == AC__SCOPE_TIMEOUT || kind == AC__SCOPE_TIMEOUT_OR_NULL) {
        int r = open_timeout(s, ms);
        if (r < 0) {
            ac__scope_fail_with(s, ac__error_oom());
            return 0;               /* close reports it */
        }
        return r;
    }
    return 1;
}

void ac__scope_fail_with(ac_scope *s, ac_error *e)
{
    if (s->body_done) {
        ac_error_release(e);
        return;
    }
    s->body_done = true;
    ac__job_body_done(s->job, e);
}

void ac__scope_fail(ac_scope *scope, ac_frame *fr)
{
    ac__scope_fail_with(scope, ac__catch(fr));
}

/* ac__scope_join: completes the body, then waits for the job. */

static void unwait(ac_coro *co, void *arg)
{
    (void)co;
    ac_scope *s = arg;
    ac__job_remove_node(s->job, &s->waiter);
}

/* The children are done: back to the dispatcher the block switched from
 * (state 2), or on at once. */
static ac_status go_home(ac_frame *self, ac_scope *s)
{
    if (!s->home || self->coro->loop == s->home)
        return AC_DONE;
    ac__coro_hop_after_step(self->coro, s->home);
    self->state = 2;
    return AC_SUSPENDED;
}

ac_status ac__scope_join_resume(ac_frame *self)
{
    ac_scope *s = ((scope_join_frame *)self)->scope;
    if (self->state == 2)
        return AC_DONE;                     /* home again */
    if (!s->body_done) {
        s->body_done = true;
        ac__job_body_done(s->job, NULL);
    }
    if (ac__job_is_final(s->job))
        return go_home(self, s);
    uint64_t seq = ac__park(self->coro, false, unwait, s);
    s->waiter = (ac__jnode){.co = self->coro, .seq = seq};
    self->state = 1;                        /* before the wake-up can happen */
    if (!ac__job_add_node(s->job, &s->waiter)) {
        ac__unpark(self->coro);             /* completed meanwhile */
        self->state = 0;
        return go_home(self, s);
    }
    return AC_SUSPENDED;                    /* co may run elsewhere already */
}

int ac__scope_entered(ac_scope *s, ac_frame *fr)
{
    ac_coro *co = fr->coro;
    if (s->mutex && !s->mutex_held) {       /* ac_with_lock's wait ended */
        (void)ac__park_interrupted(co);
        ac__wait_uncount(&s->mutex_counted, false);
        if (ac__mutex_wait_done(s->mutex, &s->mutex_node) == 0) {
            s->mutex_held = true;           /* even if cancelled: atomic */
            return 0;
        }
        s->mutex = NULL;
        ac__fail(fr, ac__job_cancellation_error(s->job));
        return -1;
    }
    if (!co->hop_failed)
        return 0;
    co->hop_failed = false;
    s->home = NULL;                         /* never left */
    ac__loop *to = ac__ctx_loop(s->ctx);
    ac__fail(fr, ac__refused_error(to, NULL));
    return -1;
}

/* Never NULL for an open block: its frame was reserved by ac__scope_open
 * and is the arena's top allocation again when the block exits. */
ac_frame *ac__scope_join__ac_new(ac_coro *co, void *res, ac_scope *scope)
{
    ac_frame *fr = scope ? scope->join : NULL;
    (void)res;
    if (!fr || fr->coro != co || fr->state != 0)
        return NULL;                    /* not this coroutine's open block */
    return fr;
}

/* Leaves the block: no timer, no interrupts, the outer current job. */
static void leave(ac_scope *s, ac_coro *co)
{
    if (s->mutex_held) {
        s->mutex_held = false;
        ac_mutex_unlock(s->mutex, NULL);
    }
    ac__loop_remove_timer(&s->timer);   /* if armed: it knows its heap */
    ac__lock_acquire(&s->job->lock);
    s->job->co = NULL;
    ac__lock_release(&s->job->lock);
    set_current(co, s->saved_cur);
    co->scopes = s->outer;
}

ac_status ac__scope_close(ac_scope *s, ac_frame *fr)
{
    ac_coro *co = fr->coro;
    leave(s, co);
    ac_error *e = ac_error_retain(s->job->final);
    if (e && e == s->timeout && s->kind == AC__SCOPE_TIMEOUT_OR_NULL) {
        if (s->ok)
            *s->ok = 0;             /* NULL: the caller does not ask */
        ac_error_release(e);
        e = NULL;
    }
    if (co->hop_failed) {                   /* the way home was closed */
        co->hop_failed = false;
        if (!e)
            e = ac__refused_error(s->home, NULL);
    }
    scope_free(s);
    return e ? ac__fail(fr, e) : AC_DONE;
}

void ac__scope_abandon_all(ac_coro *co)
{
    while (co->scopes) {
        ac_scope *s = co->scopes;
        ac__scope_fail_with(s, NULL);
        leave(s, co);
        scope_free(s);
    }
}
