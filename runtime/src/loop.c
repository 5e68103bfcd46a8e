/*
 * loop.c -- one-thread event loops (the one of ac_run_blocking, single-
 * thread dispatchers, loops driven by the program), and what every kind
 * of dispatcher shares: starting, waking, switching (ac__dispatch routes
 * to pool.c and view.c), timers, live accounting.
 *
 * A loop is a FIFO of ready coroutines and a heap of timers, run by one
 * thread.  Each turn takes in what other threads enqueued, moves the due
 * timers' coroutines to the queue, then runs one coroutine until it
 * suspends or completes.  With nothing ready it waits on its condition
 * variable until the earliest timer or a wake-up from another thread.
 *
 * run_blocking's loop runs on the caller's thread until the root job has
 * completed and no coroutine of the loop is left.  When nothing can ever
 * happen any more (nothing ready, no timer, no coroutine on another loop,
 * nothing another thread was asked to do), that is a deadlock: the loop
 * cancels its coroutines so their cleanup runs, then ends the ones still
 * stuck, and run_blocking returns an AC_DEADLOCK error naming where each
 * one waited.
 */
#define _GNU_SOURCE                     /* pthread_setname_np */
#include "internal.h"

#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <string.h>
#include <time.h>

static _Thread_local ac__loop *current;
atomic_size_t ac__live_total;

ac__loop *ac__loop_current(void)
{
    return current;
}

void ac__loop_set_current(ac__loop *l)
{
    current = l;
}

int64_t ac__now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int ac__loop_init(ac__loop *l)
{
    memset(l, 0, sizeof *l);
    ac__lock_init(&l->live_lock);
    l->efd = -1;
    pthread_condattr_t attr;
    if (pthread_condattr_init(&attr) != 0)
        return -1;
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    int rc = pthread_cond_init(&l->cv, &attr);
    pthread_condattr_destroy(&attr);
    if (rc != 0)
        return -1;
    if (pthread_mutex_init(&l->mu, NULL) != 0) {
        pthread_cond_destroy(&l->cv);
        return -1;
    }
    return 0;
}

static void loop_destroy(ac__loop *l)
{
    if (l->efd >= 0)
        close(l->efd);
    ac__timer_heap_free(&l->timers);
    pthread_mutex_destroy(&l->mu);
    pthread_cond_destroy(&l->cv);
}

/* A loop on the heap, counted: contexts naming it as their dispatcher
 * keep it, so a late launch finds it closed instead of freed. */
static ac__loop *loop_new(void)
{
    ac__loop *l = ac__malloc(sizeof *l);
    if (!l)
        return NULL;
    if (ac__loop_init(l) != 0) {
        ac__free(l);
        return NULL;
    }
    atomic_init(&l->refs, 1);
    return l;
}

ac__loop *ac__loop_retain(ac__loop *l)
{
    if (l && !l->immortal)
        atomic_fetch_add_explicit(&l->refs, 1, memory_order_relaxed);
    return l;
}

void ac__loop_release(ac__loop *l)
{
    if (!l || l->immortal ||
        atomic_fetch_sub_explicit(&l->refs, 1, memory_order_acq_rel) != 1)
        return;
    if (l->kind == AC__DISP_VIEW)
        ac__loop_release(l->base);
    ac__registry_remove(l);
    loop_destroy(l);
    ac__free(l);
}

/* ------------------------------------------------------------------ */
/* Ready queues                                                        */
/* ------------------------------------------------------------------ */

/* Makes a driven loop's eventfd readable (the program's poll wakes up). */
static void signal_fd(int fd)
{
    uint64_t one = 1;
    while ((ac__fault(AC__FAULT_IO) ? (errno = EINTR, -1) : write(fd, &one, sizeof one)) < 0 &&
           errno == EINTR) {
    }
}

/* Puts co on l's queue: -1 if l came from another thread and is closed. */
static int loop_enqueue(ac__loop *l, ac_coro *co)
{
    assert(!co->queued);            /* one wake-up per suspension */
    ac__stat.enqueues++;
    if (l == current) {
        co->queued = true;
        ac__queue_push(&l->ready_head, &l->ready_tail, co);
        return 0;
    }
    pthread_mutex_lock(&l->mu);
    if (l->closed) {
        pthread_mutex_unlock(&l->mu);
        return -1;
    }
    co->queued = true;
    ac__queue_push(&l->remote_head, &l->remote_tail, co);
    atomic_store_explicit(&l->remote_any, true, memory_order_release);
    if (l->sleeping)
        pthread_cond_signal(&l->cv);
    if (l->efd >= 0)
        signal_fd(l->efd);
    pthread_mutex_unlock(&l->mu);
    return 0;
}

int ac__dispatch(ac__loop *l, ac_coro *co, int how)
{
    switch (l->kind) {
    case AC__DISP_POOL:
        return ac__pool_submit(l->pool, co, how);
    case AC__DISP_VIEW:
        return ac__view_submit(l, co, how);
    case AC__DISP_UNCONFINED:
        return ac__unconfined_submit(co, how);
    default:
        return loop_enqueue(l, co);
    }
}

/* A wake-up: co's loop cannot be closed while co is parked on it (a loop
 * closes only when none of its coroutines is left; pools take wake-ups
 * even when stopped). */
void ac__loop_enqueue(ac_coro *co)
{
    int rc = ac__dispatch(co->loop, co, AC__WAKE);
    assert(rc == 0);
    (void)rc;
}

/* Moves what other threads queued to the ready queue.  Called before
 * every step, so the mutex is taken only when the flag says something
 * came; one that comes just after the look is found by the next one, and
 * the loop never sleeps without looking under the mutex (wait_for_work). */
static void take_remote(ac__loop *l)
{
    if (!atomic_load_explicit(&l->remote_any, memory_order_acquire))
        return;
    pthread_mutex_lock(&l->mu);
    ac_coro *h = l->remote_head, *t = l->remote_tail;
    l->remote_head = l->remote_tail = NULL;
    atomic_store_explicit(&l->remote_any, false, memory_order_relaxed);
    pthread_mutex_unlock(&l->mu);
    if (!h)
        return;
    if (l->ready_tail)
        l->ready_tail->next_ready = h;
    else
        l->ready_head = h;
    l->ready_tail = t;
}

static ac_coro *dequeue(ac__loop *l)
{
    ac_coro *co = ac__queue_pop(&l->ready_head, &l->ready_tail);
    if (co)
        co->queued = false;
    return co;
}

/* ------------------------------------------------------------------ */
/* Coroutines and timers                                               */
/* ------------------------------------------------------------------ */

/* The live list is the loop thread's, but changed under live_lock
 * (uncontended but for a dump): ac_dump (dump.c) reads it from other
 * threads. */
static void link_live(ac__loop *l, ac_coro *co)
{
    ac__lock_acquire(&l->live_lock);
    co->prev_live = l->live_tail;
    co->next_live = NULL;
    if (l->live_tail)
        l->live_tail->next_live = co;
    else
        l->live_head = co;
    l->live_tail = co;
    ac__lock_release(&l->live_lock);
}

/* Another thread may start coroutines on l (the default loop): those
 * arrive through the remote queue and are linked when first run. */
int ac__loop_start(ac__loop *l, ac_coro *co)
{
    co->loop = co->home = l;
    co->started = true;
    atomic_fetch_add_explicit(&ac__live_total, 1, memory_order_relaxed);
    if (l->kind != AC__DISP_LOOP) {
        ac__pool *p = ac__pool_of(l);
        if (!p) {                       /* Unconfined with no Default pool */
            co->started = false;
            atomic_fetch_sub_explicit(&ac__live_total, 1, memory_order_relaxed);
            return -1;
        }
        ac__pool_register(p, co);
        if (ac__dispatch(l, co, AC__START) == 0)
            return 0;
        ac__pool_unlink(co);
        co->started = false;
        atomic_fetch_sub_explicit(&ac__live_total, 1, memory_order_relaxed);
        return -1;
    }
    if (l == current) {
        co->id = ++l->next_id;
        link_live(l, co);
        l->live++;
    } else {
        co->id = 0;                 /* numbered by the loop's thread */
    }
    if (loop_enqueue(l, co) != 0) {
        co->started = false;
        atomic_fetch_sub_explicit(&ac__live_total, 1, memory_order_relaxed);
        return -1;
    }
    return 0;
}

/* Live counts stay with the home loop, which counts a coroutine visiting
 * another loop as `away` (it is not stuck), while the loop it visits
 * counts it in `live` (it must not end under it).  Only one-thread loops
 * count: pools never end and are never stuck. */
static void depart(ac__loop *from, ac_coro *co)
{
    if (from->kind != AC__DISP_LOOP)
        return;
    if (from == co->home)
        atomic_fetch_add_explicit(&from->away, 1, memory_order_relaxed);
    else
        from->live--;
}

/* On the loop's thread, a coroutine that hopped here. */
static void arrive(ac__loop *l, ac_coro *co)
{
    co->arriving = false;
    if (l->kind != AC__DISP_LOOP)
        return;
    if (l == co->home)
        atomic_fetch_sub_explicit(&l->away, 1, memory_order_release);
    else
        l->live++;
}

ac_error *ac__refused_error(ac__loop *to, const char *op)
{
    const char *name = to && to->name[0] ? to->name : "loop";
    ac__pool *p = to ? ac__pool_of(to) : NULL;
    if (p && !ac__pool_stopped(p) && to->kind != AC__DISP_UNCONFINED)
        return ac_error_new(&AC_ILLEGAL_STATE,
                            "%s%sdispatcher %s has no thread and could not start one",
                            op ? op : "", op ? ": " : "", name);
    return ac_error_new(&AC_ILLEGAL_STATE, "%s%sdispatcher %s is closed",
                        op ? op : "", op ? ": " : "", name);
}

void ac__loop_hop(ac_coro *co, ac__loop *to)
{
    ac__loop *from = co->loop;
    if (!to) {                          /* a pool that could not start */
        co->hop_failed = true;
        ac__loop_enqueue(co);
        return;
    }
    depart(from, co);
    co->loop = to;
    co->arriving = to->kind == AC__DISP_LOOP;
    if (ac__dispatch(to, co, AC__HOP) == 0)
        return;
    /* closed: stay here, and say so */
    co->loop = from;
    co->arriving = false;
    co->hop_failed = true;
    if (from->kind == AC__DISP_LOOP) {
        if (from == co->home)
            atomic_fetch_sub_explicit(&from->away, 1, memory_order_relaxed);
        else
            from->live++;
    }
    ac__loop_enqueue(co);
}

/* Remote starts are registered on the loop's thread before they run. */
static void adopt(ac__loop *l, ac_coro *co)
{
    if (co->arriving)
        arrive(l, co);
    if (co->id)
        return;
    co->id = ++l->next_id;
    link_live(l, co);
    l->live++;
}

void ac__loop_unlink(ac_coro *co)
{
    if (co->listed) {
        ac__pool_unlink(co);
        return;
    }
    ac__loop *l = co->loop;
    if (!l || !(co->prev_live || co->next_live || l->live_head == co))
        return;
    ac__lock_acquire(&l->live_lock);    /* for ac_dump, see link_live */
    if (co->prev_live)
        co->prev_live->next_live = co->next_live;
    else
        l->live_head = co->next_live;
    if (co->next_live)
        co->next_live->prev_live = co->prev_live;
    else
        l->live_tail = co->prev_live;
    co->prev_live = co->next_live = NULL;
    ac__lock_release(&l->live_lock);
}

/* co's body is over; a one-thread loop counts it out (loop's thread). */
void ac__loop_coro_ended(ac_coro *co)
{
    if (co->listed) {
        ac__pool_unlink(co);
        return;
    }
    ac__loop *l = co->loop;
    if (l && (co->prev_live || co->next_live || l->live_head == co)) {
        l->live--;
        ac__loop_unlink(co);
    }
}

static int64_t deadline_from(int64_t now, int64_t ms)
{
    if (ms > (INT64_MAX - now) / 1000000)
        return INT64_MAX;               /* "forever" */
    return now + ms * 1000000;
}

int64_t ac__deadline_after(int64_t ms)
{
    return deadline_from(ac__now_ns(), ms);
}

int64_t ac__loop_now(const ac__loop *l)
{
    return l->vtime ? atomic_load_explicit(&l->vnow, memory_order_relaxed) : ac__now_ns();
}

int ac__loop_add_timer(ac__loop *l, ac__timer *t, int64_t ms)
{
    t->deadline = deadline_from(ac__loop_now(l), ms);
    if (l->kind != AC__DISP_LOOP)
        return ac__pool_add_timer(ac__pool_of(l), t);
    if (ac__timer_heap_push(&l->timers, t) != 0)
        return -1;
    t->owner = l;
    t->armed = true;
    return 0;
}

void ac__loop_remove_timer(ac__timer *t)
{
    ac__loop *owner = t->owner;
    if (!owner)
        return;                         /* never armed */
    if (owner->kind == AC__DISP_POOL) {
        ac__pool_remove_timer(owner->pool, t);
        return;
    }
    if (t->armed) {
        ac__timer_heap_remove(&owner->timers, t);
        t->armed = false;
    }
}

static void fire_due_timers(ac__loop *l)
{
    int64_t now = ac__loop_now(l);
    ac__timer *t;
    while ((t = ac__timer_heap_pop_due(&l->timers, now))) {
        t->armed = false;
        if (t->fire)
            t->fire(t);
        else
            ac__wake(t->co, t->wake_seq);
    }
}

/* ------------------------------------------------------------------ */
/* Running                                                             */
/* ------------------------------------------------------------------ */

/* Waits for a remote wake-up or until `deadline` (< 0: no deadline). */
void ac__loop_poke(ac__loop *l)
{
    pthread_mutex_lock(&l->mu);
    l->poked = true;
    if (l->sleeping)
        pthread_cond_signal(&l->cv);
    if (l->efd >= 0)
        signal_fd(l->efd);
    pthread_mutex_unlock(&l->mu);
}

static void wait_for_work(ac__loop *l, int64_t deadline)
{
    pthread_mutex_lock(&l->mu);
    bool poked = l->poked;
    l->poked = false;
    if (!poked && !l->remote_head && !atomic_load_explicit(&l->stop, memory_order_relaxed) &&
        !l->stop_when_idle) {
        l->sleeping = true;
        if (deadline < 0) {
            pthread_cond_wait(&l->cv, &l->mu);
        } else {
            struct timespec ts = {
                .tv_sec = (time_t)(deadline / 1000000000),
                .tv_nsec = (long)(deadline % 1000000000),
            };
            pthread_cond_timedwait(&l->cv, &l->mu, &ts);
        }
        l->sleeping = false;
    }
    pthread_mutex_unlock(&l->mu);
}

static bool remote_pending(ac__loop *l)
{
    pthread_mutex_lock(&l->mu);
    bool p = l->remote_head != NULL;
    pthread_mutex_unlock(&l->mu);
    return p;
}

/* Nothing here can run and nothing elsewhere can wake us.  The loops of
 * enclosing run_blockings on this thread cannot run while we do, so their
 * coroutines do not count as "elsewhere". */
static bool stuck(ac__loop *l)
{
    size_t total = atomic_load_explicit(&ac__live_total, memory_order_acquire);
    size_t here = 0;
    for (ac__loop *o = l; o; o = o->outer)
        here += o->live;
    return !l->forever && ac__timer_heap_size(&l->timers) == 0 && l->external_waits == 0 &&
           atomic_load_explicit(&l->away, memory_order_acquire) == 0 &&
           total <= here && !remote_pending(l) &&
           (l->foreign_waits == 0 || !ac__other_user_threads());
}

/* A dispatcher told to stop once idle: nothing left, nothing coming. */
static bool idle_stop(ac__loop *l)
{
    if (!l->forever || l->live || ac__timer_heap_size(&l->timers) ||
        atomic_load_explicit(&l->away, memory_order_acquire))
        return false;
    pthread_mutex_lock(&l->mu);
    bool stop = l->stop_when_idle && !l->remote_head;
    if (stop)
        l->closed = true;
    pthread_mutex_unlock(&l->mu);
    return stop;
}

/* Closes l unless something arrived since run() saw it empty: 1 if closed. */
static bool close_if_drained(ac__loop *l)
{
    pthread_mutex_lock(&l->mu);
    bool drained = !l->remote_head;
    if (drained)
        l->closed = true;
    pthread_mutex_unlock(&l->mu);
    return drained;
}

/* ASYNCC_DEBUG=1: a dispatcher's thread carries the name of the coroutine
 * it runs (ps, top, gdb show it), as Kotlin's debug mode names threads. */
bool ac__debug_mode(void)
{
    static atomic_int mode = -1;        /* threads may race to fill it: same value */
    int m = atomic_load_explicit(&mode, memory_order_relaxed);
    if (m < 0) {
        const char *v = getenv("ASYNCC_DEBUG");
        m = v && *v && strcmp(v, "0") != 0;
        atomic_store_explicit(&mode, m, memory_order_relaxed);
    }
    return m;
}

void ac__name_thread(const char *name)
{
    char buf[16];                       /* Linux: 15 characters */
    size_t n = strnlen(name, sizeof buf - 1);
    memcpy(buf, name, n);
    buf[n] = '\0';
    pthread_setname_np(pthread_self(), buf);
}

void ac__run_step(const char *thread_name, ac_coro *co)
{
    ac__loop *via = co->loop;           /* a view's permit is released after */
    bool viewed = via->kind == AC__DISP_VIEW;
    if (viewed)
        ac__loop_retain(via);
    bool named = thread_name && ac__debug_mode();
    if (named) {
        char buf[48];                   /* Kotlin's "@name#id" */
        const char *n = ac_ctx_get_name(co->job.ctx);
        snprintf(buf, sizeof buf, "%.30s#%llu", n ? n : "coroutine", (unsigned long long)co->id);
        ac__name_thread(buf);
    }
    ac__coro_run(co);                   /* may free co */
    if (named)
        ac__name_thread(thread_name);
    if (viewed) {
        ac__view_step_done(via);
        ac__loop_release(via);
    }
}

static void run_coro(ac__loop *l, ac_coro *co)
{
    ac__run_step(l->thread_named ? l->name : NULL, co);
}

/* Runs until `done(arg)` (0), or until stuck (-1). */
static int run(ac__loop *l, bool (*done)(void *), void *arg)
{
    for (;;) {
        if (atomic_load_explicit(&l->stop, memory_order_acquire))
            return 0;
        take_remote(l);
        if (ac__timer_heap_size(&l->timers))
            fire_due_timers(l);
        ac_coro *co = dequeue(l);
        if (co) {
            adopt(l, co);
            run_coro(l, co);
            continue;
        }
        if (done && done(arg))
            return 0;
        if (idle_stop(l))
            return 0;
        if (l->vtime && !remote_pending(l) && ac__vtime_idle(l))
            continue;                   /* ac_run_test: the clock moved */
        if (stuck(l))
            return -1;
        ac__timer *t = ac__timer_heap_top(&l->timers);
        wait_for_work(l, t && !l->vtime ? t->deadline : -1);
    }
}

static bool root_done(void *arg)
{
    ac_coro *root = arg;
    ac__loop *l = root->home;
    return ac__job_is_final(&root->job) && l->live == 0 &&
           atomic_load_explicit(&l->away, memory_order_acquire) == 0;
}

static bool all_done(void *arg)
{
    return ((ac__loop *)arg)->live == 0;
}

/* After a deadlock: cancel everything so finally blocks run; what is still
 * stuck after that (waiting under NonCancellable) has its body ended by
 * force, which completes its job and may release others. */
static void resolve_deadlock(ac__loop *l)
{
    for (ac_coro *c = l->live_head; c; c = c->next_live)
        ac__job_cancel(c->cur, ac_error_new(&AC_JOB_CANCELLATION,
                                            "run_blocking deadlocked"));
    while (run(l, all_done, l) != 0) {
        ac_coro *c = l->live_tail;      /* children before their parents */
        ac__stat.torn_down++;
        ac__coro_abandon(c);
    }
}

/* Runs the loop until `done`, and then until it could be closed with
 * nothing queued (a launch from another thread may arrive at the last
 * moment).  0, or -1 if stuck. */
static int run_to_close(ac__loop *l, bool (*done)(void *), void *arg)
{
    for (;;) {
        if (run(l, done, arg) != 0)
            return -1;
        if (close_if_drained(l))
            return 0;
    }
}

ac_error *ac__run_blocking(ac_ctx *ctx, ac_frame *root, void *out,
                           size_t result_size)
{
    ac__loop *loop = root ? loop_new() : NULL;
    if (!loop) {
        ac_ctx_release(ctx);
        if (root)
            ac_job_release(&root->coro->job);
        return ac__error_oom();
    }
    loop->outer = current;
    loop->vtime = ac__ctx_is_test(ctx);
    current = loop;
    ac__registry_add(loop);             /* ac_dump; ASYNCC_DEBUG's dumps */

    ac_coro *co = root->coro;
    ac_job_retain(&co->job);            /* ours: read the result after it ends */
    ac_error *err = NULL;
    ac_ctx *here = ac__ctx_for_loop(loop);
    if (!here) {
        ac_ctx_release(ctx);
        ac_job_release(&co->job);       /* never started: frees it */
        err = ac__error_oom();
    } else if ((err = ac__coro_launch(co, root, AC__KIND_BLOCKING, NULL, NULL, ctx,
                                      here, false)) != NULL) {
        /* not started (out of memory, a failed context): err says why */
    } else if (run_to_close(loop, root_done, co) != 0) {
        err = ac__deadlock_error(loop);
        resolve_deadlock(loop);
        while (!close_if_drained(loop))
            run(loop, all_done, loop);
    } else if (co->job.final) {
        err = ac_error_retain(co->job.final);
    } else if (out) {
        memcpy(out, ac__coro_result(co),
               result_size < co->result_size ? result_size : co->result_size);
    }
    ac_job_release(&co->job);
    current = loop->outer;
    pthread_mutex_lock(&loop->mu);
    loop->closed = true;                /* the OOM paths above */
    pthread_mutex_unlock(&loop->mu);
    ac__loop_release(loop);             /* contexts naming it may live on */
    return err;
}

/* ------------------------------------------------------------------ */
/* Dispatcher objects                                                  */
/* ------------------------------------------------------------------ */

ac__loop *ac__loop_default(void)
{
    return ac__pool_default();
}

ac_dispatcher *ac_dispatcher_default(void)
{
    return ac__pool_default();
}

ac_dispatcher *ac_dispatcher_io(void)
{
    return ac__pool_io();
}

static void *single_main(void *arg)
{
    ac__loop *l = arg;
    current = l;
    l->thread_named = true;
    ac__name_thread(l->name);
    atomic_fetch_add(&ac__runtime_threads, 1);
    run(l, NULL, NULL);                 /* until closed once idle */
    atomic_fetch_sub(&ac__runtime_threads, 1);
    current = NULL;
    return NULL;
}

ac_dispatcher *ac_dispatcher_new_single_thread(const char *name)
{
    ac__loop *l = loop_new();
    if (!l)
        return NULL;
    l->forever = true;
    snprintf(l->name, sizeof l->name, "%s", name ? name : "single");
    ac__registry_add(l);
    if (ac__thread_create(&l->thread, NULL, single_main, l) != 0) {
        ac__loop_release(l);
        return NULL;
    }
    return l;
}

int ac_dispatcher_close(ac_dispatcher *d)
{
    if (d && d->kind == AC__DISP_VIEW) {
        ac__loop_release(d);            /* no thread: contexts keep it */
        return 0;
    }
    if (!d || d->immortal || !d->forever || d->kind != AC__DISP_LOOP)
        return -1;                      /* the default or a run_blocking loop */
    if (current == d)
        return -1;                      /* would wait for itself */
    pthread_mutex_lock(&d->mu);
    d->stop_when_idle = true;
    pthread_cond_signal(&d->cv);
    pthread_mutex_unlock(&d->mu);
    if (d->efd >= 0) {                  /* driven: drive it to the end here */
        ac__loop *outer = current;
        current = d;
        run(d, NULL, NULL);
        current = outer;
    } else {
        pthread_join(d->thread, NULL);
    }
    ac__loop_release(d);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Loops driven by the program                                         */
/* ------------------------------------------------------------------ */

ac_dispatcher *ac_loop_new(const char *name)
{
    ac__loop *l = loop_new();
    if (!l)
        return NULL;
    l->forever = true;                  /* never "stuck": the program drives it */
    snprintf(l->name, sizeof l->name, "%s", name ? name : "loop");
    ac__registry_add(l);
    errno = EMFILE;
    l->efd = ac__fault(AC__FAULT_EVENTFD) ? -1 : eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (l->efd < 0) {
        ac__loop_release(l);
        return NULL;
    }
    return l;
}

int ac_loop_fd(const ac_dispatcher *d)
{
    return d ? d->efd : -1;
}

int64_t ac_loop_next_timeout(ac_dispatcher *d)
{
    if (!d || d->efd < 0)
        return -1;
    pthread_mutex_lock(&d->mu);
    bool remote = d->remote_head != NULL;
    pthread_mutex_unlock(&d->mu);
    if (remote || d->ready_head)
        return 0;
    ac__timer *t = ac__timer_heap_top(&d->timers);
    if (!t)
        return -1;
    int64_t ns = t->deadline - ac__now_ns();
    return ns <= 0 ? 0 : (ns + 999999) / 1000000;
}

/* One turn: what was ready when it began, and the timers due by then. */
static int run_ready(ac__loop *l)
{
    uint64_t drained;
    while ((ac__fault(AC__FAULT_IO) ? (errno = EINTR, -1)
                                    : read(l->efd, &drained, sizeof drained)) < 0 &&
           errno == EINTR) {
    }
    take_remote(l);
    if (ac__timer_heap_size(&l->timers))
        fire_due_timers(l);
    ac_coro *last = l->ready_tail;
    int n = 0;
    for (ac_coro *co; last && (co = dequeue(l));) {
        bool end = co == last;
        adopt(l, co);
        ac__coro_run(co);
        n++;
        if (end)
            break;
    }
    return n;
}

int ac_loop_run_once(ac_dispatcher *d, int timeout_ms)
{
    if (!d || d->efd < 0 || (current && current != d))
        return -1;                      /* not a driven loop, or inside another */
    ac__loop *outer = current;
    current = d;
    int n = run_ready(d);
    if (n == 0 && timeout_ms != 0) {
        ac__timer *t = ac__timer_heap_top(&d->timers);
        int64_t deadline = timeout_ms < 0 ? -1 : ac__now_ns() + (int64_t)timeout_ms * 1000000;
        if (t && (deadline < 0 || t->deadline < deadline))
            deadline = t->deadline;
        wait_for_work(d, deadline);
        n = run_ready(d);
    }
    current = outer;
    return n;
}

const char *ac_dispatcher_name(const ac_dispatcher *d)
{
    return d ? d->name : NULL;
}

ac_ctx *ac_ctx_dispatcher(ac_dispatcher *d)
{
    return ac__ctx_for_loop_or_fail(d);
}

ac_dispatcher *ac_ctx_get_dispatcher(const ac_ctx *ctx)
{
    return ac__ctx_loop(ctx);
}

ac_dispatcher *ac_current_dispatcher(void)
{
    ac_coro *co = ac__coro_current();
    return co ? co->loop : current;
}
