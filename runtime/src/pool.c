/*
 * pool.c -- work-stealing pools: the default dispatcher (one worker per
 * core) and the IO dispatcher (elastic, up to a limit of threads).
 *
 * Each worker has a FIFO and a LIFO slot, under the worker's mutex:
 *
 *   - a coroutine woken by the coroutine running on a worker goes to that
 *     worker's LIFO slot (it is likely to use what the waker just wrote);
 *     the slot's previous occupant moves to the back of the FIFO.  After
 *     a few LIFO runs in a row the FIFO goes first, so two coroutines
 *     waking each other cannot starve the rest.
 *   - a coroutine started or yielding on a worker goes to the back of its
 *     FIFO: a yield lets every other ready coroutine run first.
 *   - anything from outside the pool goes to the injection queue (the
 *     pool loop's remote queue), which every worker looks at first in
 *     one turn out of 61 and whenever its own queue is empty.
 *   - a worker with nothing to do steals half of another worker's FIFO
 *     (or its LIFO slot), starting at a random victim.
 *
 * A coroutine belongs to the pool (co->loop is the pool's loop), not to a
 * worker: whichever worker takes it runs it, and a wake-up from any
 * thread finds it through the pool.
 *
 * A worker that finds nothing is a searcher until it parks (it may search
 * AC__SPIN_ROUNDS more times first, as Go's and kotlinx's schedulers spin):
 * work queued meanwhile finds a searching worker instead of costing a
 * futex wake-up each.  Whoever queues wakes a parked
 * worker only when nobody is searching; the woken worker searches in its
 * turn, and a searcher that finds work wakes the next one if more is
 * queued, so the pool ramps up one worker at a time.  At most half the
 * workers search at once.
 *
 * Idle workers park on the pool's condition variable.  `pending` counts
 * the coroutines queued anywhere in the pool; a worker parks only after
 * it has stopped searching, counted itself in `nidle` and seen pending ==
 * 0, and whoever queues increments pending before reading nspinning and
 * nidle (all sequentially consistent), so one of the two always sees the
 * other: no lost wake-up, and an idle pool uses no CPU.
 *
 * Timers are the pool's, not a worker's: a coroutine may be stolen while
 * its timer is armed, so the heap is shared, under its own mutex.  One
 * parked worker (the timer waiter) sleeps until the earliest deadline on
 * its own condition variable; busy workers fire due timers between steps.
 * A timer is fired outside the lock; removing it meanwhile (its
 * coroutine, cancelled on another worker, leaving) waits until the firing
 * is over, so the timer's memory stays valid while it fires.
 *
 * The IO pool starts threads when a coroutine arrives and no worker is
 * idle, up to its limit, and a worker idle for the keep-alive (5 s,
 * ASYNCC_IO_KEEPALIVE_MS) ends, unless it is the last one.
 */
#define _GNU_SOURCE                     /* pthread_timedjoin_np */
#include "internal.h"

#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define AC__LIFO_STREAK 8               /* LIFO runs before the FIFO goes first */
#define AC__INJECT_EVERY 61             /* turns between forced injection looks */
#define AC__INJECT_BATCH 32             /* taken from the injection queue at once */
/* Extra searches before parking.  Measured on 2 cores (bench/): 4 to 64
 * rounds doubled the cost of a yield across workers (the searcher steals
 * the coroutine its owner was about to run) and did not speed up launches
 * from outside; what helps is the hand-off protocol below, so a searcher
 * looks once. */
#define AC__SPIN_ROUNDS 0
#define AC__IO_LIMIT 64
#define AC__IO_KEEPALIVE_MS 5000

typedef struct ac__worker {
    struct ac__pool *pool;
    int index;
    pthread_t thread;
    bool alive;                         /* its thread runs (pool mu) */
    pthread_mutex_t mu;                 /* queues and live list */
    ac_coro *head, *tail;               /* FIFO */
    size_t n;
    ac_coro *lifo;
    ac_coro *live_head, *live_tail;     /* coroutines registered here */
    unsigned streak;                    /* LIFO runs in a row (owner) */
    unsigned tick;                      /* turns (owner) */
    unsigned rng;                       /* victim choice (owner) */
    bool spinning;                      /* counted in nspinning (owner) */
    int spins;                          /* searches so far (owner) */
    char name[24];                      /* the thread shows 15 of them */
} ac__worker;

struct ac__pool {
    ac__loop *self;                     /* the dispatcher; its mu guards the
                                           injection queue and parking */
    ac__worker *workers;
    int nslots;                         /* workers[] (the IO limit) */
    int fixed;                          /* threads that never retire */
    int64_t keepalive_ns;               /* idle time before the others do */
    int nthreads;                       /* alive (self->mu) */
    atomic_size_t pending;              /* queued anywhere in the pool */
    atomic_int nidle;                   /* parked or about to park */
    atomic_int nspinning;               /* searching for work */
    int handoffs;                       /* wake-ups that make their worker a
                                           searcher (mu) */
    int cv_sleepers;                    /* in or leaving a wait on cv (mu) */
    bool timer_waiter;                  /* a parked worker waits on tcv (mu) */
    pthread_cond_t tcv;
    atomic_bool stop;
    atomic_uint next_slot;              /* live lists for outside starts */
    atomic_uint_fast64_t next_id;
    /* timers */
    pthread_mutex_t tmu;
    pthread_cond_t fired;
    ac__timer_heap timers;
    ac__timer *firing;                  /* fired right now, outside tmu */
    pthread_t firing_thread;
    _Atomic int64_t next_deadline;      /* INT64_MAX: none */
};

static _Thread_local ac__worker *me;

ac__pool *ac__pool_current(void)
{
    return me ? me->pool : NULL;
}

/* ------------------------------------------------------------------ */
/* Queues                                                              */
/* ------------------------------------------------------------------ */

static void fifo_push(ac__worker *w, ac_coro *co)
{
    ac__queue_push(&w->head, &w->tail, co);
    w->n++;
}

static ac_coro *fifo_pop(ac__worker *w)
{
    ac_coro *co = ac__queue_pop(&w->head, &w->tail);
    if (co)
        w->n--;
    return co;
}

static void spawn_worker(ac__pool *p);
static bool start_worker(ac__pool *p, ac__worker *w);

/* Work was queued: unless a worker is searching already, wake a parked one
 * as a searcher (the IO pool starts a thread when none is idle).  The
 * timer waiter is woken only when no other worker sleeps. */
static void notify(ac__pool *p)
{
    if (atomic_load(&p->nspinning) > 0)
        return;                         /* it will find the work */
    if (atomic_load(&p->nidle) > 0) {
        bool spawn = false;
        int none = 0;
        if (!atomic_compare_exchange_strong(&p->nspinning, &none, 1))
            return;                     /* someone else just did this */
        pthread_mutex_lock(&p->self->mu);
        if (p->cv_sleepers > 0 || p->timer_waiter) {
            p->handoffs++;              /* the woken worker searches */
            pthread_cond_signal(p->cv_sleepers > 0 ? &p->self->cv : &p->tcv);
        } else {
            /* Nobody sleeps after all (the idle ones saw the work and
             * left): no searcher to hand over to.  Every worker is awake
             * and looks at `pending` before it parks; an elastic pool's
             * may all be about to block, so it gets a thread. */
            atomic_fetch_sub(&p->nspinning, 1);
            spawn = p->nslots > p->fixed;
        }
        pthread_mutex_unlock(&p->self->mu);
        if (spawn)
            spawn_worker(p);
    } else if (p->nslots > p->fixed) {
        spawn_worker(p);
    }
}

/* Searching: at most half the workers at once. */
static bool start_spinning(ac__worker *w)
{
    ac__pool *p = w->pool;
    int n = atomic_load(&p->nspinning);
    if (2 * n >= ac__pool_threads(p))
        return false;
    atomic_fetch_add(&p->nspinning, 1);
    w->spinning = true;
    w->spins = 0;
    return true;
}

/* w stops searching; found: it has work, and if it was the last searcher
 * and more is queued, the next worker is woken. */
static void stop_spinning(ac__worker *w, bool found)
{
    ac__pool *p = w->pool;
    w->spinning = false;
    if (atomic_fetch_sub(&p->nspinning, 1) == 1 && found && atomic_load(&p->pending) > 0)
        notify(p);
}

static void inject(ac__pool *p, ac_coro *co)
{
    ac__loop *l = p->self;
    pthread_mutex_lock(&l->mu);
    ac__queue_push(&l->remote_head, &l->remote_tail, co);
    pthread_mutex_unlock(&l->mu);
}

/* Starts a thread in the first free slot (pool mu held).  A slot whose
 * thread ended is joined before it is reused. */
static void start_in_free_slot(ac__pool *p)
{
    for (int i = 0; i < p->nslots; i++) {
        ac__worker *w = &p->workers[i];
        if (w->alive)
            continue;
        if (w->thread)
            pthread_join(w->thread, NULL);      /* retired: ended already */
        w->thread = 0;
        start_worker(p, w);
        return;
    }
}

/* An elastic pool (no fixed thread) with no thread left, which cannot
 * start one (pthread_create failed): work queued there would never run. */
static bool no_thread(ac__pool *p)
{
    if (p->fixed > 0)
        return false;
    pthread_mutex_lock(&p->self->mu);
    if (p->nthreads == 0)
        start_in_free_slot(p);
    bool none = p->nthreads == 0;
    pthread_mutex_unlock(&p->self->mu);
    return none;
}

int ac__pool_submit(ac__pool *p, ac_coro *co, int how)
{
    if ((how == AC__START || how == AC__HOP) &&
        (atomic_load_explicit(&p->stop, memory_order_acquire) || no_thread(p)))
        return -1;                      /* shut down or no thread: refused */
    co->queued = true;
    ac__worker *w = me && me->pool == p ? me : NULL;
    if (!w) {
        inject(p, co);
    } else {
        pthread_mutex_lock(&w->mu);
        if (how == AC__WAKE && ac__coro_current()) {    /* woken by a coroutine */
            if (w->lifo)
                fifo_push(w, w->lifo);
            w->lifo = co;
        } else {
            fifo_push(w, co);
        }
        pthread_mutex_unlock(&w->mu);
    }
    atomic_fetch_add(&p->pending, 1);
    notify(p);
    return 0;
}

/* A list taken from elsewhere: its first coroutine is run now, the rest
 * go to the back of w's FIFO. */
static ac_coro *keep_first(ac__worker *w, ac_coro *first)
{
    if (!first || !first->next_ready)
        return first;
    pthread_mutex_lock(&w->mu);
    for (ac_coro *c = first->next_ready, *next; c; c = next) {
        next = c->next_ready;
        fifo_push(w, c);
    }
    pthread_mutex_unlock(&w->mu);
    first->next_ready = NULL;
    return first;
}

/* Up to a batch from the injection queue: the first to run, the rest to
 * w's FIFO, where siblings can steal them. */
static ac_coro *take_injected(ac__worker *w)
{
    ac__loop *l = w->pool->self;
    pthread_mutex_lock(&l->mu);
    ac_coro *first = l->remote_head, *last = first;
    int k = 1;
    if (first) {
        while (k < AC__INJECT_BATCH && last->next_ready) {
            last = last->next_ready;
            k++;
        }
        l->remote_head = last->next_ready;
        if (!l->remote_head)
            l->remote_tail = NULL;
        last->next_ready = NULL;
    }
    pthread_mutex_unlock(&l->mu);
    return keep_first(w, first);
}

static ac_coro *take_own(ac__worker *w)
{
    pthread_mutex_lock(&w->mu);
    ac_coro *co = NULL;
    if (w->lifo && w->streak < AC__LIFO_STREAK) {
        co = w->lifo;
        w->lifo = NULL;
        w->streak++;
    } else {
        w->streak = 0;
        co = fifo_pop(w);
        if (!co) {
            co = w->lifo;
            w->lifo = NULL;
        }
    }
    pthread_mutex_unlock(&w->mu);
    return co;
}

/* Half of v's FIFO (the oldest), or its LIFO slot if the FIFO is empty. */
static ac_coro *steal_from(ac__worker *w, ac__worker *v)
{
    pthread_mutex_lock(&v->mu);
    ac_coro *first = NULL, *last = NULL;
    size_t k = (v->n + 1) / 2;
    if (k) {
        first = last = v->head;
        for (size_t i = 1; i < k; i++)
            last = last->next_ready;
        v->head = last->next_ready;
        if (!v->head)
            v->tail = NULL;
        v->n -= k;
        last->next_ready = NULL;
    } else if (v->lifo) {
        first = v->lifo;
        v->lifo = NULL;
    }
    pthread_mutex_unlock(&v->mu);
    return keep_first(w, first);
}

static ac_coro *steal(ac__worker *w)
{
    ac__pool *p = w->pool;
    w->rng = w->rng * 1103515245u + 12345u;
    int start = (int)((w->rng >> 16) % (unsigned)p->nslots);
    for (int i = 0; i < p->nslots; i++) {
        ac__worker *v = &p->workers[(start + i) % p->nslots];
        if (v == w)
            continue;
        ac_coro *co = steal_from(w, v);
        if (co)
            return co;
    }
    return NULL;
}

static ac_coro *find_work(ac__worker *w)
{
    ac_coro *co = NULL;
    if (++w->tick % AC__INJECT_EVERY == 0)
        co = take_injected(w);
    if (!co)
        co = take_own(w);
    if (!co)
        co = take_injected(w);
    if (!co)
        co = steal(w);
    if (co)
        atomic_fetch_sub(&w->pool->pending, 1);
    return co;
}

/* ------------------------------------------------------------------ */
/* Live lists and numbering                                            */
/* ------------------------------------------------------------------ */

void ac__pool_register(ac__pool *p, ac_coro *co)
{
    co->id = atomic_fetch_add_explicit(&p->next_id, 1, memory_order_relaxed) + 1;
    ac__worker *w = me && me->pool == p ? me
                    : &p->workers[atomic_fetch_add_explicit(&p->next_slot, 1, memory_order_relaxed) %
                                  (unsigned)p->nslots];
    pthread_mutex_lock(&w->mu);
    co->listed = w;
    co->prev_live = w->live_tail;
    co->next_live = NULL;
    if (w->live_tail)
        w->live_tail->next_live = co;
    else
        w->live_head = co;
    w->live_tail = co;
    pthread_mutex_unlock(&w->mu);
}

int ac__pool_slots(ac__pool *p)
{
    return p->nslots;
}

pthread_mutex_t *ac__pool_worker_lock(ac__pool *p, int i)
{
    return &p->workers[i].mu;
}

ac_coro *ac__pool_worker_live(ac__pool *p, int i)
{
    return p->workers[i].live_head;     /* under its lock */
}

void ac__pool_unlink(ac_coro *co)
{
    ac__worker *w = co->listed;
    if (!w)
        return;
    pthread_mutex_lock(&w->mu);
    if (co->prev_live)
        co->prev_live->next_live = co->next_live;
    else
        w->live_head = co->next_live;
    if (co->next_live)
        co->next_live->prev_live = co->prev_live;
    else
        w->live_tail = co->prev_live;
    co->prev_live = co->next_live = NULL;
    co->listed = NULL;
    pthread_mutex_unlock(&w->mu);
}

/* ------------------------------------------------------------------ */
/* Timers                                                              */
/* ------------------------------------------------------------------ */

/* A lower bound (ac__timer_heap_bound): a worker may wake for a cancelled
 * timer, and fire_due then drops it, rather than every removal paying to
 * find the first live one. */
static void update_deadline(ac__pool *p)
{
    atomic_store(&p->next_deadline, ac__timer_heap_bound(&p->timers));
}

int ac__pool_add_timer(ac__pool *p, ac__timer *t)
{
    pthread_mutex_lock(&p->tmu);
    if (ac__timer_heap_push(&p->timers, t) != 0) {
        pthread_mutex_unlock(&p->tmu);
        return -1;
    }
    t->owner = p->self;
    t->armed = true;
    bool earliest = t->deadline < atomic_load(&p->next_deadline);
    if (earliest)
        atomic_store(&p->next_deadline, t->deadline);
    pthread_mutex_unlock(&p->tmu);
    if (earliest) {                     /* the timer waiter sleeps too long */
        pthread_mutex_lock(&p->self->mu);
        if (p->timer_waiter)
            pthread_cond_signal(&p->tcv);
        else if (atomic_load(&p->nidle) > 0)
            pthread_cond_signal(&p->self->cv);
        pthread_mutex_unlock(&p->self->mu);
    }
    return 0;
}

void ac__pool_remove_timer(ac__pool *p, ac__timer *t)
{
    pthread_mutex_lock(&p->tmu);
    if (t->armed) {
        ac__timer_heap_remove(&p->timers, t);
        t->armed = false;
        update_deadline(p);
    } else {
        while (p->firing == t && !pthread_equal(p->firing_thread, pthread_self()))
            pthread_cond_wait(&p->fired, &p->tmu);
    }
    pthread_mutex_unlock(&p->tmu);
}

/* Fires the due timers, one at a time outside the lock; one worker at a
 * time does it. */
static void fire_due(ac__pool *p)
{
    int64_t next = atomic_load_explicit(&p->next_deadline, memory_order_relaxed);
    if (next == INT64_MAX)
        return;
    int64_t now = ac__now_ns();
    if (next > now)
        return;
    pthread_mutex_lock(&p->tmu);
    if (p->firing) {
        pthread_mutex_unlock(&p->tmu);
        return;
    }
    ac__timer *t;
    while ((t = ac__timer_heap_pop_due(&p->timers, now))) {
        t->armed = false;
        p->firing = t;
        p->firing_thread = pthread_self();
        pthread_mutex_unlock(&p->tmu);
        if (t->fire)
            t->fire(t);
        else
            ac__wake(t->co, t->wake_seq);
        pthread_mutex_lock(&p->tmu);
        p->firing = NULL;
        pthread_cond_broadcast(&p->fired);
    }
    update_deadline(p);
    pthread_mutex_unlock(&p->tmu);
}

/* ------------------------------------------------------------------ */
/* Workers                                                             */
/* ------------------------------------------------------------------ */

static void run_one(ac__worker *w, ac_coro *co)
{
    co->queued = false;
    co->arriving = false;               /* pools count no visitors */
    ac__run_step(w->name, co);          /* may free co */
}

bool ac__pool_stopped(ac__pool *p)
{
    return atomic_load_explicit(&p->stop, memory_order_acquire);
}

int ac__pool_threads(ac__pool *p)
{
    return p->fixed > 0 ? p->fixed : p->nslots;
}

static void timed_wait(pthread_cond_t *cv, pthread_mutex_t *mu, int64_t deadline)
{
    struct timespec ts = {
        .tv_sec = (time_t)(deadline / 1000000000),
        .tv_nsec = (long)(deadline % 1000000000),
    };
    pthread_cond_timedwait(cv, mu, &ts);
}

/* Parks w until there may be work: true to look again, false to end its
 * thread (the pool stops, or an elastic worker idled out).  The last
 * thread of an elastic pool never idles out: a coroutine suspended on
 * the pool (in ac_delay, on a channel) must find a thread when it is
 * woken, and a wake-up cannot be refused as a start can when no thread
 * can be made (decision 75). */
static bool park(ac__worker *w)
{
    ac__pool *p = w->pool;
    ac__loop *l = p->self;
    bool go_on = true;
    pthread_mutex_lock(&l->mu);
    bool elastic = w->index >= p->fixed && p->nthreads > 1;
    int64_t retire_at = elastic ? ac__now_ns() + p->keepalive_ns : INT64_MAX;
    atomic_fetch_add(&p->nidle, 1);
    if (atomic_load(&p->stop)) {
        go_on = false;
    } else if (atomic_load(&p->pending) == 0) {
        int64_t next = atomic_load(&p->next_deadline);
        if (next != INT64_MAX && !p->timer_waiter) {
            p->timer_waiter = true;
            timed_wait(&p->tcv, &l->mu, next < retire_at ? next : retire_at);
            p->timer_waiter = false;
        } else {
            p->cv_sleepers++;
            if (elastic)
                timed_wait(&l->cv, &l->mu, retire_at);
            else
                pthread_cond_wait(&l->cv, &l->mu);
            p->cv_sleepers--;
        }
        if (elastic && p->nthreads > 1 && ac__now_ns() >= retire_at &&
            atomic_load(&p->pending) == 0 && p->handoffs == 0 && !w->head && !w->lifo) {
            w->alive = false;
            p->nthreads--;
            go_on = false;
        }
    }
    if (go_on && p->handoffs > 0) {     /* woken to search */
        p->handoffs--;
        w->spinning = true;
        w->spins = 0;
    }
    atomic_fetch_sub(&p->nidle, 1);
    pthread_mutex_unlock(&l->mu);
    return go_on;
}

static void *worker_main(void *arg)
{
    ac__worker *w = arg;
    ac__pool *p = w->pool;
    me = w;
    ac__loop_set_current(p->self);
    ac__name_thread(w->name);
    atomic_fetch_add(&ac__runtime_threads, 1);
    while (!atomic_load_explicit(&p->stop, memory_order_acquire)) {
        fire_due(p);
        ac_coro *co = find_work(w);
        if (co) {
            if (w->spinning)
                stop_spinning(w, true);
            else if (p->nslots > p->fixed && atomic_load(&p->pending) > 0)
                notify(p);              /* elastic: what is left needs a thread */
            run_one(w, co);
            continue;
        }
        if (w->spinning || start_spinning(w)) {
            if (++w->spins <= AC__SPIN_ROUNDS) {
                if (w->spins % 8 == 0)
                    sched_yield();
                continue;               /* search again */
            }
            stop_spinning(w, false);    /* before park reads pending */
        }
        if (!park(w))
            break;
    }
    if (w->spinning)
        stop_spinning(w, false);
    ac__loop_set_current(NULL);
    me = NULL;
    atomic_fetch_sub(&ac__runtime_threads, 1);
    return NULL;
}

/* Starts w's thread; pool mu held. */
static bool start_worker(ac__pool *p, ac__worker *w)
{
    if (ac__thread_create(&w->thread, NULL, worker_main, w) != 0)
        return false;
    w->alive = true;
    p->nthreads++;
    return true;
}

/* An elastic pool with no idle worker gets one more thread, if it may. */
static void spawn_worker(ac__pool *p)
{
    pthread_mutex_lock(&p->self->mu);
    if (p->nthreads < p->nslots && atomic_load(&p->nidle) == 0 && !atomic_load(&p->stop))
        start_in_free_slot(p);
    pthread_mutex_unlock(&p->self->mu);
}

/* ------------------------------------------------------------------ */
/* The two pools                                                       */
/* ------------------------------------------------------------------ */

static int cores(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
        return CPU_COUNT(&set);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

/* An integer 1..max from the environment, or `dflt`. */
static int env_int_max(const char *name, int dflt, int max)
{
    const char *v = getenv(name);
    if (!v || !*v)
        return dflt;
    char *end;
    long n = strtol(v, &end, 10);
    return *end || n < 1 || n > max ? dflt : (int)n;
}

static int env_int(const char *name, int dflt)
{
    return env_int_max(name, dflt, 4096);
}

/* A pool of `fixed` threads started now and up to `slots` in all. */
static ac__pool *pool_new(ac__loop *self, const char *name, const char *prefix,
                          int fixed, int slots)
{
    ac__pool *p = ac__fault(AC__FAULT_ALLOC) ? NULL : calloc(1, sizeof *p);
    ac__worker *ws = !p || ac__fault(AC__FAULT_ALLOC) ? NULL
                                                     : calloc((size_t)slots, sizeof *ws);
    if (!ws || ac__loop_init(self) != 0) {
        free(p);
        free(ws);
        return NULL;
    }
    self->kind = AC__DISP_POOL;
    self->immortal = true;
    self->forever = true;
    self->pool = p;
    snprintf(self->name, sizeof self->name, "%s", name);
    p->self = self;
    p->workers = ws;
    p->nslots = slots;
    p->fixed = fixed;
    atomic_init(&p->next_deadline, INT64_MAX);
    pthread_mutex_init(&p->tmu, NULL);
    pthread_cond_init(&p->fired, NULL);
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&p->tcv, &attr);
    pthread_condattr_destroy(&attr);
    for (int i = 0; i < slots; i++) {
        ws[i].pool = p;
        ws[i].index = i;
        ws[i].rng = (unsigned)i * 2654435761u + 1;
        pthread_mutex_init(&ws[i].mu, NULL);
        snprintf(ws[i].name, sizeof ws[i].name, "%s-%d", prefix, i + 1);
    }
    ac__registry_add(self);             /* ac_dump, ASYNCC_DEBUG's dumps */
    pthread_mutex_lock(&self->mu);
    int started = 0;
    for (int i = 0; i < fixed; i++)
        started += start_worker(p, &ws[i]);
    pthread_mutex_unlock(&self->mu);
    if (fixed > 0 && started == 0) {    /* no thread at all: unusable */
        for (int i = 0; i < slots; i++)
            pthread_mutex_destroy(&ws[i].mu);
        ac__registry_remove(self);
        free(ws);
        free(p);
        self->pool = NULL;
        return NULL;
    }
    return p;
}

static ac__loop default_loop, io_loop;
static ac__pool *default_pool, *io_pool;
static pthread_once_t default_once = PTHREAD_ONCE_INIT, io_once = PTHREAD_ONCE_INIT;
static void stop_at_exit(void);

static void default_start(void)
{
    int n = env_int("ASYNCC_DEFAULT_THREADS", cores());
    default_pool = pool_new(&default_loop, "asyncc-default", "ac-default", n, n);
    if (default_pool)
        atexit(stop_at_exit);
}

static void io_start(void)
{
    int limit = env_int("ASYNCC_IO_THREADS", AC__IO_LIMIT);
    int n = cores();
    io_pool = pool_new(&io_loop, "asyncc-io", "ac-io", 0, limit > n ? limit : n);
    if (io_pool)
        io_pool->keepalive_ns =
            env_int_max("ASYNCC_IO_KEEPALIVE_MS", AC__IO_KEEPALIVE_MS, 3600000) * 1000000LL;
}

ac__loop *ac__pool_default(void)
{
    pthread_once(&default_once, default_start);
    return default_pool ? &default_loop : NULL;
}

ac__loop *ac__pool_io(void)
{
    pthread_once(&default_once, default_start);  /* at exit, stopped too */
    pthread_once(&io_once, io_start);
    return io_pool ? &io_loop : NULL;
}

/* ------------------------------------------------------------------ */
/* Shutdown                                                            */
/* ------------------------------------------------------------------ */

/* The coroutines registered with p and not yet ended; listed on `out`. */
static int count_left(ac__pool *p, FILE *out)
{
    int n = 0;
    for (int i = 0; i < p->nslots; i++) {
        ac__worker *w = &p->workers[i];
        pthread_mutex_lock(&w->mu);
        for (ac_coro *c = w->live_head; c; c = c->next_live, n++) {
            if (out) {
                char line[512];
                ac__coro_describe(c, line, sizeof line);
                fprintf(out, "asyncc:   %s\n", line);
            }
        }
        pthread_mutex_unlock(&w->mu);
    }
    return n;
}

int ac__pool_stop(ac__pool *p, int64_t wait_ns, FILE *report)
{
    ac__loop *l = p->self;
    pthread_mutex_lock(&l->mu);
    bool first = !atomic_exchange(&p->stop, true);
    l->closed = true;
    pthread_cond_broadcast(&l->cv);
    pthread_cond_broadcast(&p->tcv);
    pthread_mutex_unlock(&l->mu);
    int64_t deadline = wait_ns < 0 ? -1 : ac__now_ns() + wait_ns;
    for (int i = 0; i < p->nslots; i++) {
        ac__worker *w = &p->workers[i];
        if (!w->thread || w == me)
            continue;
        if (deadline < 0) {
            pthread_join(w->thread, NULL);
        } else {
            /* at exit: a worker stuck in a blocking call is left to die
             * with the process, as the JVM's daemon threads are */
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            int64_t left = deadline - ac__now_ns();
            if (left < 0)
                left = 0;
            ts.tv_sec += (time_t)(left / 1000000000);
            ts.tv_nsec += (long)(left % 1000000000);
            if (ts.tv_nsec >= 1000000000) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000;
            }
            if (pthread_timedjoin_np(w->thread, NULL, &ts) != 0)
                continue;
        }
        w->thread = 0;
    }
    int n = count_left(p, NULL);
    if (report && n && first) {
        fprintf(report, "asyncc: %d coroutine%s still alive at shutdown:\n", n, n == 1 ? "" : "s");
        count_left(p, report);
    }
    return n;
}

/* At exit the pools stop after the steps they are running, as the JVM's
 * daemon threads stop with the program: coroutines still waiting there
 * (GlobalScope work nobody joined) never run again, instead of running
 * on while the process tears down its C library and globals. */
static void stop_at_exit(void)
{
    if (me)
        return;                         /* exit() from a worker: cannot join */
    if (io_pool)
        ac__pool_stop(io_pool, 1000000000, NULL);
    ac__pool_stop(default_pool, 1000000000, NULL);
}

int ac_shutdown(void)
{
    if (!default_pool)
        return 0;                       /* never started */
    if (me)
        return -1;                      /* a worker would wait for itself */
    FILE *out = ac__debug_mode() ? stderr : NULL;
    int n = 0;
    if (io_pool)
        n += ac__pool_stop(io_pool, -1, out);
    return n + ac__pool_stop(default_pool, -1, out);
}
