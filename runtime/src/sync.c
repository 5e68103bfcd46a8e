/*
 * sync.c -- suspending Mutex and Semaphore.
 *
 * A semaphore is a count of free permits and a FIFO of waiting nodes
 * (ac__wnode, in the waiting frames) under one lock.  A release with
 * waiters hands its permit straight to the first one (marks its node
 * done and wakes it), so a newcomer can never overtake a waiter.  A
 * waiter that was cancelled finds its node either done (it has the
 * permit: it returns, atomically as a channel operation) or still linked
 * (it unlinks and throws).  A mutex is a semaphore of one permit plus
 * its owner, handed over with the permit.
 */
#include "internal.h"

typedef struct {
    ac__lock lock;
    int permits;                /* free now */
    int max;
    ac__wqueue waiters;
} sem_core;

struct ac_semaphore {
    sem_core core;
};

struct ac_mutex {
    sem_core core;
    const void *owner;          /* while locked; NULL for none */
};

/* ------------------------------------------------------------------ */
/* The shared core                                                     */
/* ------------------------------------------------------------------ */

static bool core_try(sem_core *c)
{
    ac__lock_acquire(&c->lock);
    bool ok = c->permits > 0 && !c->waiters.head;
    if (ok)
        c->permits--;
    ac__lock_release(&c->lock);
    return ok;
}

/* Gives a permit back, to the first waiter if any (lock held); the node
 * it went to, or NULL. */
static ac__wnode *core_release_locked(sem_core *c)
{
    ac__wnode *n = ac__wq_take(&c->waiters);
    if (n)
        ac__wnode_complete(n, AC__DONE);
    else
        c->permits++;
    return n;
}

/* Takes a permit or parks on node n (lock held): 1 got it, 0 parked,
 * -1 the coroutine is cancelled. */
static int core_acquire_locked(sem_core *c, ac_coro *co, ac__wnode *n, const void *owner,
                               void (*cleanup)(ac_coro *, void *), void *arg)
{
    if (c->permits > 0 && !c->waiters.head) {
        c->permits--;
        return 1;
    }
    uint64_t seq = ac__park(co, true, cleanup, arg);
    if (!seq)
        return -1;
    *n = (ac__wnode){.co = co, .seq = seq, .data = (void *)owner};
    ac__wq_push(&c->waiters, n);
    return 0;
}

/* After the wait: 0 if n got the permit, -1 if still waiting (now
 * unlinked: a cancellation). */
static int core_wait_done(sem_core *c, ac__wnode *n)
{
    ac__lock_acquire(&c->lock);
    bool got = !n->linked;
    ac__wq_remove(&c->waiters, n);
    ac__lock_release(&c->lock);
    return got ? 0 : -1;
}

static void core_unwait(sem_core *c, ac__wnode *n)
{
    ac__lock_acquire(&c->lock);
    ac__wq_remove(&c->waiters, n);
    ac__lock_release(&c->lock);
}

static int core_free(sem_core *c, bool locked)
{
    if (!c)
        return 0;
    ac__lock_acquire(&c->lock);
    bool busy = locked || c->waiters.head;
    ac__lock_release(&c->lock);
    if (busy)
        return -1;
    ac__free(c);
    return 0;
}

/* The suspend functions: ac_mutex_lock and ac_semaphore_acquire. */
typedef struct {
    ac_frame hdr;
    sem_core *core;
    ac_mutex *mutex;            /* NULL for a semaphore */
    const void *owner;
    ac__wnode node;
    ac__loop *counted;          /* ac__wait_count: a plain thread may unlock */
} acquire_frame;

static void unwait(ac_coro *co, void *arg)
{
    acquire_frame *fr = arg;
    (void)co;
    core_unwait(fr->core, &fr->node);
    ac__wait_uncount(&fr->counted, false);
}

static ac_status acquire_resume(ac_frame *self)
{
    acquire_frame *fr = (acquire_frame *)self;
    ac_coro *co = self->coro;
    if (self->state == 1) {
        bool cancelled = ac__park_interrupted(co);
        ac__wait_uncount(&fr->counted, false);
        if (core_wait_done(fr->core, &fr->node) == 0)
            return AC_DONE;         /* the releaser set the owner */
        return cancelled ? ac__throw_cancelled(self) : ac__bad_state(self);
    }
    if (!fr->core)
        return ac__fail(self, ac_error_new(&AC_ILLEGAL_ARGUMENT, "lock or acquire of NULL"));
    ac__lock_acquire(&fr->core->lock);
    int r = core_acquire_locked(fr->core, co, &fr->node, fr->owner, unwait, fr);
    if (r == 1 && fr->mutex)
        fr->mutex->owner = fr->owner;
    if (r == 0) {
        self->state = 1;
        fr->counted = ac__wait_count(co, false);
    }
    ac__lock_release(&fr->core->lock);
    if (r < 0)
        return ac__throw_cancelled(self);
    return r == 1 ? AC_DONE : AC_SUSPENDED;
}

static const ac_frame_site sites[] = {{NULL, "ac_mutex_lock"}, {NULL, "ac_semaphore_acquire"}};

static acquire_frame *new_acquire(ac_coro *co, void *res, sem_core *core, ac_mutex *m,
                                  const void *owner)
{
    acquire_frame *fr = ac__frame_alloc(co, sizeof *fr, acquire_resume, res);
    if (fr) {
        fr->hdr.site = &sites[m ? 0 : 1];
        fr->core = core;
        fr->mutex = m;
        fr->owner = owner;
        fr->node = (ac__wnode){0};
        fr->counted = NULL;
    }
    return fr;
}

/* ------------------------------------------------------------------ */
/* Semaphore                                                           */
/* ------------------------------------------------------------------ */

ac_semaphore *ac_semaphore_new(int permits)
{
    if (permits < 1)
        return NULL;
    ac_semaphore *s = ac__malloc(sizeof *s);
    if (s) {
        *s = (ac_semaphore){.core = {.permits = permits, .max = permits}};
        ac__lock_init(&s->core.lock);
    }
    return s;
}

int ac_semaphore_free(ac_semaphore *s) { return s ? core_free(&s->core, false) : 0; }
int ac_semaphore_try_acquire(ac_semaphore *s) { return core_try(&s->core); }

int ac_semaphore_release(ac_semaphore *s)
{
    ac__lock_acquire(&s->core.lock);
    bool ok = s->core.permits < s->core.max;
    if (ok)
        core_release_locked(&s->core);
    ac__lock_release(&s->core.lock);
    return ok ? 0 : -1;
}

int ac_semaphore_available(ac_semaphore *s)
{
    ac__lock_acquire(&s->core.lock);
    int n = s->core.permits;
    ac__lock_release(&s->core.lock);
    return n;
}

ac_frame *ac_semaphore_acquire__ac_new(ac_coro *co, void *res, ac_semaphore *s)
{
    acquire_frame *fr = new_acquire(co, res, s ? &s->core : NULL, NULL, NULL);
    return fr ? &fr->hdr : NULL;
}

/* ------------------------------------------------------------------ */
/* Mutex                                                               */
/* ------------------------------------------------------------------ */

ac_mutex *ac_mutex_new(void)
{
    ac_mutex *m = ac__malloc(sizeof *m);
    if (m) {
        *m = (ac_mutex){.core = {.permits = 1, .max = 1}};
        ac__lock_init(&m->core.lock);
    }
    return m;
}

int ac_mutex_free(ac_mutex *m)
{
    return m ? core_free(&m->core, ac_mutex_is_locked(m)) : 0;
}

int ac_mutex_try_lock(ac_mutex *m, const void *owner)
{
    ac__lock_acquire(&m->core.lock);
    bool ok = m->core.permits > 0 && !m->core.waiters.head;
    if (ok) {
        m->core.permits = 0;
        m->owner = owner;
    }
    ac__lock_release(&m->core.lock);
    return ok;
}

int ac_mutex_unlock(ac_mutex *m, const void *owner)
{
    ac__lock_acquire(&m->core.lock);
    bool ok = m->core.permits == 0 && (!owner || m->owner == owner);
    if (ok) {
        ac__wnode *n = core_release_locked(&m->core);
        m->owner = n ? n->data : NULL;
    }
    ac__lock_release(&m->core.lock);
    return ok ? 0 : -1;
}

int ac_mutex_is_locked(ac_mutex *m)
{
    ac__lock_acquire(&m->core.lock);
    int r = m->core.permits == 0;
    ac__lock_release(&m->core.lock);
    return r;
}

int ac_mutex_holds_lock(ac_mutex *m, const void *owner)
{
    ac__lock_acquire(&m->core.lock);
    int r = m->core.permits == 0 && owner && m->owner == owner;
    ac__lock_release(&m->core.lock);
    return r;
}

ac_frame *ac_mutex_lock__ac_new(ac_coro *co, void *res, ac_mutex *m, const void *owner)
{
    acquire_frame *fr = new_acquire(co, res, m ? &m->core : NULL, m, owner);
    return fr ? &fr->hdr : NULL;
}

/* ac_with_lock (scope.c): the block's lock, with its node in the scope. */
int ac__mutex_lock_scope(ac_mutex *m, ac_coro *co, ac__wnode *n,
                         void (*cleanup)(ac_coro *, void *), void *arg)
{
    ac__lock_acquire(&m->core.lock);
    int r = core_acquire_locked(&m->core, co, n, NULL, cleanup, arg);
    if (r == 1)
        m->owner = NULL;
    ac__lock_release(&m->core.lock);
    return r;
}

int ac__mutex_wait_done(ac_mutex *m, ac__wnode *n) { return core_wait_done(&m->core, n); }
void ac__mutex_unwait(ac_mutex *m, ac__wnode *n) { core_unwait(&m->core, n); }
