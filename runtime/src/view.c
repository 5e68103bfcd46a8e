/*
 * view.c -- dispatchers without threads of their own: limited views of a
 * pool, and Unconfined.
 *
 * A limited view (ac_dispatcher_limited(d, n)) runs its coroutines on d's
 * workers, at most n steps at a time.  Each step holds a permit: a
 * coroutine handed to a view with no permit free waits in the view's
 * queue; when a step ends, its permit goes to the next one waiting
 * (ac__run_step calls ac__view_step_done).  A view of a view holds a
 * permit of each, so both limits hold.
 *
 * Unconfined starts a coroutine in the thread that launches it, at once,
 * and lets it run there until it suspends; a wake-up runs it on the thread
 * that wakes it, after that thread's current step (a worker's or loop's),
 * or on the default pool for a thread that runs no dispatcher.  Kotlin
 * resumes it inside the waker's call; here wake-ups happen under job
 * locks, so it waits for the waker's step to end (decision 49).  Starts
 * nested in an Unconfined step queue on the thread and run after it, as
 * kotlinx's unconfined event loop does, so the C stack stays flat.
 */
#include "internal.h"

#include <stdlib.h>

ac__pool *ac__pool_of(ac__loop *l)
{
    switch (l->kind) {
    case AC__DISP_POOL:
        return l->pool;
    case AC__DISP_VIEW:
        return ac__pool_of(l->base);
    case AC__DISP_UNCONFINED: {
        ac__loop *d = ac__pool_default();
        return d ? d->pool : NULL;
    }
    default:
        return NULL;
    }
}

/* ------------------------------------------------------------------ */
/* Limited views                                                       */
/* ------------------------------------------------------------------ */

int ac__view_submit(ac__loop *v, ac_coro *co, int how)
{
    pthread_mutex_lock(&v->mu);
    if (v->closed) {
        pthread_mutex_unlock(&v->mu);
        return -1;
    }
    if (v->running >= v->limit) {       /* wait for a permit */
        ac__queue_push(&v->remote_head, &v->remote_tail, co);
        pthread_mutex_unlock(&v->mu);
        return 0;
    }
    v->running++;
    pthread_mutex_unlock(&v->mu);
    if (ac__dispatch(v->base, co, how) == 0)
        return 0;
    pthread_mutex_lock(&v->mu);         /* the pool is shut down */
    v->running--;
    pthread_mutex_unlock(&v->mu);
    return -1;
}

void ac__view_step_done(ac__loop *v)
{
    pthread_mutex_lock(&v->mu);
    ac_coro *next = ac__queue_pop(&v->remote_head, &v->remote_tail);
    if (!next)                          /* else the permit passes to it */
        v->running--;
    pthread_mutex_unlock(&v->mu);
    if (next)
        ac__dispatch(v->base, next, AC__WAKE);      /* never refused */
    if (v->base->kind == AC__DISP_VIEW)
        ac__view_step_done(v->base);    /* the base's permit too */
}

ac_dispatcher *ac_dispatcher_limited(ac_dispatcher *d, int n)
{
    if (!d || n < 1 || d->kind == AC__DISP_UNCONFINED)
        return NULL;
    if (d->kind == AC__DISP_LOOP)
        return ac__loop_retain(d);      /* one thread: one step at a time */
    ac__loop *v = ac__malloc(sizeof *v);
    if (!v)
        return NULL;
    if (ac__loop_init(v) != 0) {
        ac__free(v);
        return NULL;
    }
    v->kind = AC__DISP_VIEW;
    v->base = ac__loop_retain(d);
    v->limit = n;
    atomic_init(&v->refs, 1);
    snprintf(v->name, sizeof v->name, "%.20s/%d", d->name, n);
    return v;
}

void ac_dispatcher_release(ac_dispatcher *d)
{
    ac__loop_release(d);
}

int ac_dispatcher_parallelism(const ac_dispatcher *d)
{
    if (!d)
        return -1;
    switch (d->kind) {
    case AC__DISP_POOL:
        return ac__pool_threads(d->pool);
    case AC__DISP_VIEW: {
        int base = ac_dispatcher_parallelism(d->base);
        return base < d->limit ? base : d->limit;
    }
    case AC__DISP_UNCONFINED:
        return 0;
    default:
        return 1;
    }
}

/* ------------------------------------------------------------------ */
/* Unconfined                                                          */
/* ------------------------------------------------------------------ */

static ac__loop unconfined = {
    .kind = AC__DISP_UNCONFINED,
    .immortal = true,
    .forever = true,
    .name = "Unconfined",
};

ac_dispatcher *ac_dispatcher_unconfined(void)
{
    return &unconfined;
}

static _Thread_local int uc_depth;       /* inside an Unconfined run */
static _Thread_local ac_coro *uc_head, *uc_tail;

static void uc_defer(ac_coro *co)
{
    ac__queue_push(&uc_head, &uc_tail, co);
}

static ac_coro *uc_take(void)
{
    return ac__queue_pop(&uc_head, &uc_tail);
}

/* Runs co here and now, then whatever its step started or woke here. */
static void run_here(ac_coro *co)
{
    uc_depth++;
    for (; co; co = uc_take()) {
        co->arriving = false;
        ac__run_step(NULL, co);
    }
    uc_depth--;
}

int ac__unconfined_submit(ac_coro *co, int how)
{
    if (uc_depth > 0) {
        uc_defer(co);
    } else if (how == AC__START || how == AC__HOP) {
        run_here(co);
    } else if (ac__pool_current() ||
               (ac__loop_current() && ac__loop_current()->kind == AC__DISP_LOOP)) {
        /* after this thread's current step: a worker's own queue (a
         * worker's current loop is its pool), or this loop's */
        ac__dispatch(ac__loop_current(), co, AC__REQUEUE);
    } else {
        ac__pool *p = ac__pool_of(&unconfined);
        if (!p)
            return -1;
        ac__pool_submit(p, co, AC__WAKE);
    }
    return 0;
}
