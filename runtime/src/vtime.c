/*
 * vtime.c -- ac_run_test's virtual clock (kotlinx-coroutines-test's
 * runTest and TestCoroutineScheduler).
 *
 * ac_run_test is ac_run_blocking_ctx with a context element that makes
 * run_blocking's loop a test loop (loop->vtime): its timers are armed and
 * fired on loop->vnow, nanoseconds since the test began, instead of the
 * monotonic clock.  When the loop has nothing ready, run() calls
 * ac__vtime_idle, which moves the clock to the earliest timer at once
 * (no sleeping), so the loop runs everything in virtual time order: equal
 * deadlines in the order they were armed (the heap's sequence numbers),
 * ready coroutines FIFO.
 *
 * The clock waits while a coroutine of the test is away on another
 * dispatcher or waits for I/O: those run in real time, and moving the
 * clock meanwhile would make the order depend on how long they took.
 *
 * The ac_test_* suspend functions park their coroutine as a waiter on the
 * loop's list, woken by ac__vtime_idle when their moment has come:
 *   run_current      nothing is ready at the current virtual time;
 *   advance_time(ms) nothing is ready before now + ms (the clock is then
 *                    set to now + ms, before timers due at that instant);
 *   advance_until_idle  nothing is ready and no timer is left.
 */
#include "internal.h"

enum { VW_CURRENT, VW_ADVANCE, VW_IDLE };

typedef struct ac__vwait {
    struct ac__vwait *next;
    ac__loop *loop;
    ac_coro *co;
    uint64_t seq;
    int kind;
    int64_t target;                     /* VW_ADVANCE: virtual ns */
    bool listed;
} ac__vwait;

static const ac_ctx_key test_clock_key = {"ac_run_test"};

ac_ctx *ac_ctx_test_clock(void)
{
    return ac_ctx_value(&test_clock_key, NULL);
}

bool ac__ctx_is_test(const ac_ctx *ctx)
{
    return ctx && ac__ctx_find(ctx, AC__CTX_VALUE, &test_clock_key) != NULL;
}

/* The test loop of the calling coroutine (or thread), or NULL: its own
 * loop, or the one it started on when it is visiting another dispatcher. */
static ac__loop *test_loop(void)
{
    ac_coro *co = ac__coro_current();
    ac__loop *l = co ? co->loop : ac__loop_current();
    if (l && l->vtime)
        return l;
    if (co && co->home && co->home->vtime)
        return co->home;
    return NULL;
}

int64_t ac_test_current_time(void)
{
    ac__loop *l = test_loop();
    if (!l)
        return -1;
    return atomic_load_explicit(&l->vnow, memory_order_relaxed) / 1000000;
}

static void set_now(ac__loop *l, int64_t ns)
{
    if (ns > atomic_load_explicit(&l->vnow, memory_order_relaxed))
        atomic_store_explicit(&l->vnow, ns, memory_order_relaxed);
}

static void unlist(ac__vwait *w)
{
    if (!w->listed)
        return;
    for (ac__vwait **p = &w->loop->vwaits; *p; p = &(*p)->next) {
        if (*p == w) {
            *p = w->next;
            break;
        }
    }
    w->listed = false;
}

/* Wakes, in the order they came, the waiters `due` says are due. */
static bool wake_due(ac__loop *l, bool (*due)(const ac__vwait *, int64_t), int64_t now)
{
    bool woke = false;
    ac__vwait **p = &l->vwaits;
    while (*p) {
        ac__vwait *w = *p;
        if (!due(w, now)) {
            p = &w->next;
            continue;
        }
        *p = w->next;
        w->listed = false;
        ac__wake(w->co, w->seq);
        woke = true;
    }
    return woke;
}

static bool due_now(const ac__vwait *w, int64_t now)
{
    return w->kind == VW_CURRENT || (w->kind == VW_ADVANCE && w->target <= now);
}

static bool due_idle(const ac__vwait *w, int64_t now)
{
    (void)now;
    return w->kind == VW_IDLE;
}

bool ac__vtime_idle(ac__loop *l)
{
    int64_t now = atomic_load_explicit(&l->vnow, memory_order_relaxed);
    if (wake_due(l, due_now, now))
        return true;
    if (l->external_waits || atomic_load_explicit(&l->away, memory_order_acquire))
        return false;                   /* real time passes out there */
    ac__timer *t = ac__timer_heap_top(&l->timers);
    bool timer = t && t->deadline != INT64_MAX; /* "forever" never comes */
    bool advance = false;
    int64_t target = INT64_MAX;
    for (ac__vwait *w = l->vwaits; w; w = w->next) {
        if (w->kind == VW_ADVANCE && w->target <= target) {
            target = w->target;
            advance = true;
        }
    }
    /* advance_time returns before the timers due at its target */
    if (advance && (!timer || target <= t->deadline)) {
        set_now(l, target);
        return wake_due(l, due_now, target);
    }
    if (timer) {
        set_now(l, t->deadline);        /* run() fires it next */
        return true;
    }
    return wake_due(l, due_idle, now);
}

/* ------------------------------------------------------------------ */
/* ac_test_run_current, ac_test_advance_time, ac_test_advance_until_idle */
/* ------------------------------------------------------------------ */

typedef struct {
    ac_frame hdr;
    int kind;
    int64_t ms;
    ac__vwait w;            /* on the loop's list while suspended */
} vwait_frame;

static void unwait(ac_coro *co, void *arg)
{
    vwait_frame *fr = arg;
    (void)co;
    unlist(&fr->w);
}

static const char *const names[] = {"ac_test_run_current", "ac_test_advance_time",
                                    "ac_test_advance_until_idle"};

static ac_status vwait_resume(ac_frame *self)
{
    vwait_frame *fr = (vwait_frame *)self;
    ac_coro *co = self->coro;
    if (self->state == 1) {
        if (ac__park_interrupted(co)) {
            unwait(co, fr);
            return ac__throw_cancelled(self);
        }
        return AC_DONE;
    }
    if (ac__job_is_cancelling(co->cur))
        return ac__throw_cancelled(self);
    ac__loop *l = co->loop;
    if (l->kind != AC__DISP_LOOP || !l->vtime)
        return ac__fail(self, ac_error_new(&AC_ILLEGAL_STATE,
                                           "%s called outside ac_run_test's dispatcher",
                                           names[fr->kind]));
    uint64_t seq = ac__park(co, true, unwait, fr);
    if (!seq)
        return ac__throw_cancelled(self);
    int64_t now = atomic_load_explicit(&l->vnow, memory_order_relaxed);
    int64_t ms = fr->ms < 0 ? 0 : fr->ms;
    int64_t target = ms > (INT64_MAX - now) / 1000000 ? INT64_MAX : now + ms * 1000000;
    fr->w = (ac__vwait){.loop = l, .co = co, .seq = seq, .kind = fr->kind,
                        .target = target, .listed = true};
    ac__vwait **p = &l->vwaits;
    while (*p)
        p = &(*p)->next;
    *p = &fr->w;
    self->state = 1;
    return AC_SUSPENDED;
}

static ac_frame *vwait_new(ac_coro *co, void *res, int kind, int64_t ms)
{
    vwait_frame *fr = ac__frame_alloc(co, sizeof *fr, vwait_resume, res);
    if (fr) {
        fr->kind = kind;
        fr->ms = ms;
    }
    return fr ? &fr->hdr : NULL;
}

ac_frame *ac_test_run_current__ac_new(ac_coro *co, void *res)
{
    return vwait_new(co, res, VW_CURRENT, 0);
}

ac_frame *ac_test_advance_time__ac_new(ac_coro *co, void *res, int64_t ms)
{
    return vwait_new(co, res, VW_ADVANCE, ms);
}

ac_frame *ac_test_advance_until_idle__ac_new(ac_coro *co, void *res)
{
    return vwait_new(co, res, VW_IDLE, 0);
}
