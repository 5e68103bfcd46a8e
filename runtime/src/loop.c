/*
 * loop.c -- the single-threaded event loop of ac_run_blocking.
 *
 * A FIFO queue of ready coroutines and a heap of timers.  Each turn moves
 * the timers that are due to the queue, then runs one coroutine until it
 * suspends or completes.  With nothing ready it sleeps until the earliest
 * timer; with nothing ready and no timer while coroutines remain, nothing
 * can ever wake them: a deadlock, reported as an error.
 *
 * One loop per thread at a time, found through a thread-local; a nested
 * run_blocking pushes its own loop and restores the outer one.
 */
#include "internal.h"

#include <assert.h>
#include <errno.h>
#include <string.h>
#include <time.h>

static _Thread_local ac__loop *current;

ac__loop *ac__loop_current(void)
{
    return current;
}

int64_t ac__now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void ac__loop_enqueue(ac_coro *co)
{
    ac__loop *l = co->loop;
    assert(!co->queued);            /* one wake-up per suspension */
    co->queued = true;
    co->next_ready = NULL;
    if (l->ready_tail)
        l->ready_tail->next_ready = co;
    else
        l->ready_head = co;
    l->ready_tail = co;
    ac__stat.enqueues++;
}

static ac_coro *dequeue(ac__loop *l)
{
    ac_coro *co = l->ready_head;
    if (co) {
        l->ready_head = co->next_ready;
        if (!l->ready_head)
            l->ready_tail = NULL;
        co->next_ready = NULL;
        co->queued = false;
    }
    return co;
}

void ac__loop_start(ac__loop *l, ac_coro *co, ac_frame *root)
{
    co->loop = l;
    co->id = ++l->next_id;
    co->prev_live = l->live_tail;
    co->next_live = NULL;
    if (l->live_tail)
        l->live_tail->next_live = co;
    else
        l->live_head = co;
    l->live_tail = co;
    l->live++;
    ac__coro_begin(co, root);
    ac__loop_enqueue(co);
}

void ac__loop_unlink(ac_coro *co)
{
    ac__loop *l = co->loop;
    if (!l)
        return;
    if (co->prev_live)
        co->prev_live->next_live = co->next_live;
    else
        l->live_head = co->next_live;
    if (co->next_live)
        co->next_live->prev_live = co->prev_live;
    else
        l->live_tail = co->prev_live;
    co->loop = NULL;
}

int ac__loop_add_timer(ac__loop *l, ac__timer *t, ac_coro *co, int64_t ms)
{
    int64_t now = ac__now_ns();
    if (ms > (INT64_MAX - now) / 1000000)
        t->deadline = INT64_MAX;        /* "forever" */
    else
        t->deadline = now + ms * 1000000;
    t->co = co;
    return ac__timer_heap_push(&l->timers, t);
}

static void fire_due_timers(ac__loop *l)
{
    int64_t now = ac__now_ns();
    ac__timer *t;
    while ((t = ac__timer_heap_top(&l->timers)) && t->deadline <= now) {
        ac__timer_heap_pop(&l->timers);
        ac__loop_enqueue(t->co);
    }
}

static void sleep_until(int64_t deadline)
{
    struct timespec ts = {
        .tv_sec = (time_t)(deadline / 1000000000),
        .tv_nsec = (long)(deadline % 1000000000),
    };
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
        ;
}

/* Runs until every coroutine of the loop completed (0) or none can run
 * any more (-1: deadlock). */
static int run(ac__loop *l)
{
    while (l->live > 0) {
        if (l->timers.n)
            fire_due_timers(l);
        ac_coro *co = dequeue(l);
        if (co)
            ac__coro_run(co);
        else if (l->timers.n)
            sleep_until(ac__timer_heap_top(&l->timers)->deadline);
        else
            return -1;
    }
    return 0;
}

/* Frees every coroutine still registered: after a deadlock, the stuck ones
 * and the children their scopes held.  The scopes are in those coroutines'
 * frames and will never close, so their failure references go first. */
static void teardown(ac__loop *l)
{
    for (ac_coro *c = l->live_head; c; c = c->next_live) {
        ac_scope *s = c->job.scope;
        if (s && s->failure) {
            ac__error_release(s->failure);
            s->failure = NULL;
        }
    }
    while (l->live_head) {
        ac__stat.torn_down++;
        ac__coro_destroy(l->live_head);
    }
    ac__timer_heap_free(&l->timers);
}

ac_error *ac__run_blocking(ac_frame *root, void *out, size_t result_size)
{
    if (!root)
        return ac__error_oom();
    ac__loop loop;
    memset(&loop, 0, sizeof loop);
    loop.outer = current;
    current = &loop;

    ac_coro *co = root->coro;
    ac__coro_retain(co);            /* ours: read the result after it ends */
    ac__loop_start(&loop, co, root);

    ac_error *err = NULL;
    if (run(&loop) != 0) {
        err = ac__deadlock_error(&loop);
    } else {
        if (co->job.error)
            err = ac__error_retain(co->job.error);
        else if (out)
            memcpy(out, ac__coro_result(co),
                   result_size < co->result_size ? result_size : co->result_size);
        ac__coro_release(co);
    }
    teardown(&loop);
    current = loop.outer;
    return err;
}
