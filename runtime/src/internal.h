/*
 * internal.h -- what the runtime's own files share, and the hooks its unit
 * tests use.  Nothing here is part of the ABI with generated code (that is
 * asyncc.h); it may change freely.
 */
#ifndef ASYNCC_INTERNAL_H
#define ASYNCC_INTERNAL_H

#include "asyncc.h"
#include "timer_heap.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ------------------------------------------------------------------ */
/* Tuning                                                              */
/* ------------------------------------------------------------------ */

#define AC__FIRST_CHUNK 256            /* frame arena inside the coroutine */
#define AC__MAX_CHUNK (64 * 1024)      /* geometric growth stops here */

/* ------------------------------------------------------------------ */
/* Allocation (alloc.c): the one door to the heap, counted for tests   */
/* ------------------------------------------------------------------ */

void *ac__malloc(size_t n);
void *ac__realloc(void *p, size_t n);
void ac__free(void *p);

/* Per-thread counters; tests read them to prove "no allocation in steady
 * state", "no enqueue on the fast path" and "nothing leaked". */
struct ac__stats {
    uint64_t mallocs;       /* successful ac__malloc (and realloc of NULL) */
    uint64_t frees;         /* ac__free of a non-NULL pointer */
    uint64_t chunk_allocs;  /* frame arena chunks taken from the heap */
    uint64_t chunk_frees;   /* ... and given back */
    uint64_t enqueues;      /* coroutines put on a ready queue */
    uint64_t torn_down;     /* coroutines freed by a loop's teardown (after
                               a deadlock) rather than by their references */
};
extern _Thread_local struct ac__stats ac__stat;

/* Test hook: the next `after` allocations succeed, then `count` fail
 * (count < 0: every later one), then they succeed again.  after < 0 turns
 * failure injection off.  Per thread. */
void ac__test_fail_alloc(long after, long count);
/* ac__test_fail_alloc(n, -1): every allocation after the n-th fails. */
void ac__test_fail_alloc_after(long n);

/* Failure injection (fault.c), for the robustness sweep: only in the
 * test variant libasyncc-faults.a (built with -DAC__FAULTS); in libasyncc.a
 * ac__fault() is the constant false.  True when this call of `kind` must
 * fail (ASYNCC_FAIL=<kind>:<n>[+]); every call is counted. */
enum ac__fault_kind {
    AC__FAULT_ALLOC, AC__FAULT_THREAD, AC__FAULT_EPOLL, AC__FAULT_EVENTFD,
    AC__FAULT_IO, AC__FAULT_KINDS
};
#ifdef AC__FAULTS
bool ac__fault(enum ac__fault_kind kind);
/* With ASYNCC_FAIL set: "asyncc-faults: note: <what>" on stderr. */
void ac__fault_note(const char *what);
#else
#define ac__fault(kind) ((void)(kind), false)
#define ac__fault_note(what) ((void)(what))
#endif
/* pthread_create, failing with EAGAIN when injected. */
static inline int ac__thread_create(pthread_t *t, const pthread_attr_t *attr,
                                    void *(*fn)(void *), void *arg)
{
    if (ac__fault(AC__FAULT_THREAD))
        return errno = EAGAIN;
    return pthread_create(t, attr, fn, arg);
}

/* ------------------------------------------------------------------ */
/* Errors (error.c)                                                    */
/* ------------------------------------------------------------------ */

/* The preallocated error reported when memory is exhausted. */
ac_error *ac__error_oom(void);
/* True when the caller holds the only reference: then it may change the
 * error (throw position, async stack) without racing anyone. */
bool ac__error_exclusive(const ac_error *e);
void ac__error_set_position(ac_error *e, const char *file, int line);
void ac__error_push_frame(ac_error *e, const char *func, const char *file,
                          int line);

/* ------------------------------------------------------------------ */
/* Locks (lock.c): a mutex that is cheap when uncontended              */
/* ------------------------------------------------------------------ */

/* state: 0 free, 1 held, 2 held and someone may sleep on it (futex). */
typedef struct {
    atomic_int state;
} ac__lock;
#define AC__LOCK_INIT {0}
void ac__lock_init(ac__lock *l);
/* Spins a little, then sleeps on the futex until l is free, and takes it. */
void ac__lock_contended(ac__lock *l);
/* Wakes one sleeper: called by a release that found state 2. */
void ac__lock_wake(ac__lock *l);
/* Inline: a step takes a lock or two, and most are uncontended. */
static inline void ac__lock_acquire(ac__lock *l)
{
    int free_state = 0;
    if (!atomic_compare_exchange_strong_explicit(&l->state, &free_state, 1,
                                                 memory_order_acquire,
                                                 memory_order_relaxed))
        ac__lock_contended(l);
}
static inline void ac__lock_release(ac__lock *l)
{
    if (atomic_exchange_explicit(&l->state, 0, memory_order_release) == 2)
        ac__lock_wake(l);
}

/* ------------------------------------------------------------------ */
/* Context (ctx.c)                                                     */
/* ------------------------------------------------------------------ */

struct ac__loop;

enum ac__ctx_kind {
    AC__CTX_JOB, AC__CTX_NAME, AC__CTX_HANDLER, AC__CTX_DISPATCHER,
    AC__CTX_VALUE, AC__CTX_NON_CANCELLABLE
};

/* A context is a small immutable array of elements; one per key. */
typedef struct {
    int kind;
    const void *key;          /* AC__CTX_VALUE: the user's key */
    union {
        ac_job *job;
        char *name;
        struct { ac_exception_handler_fn *fn; void *arg; } handler;
        struct ac__loop *loop;
        void *value;
    } u;
} ac__ctx_elem;

/* Why an element constructor failed (ac_ctx_valid): its static context. */
enum { AC__CTX_OK, AC__CTX_NO_MEMORY, AC__CTX_NULL_DISPATCHER, AC__CTX_NULL_JOB };

struct ac_ctx {
    atomic_uint refs;
    bool immortal;
    unsigned char failure;    /* AC__CTX_OK, or one of the failed contexts */
    bool has_job;             /* a job or NonCancellable element */
    struct ac__loop *loop;    /* the dispatcher element's, or NULL */
    size_t n;
    ac__ctx_elem e[];         /* the summary above is of these (immutable):
                                 a launch asks for it, not a scan */
};

/* The element of `kind` (for AC__CTX_VALUE, with `key`), or NULL. */
const ac__ctx_elem *ac__ctx_find(const ac_ctx *ctx, int kind, const void *key);
/* a + b (both borrowed) without job elements, for a coroutine or scope to
 * keep.  When a or b is a failed context (ac_ctx_valid), or memory ran
 * out, *err is set to the error the builder fails with (the result is
 * then NULL); else *err is NULL. */
ac_ctx *ac__ctx_merge(const ac_ctx *a, const ac_ctx *b, ac_error **err);
struct ac__loop *ac__ctx_loop(const ac_ctx *ctx);
/* A context holding just the dispatcher element for loop l; NULL if out
 * of memory.  _or_fail: ac_ctx_dispatcher's, a failed context for a NULL
 * l or no memory. */
ac_ctx *ac__ctx_for_loop(struct ac__loop *l);
ac_ctx *ac__ctx_for_loop_or_fail(struct ac__loop *l);

/* ------------------------------------------------------------------ */
/* Jobs (job.c; see the state diagram there)                           */
/* ------------------------------------------------------------------ */

enum ac__job_state {
    AC__JOB_NEW,          /* lazy, not started */
    AC__JOB_ACTIVE,       /* started, body running */
    AC__JOB_COMPLETING,   /* body done, waiting for children */
    AC__JOB_CANCELLING,   /* cancelled or failed, waiting for body/children */
    AC__JOB_CANCELLED,    /* final: completed with a cancellation or failure */
    AC__JOB_COMPLETED     /* final: completed normally */
};

enum ac__job_kind {
    AC__KIND_PLAIN,       /* ac_job_new: no body */
    AC__KIND_LAUNCH,      /* a coroutine of ac_launch */
    AC__KIND_ASYNC,       /* a coroutine of ac_async */
    AC__KIND_BLOCKING,    /* the root coroutine of ac_run_blocking */
    AC__KIND_SCOPE        /* a scope block in a coroutine */
};

/* Waits on a job: a completion handler, or a parked coroutine to wake. */
typedef struct ac__jnode {
    struct ac__jnode *next;
    struct ac__jnode **pprev;    /* what points at it: unlinks in O(1) */
    ac_completion_fn *fn;        /* NULL: wake `co` (a waiter) */
    void *arg;
    ac_coro *co;
    uint64_t seq;                /* the park the waiter belongs to */
    struct ac__select *sel;      /* a select's clause: wake if it claims */
    int clause;
    bool on_list;
} ac__jnode;

struct ac_job {
    atomic_uint refs;
    _Atomic int state;           /* enum ac__job_state; written under lock */
    ac__lock lock;
    unsigned char kind;          /* enum ac__job_kind */
    bool supervisor;             /* children fail alone */
    bool body_done;              /* body (or ac_job_complete) finished */
    bool finalized;
    bool notifying;              /* entering Cancelling: not to finalize yet */
    uint32_t nchildren;
    ac_scope *keeper;            /* the scope holding a handle reference */
    ac_error **errs;             /* every exception that reached it, in order */
    uint32_t nerrs, errs_cap;
    ac_error *errs_inline[1];    /* the common case: one cancellation */
    ac_error *final;             /* the final cause, once completed */
    ac_job *parent;              /* counted reference; NULL for a root */
    ac_job *first_child;         /* children not yet completed, in the order
                                    they were attached (parent's lock) */
    ac_job *last_child;
    ac_job *prev_sibling, *next_sibling;
    ac__jnode *nodes;            /* handlers and waiters, newest first */
    ac_coro *co;                 /* LAUNCH/ASYNC/BLOCKING: its coroutine;
                                    SCOPE: the coroutine running the block */
    ac_ctx *ctx;                 /* coroutine context (name, handler, ...) */
    ac_channel *produces;        /* ac_produce: the channel it closes */
    uint64_t id;
};

/* Initialises a job embedded in something else (a coroutine, a scope). */
void ac__job_init(ac_job *j, int kind, bool supervisor, ac_ctx *ctx);
/* Makes j a child of parent (NULL: a root).  A parent that is already
 * cancelling cancels j at once; a completed one too.  j is ACTIVE after,
 * unless `lazy`. */
void ac__job_attach(ac_job *j, ac_job *parent, bool lazy);
/* The body finished, with error e (consumed) or normally. */
void ac__job_body_done(ac_job *j, ac_error *e);
/* Cancels j because of cause (consumed): the shared path of ac_job_cancel,
 * a parent's cancellation and a child's failure. */
bool ac__job_cancel(ac_job *j, ac_error *cause);
/* The error a coroutine of job j throws at a cancelled suspension point. */
ac_error *ac__job_cancellation_error(ac_job *j);
/* Why j is cancelling or was cancelled: the final cause, else the first
 * failure, else the first cancellation (new reference); NULL if it is not. */
ac_error *ac__job_root_cause(ac_job *j);
static inline int ac__job_state(const ac_job *j)
{
    return atomic_load_explicit(&((ac_job *)j)->state, memory_order_acquire);
}
static inline bool ac__job_is_cancelling(const ac_job *j)
{
    int s = ac__job_state(j);
    return s == AC__JOB_CANCELLING || s == AC__JOB_CANCELLED;
}
static inline bool ac__job_is_final(const ac_job *j)
{
    int s = ac__job_state(j);
    return s == AC__JOB_CANCELLED || s == AC__JOB_COMPLETED;
}
/* Adds a waiter (co, seq) or handler node; false if j has completed. */
bool ac__job_add_node(ac_job *j, ac__jnode *n);
/* Takes a waiter node off j's list again (after a cancelled wait). */
void ac__job_remove_node(ac_job *j, ac__jnode *n);
/* The exception handler step for an uncaught failure (handlers.c). */
void ac__handle_uncaught(ac_job *j, ac_error *e);

/* ------------------------------------------------------------------ */
/* Wait queues (channel.c, select.c, sync.c, io.c)                     */
/* ------------------------------------------------------------------ */

/* A coroutine waiting on a channel, a lock or an fd: a node inside its
 * suspended frame (no allocation), linked in the object's FIFO under the
 * object's lock.  Whoever completes it unlinks it, sets `result` and wakes
 * (co, seq), all under that lock; the waiter, resumed, takes the lock and
 * reads `result` (or, still linked, was cancelled or timed out and unlinks
 * itself).  A node of a select completes only if it claims its select
 * first (ac__select_claim), so one clause of a select wins. */
enum { AC__WAITING = 0, AC__DONE = 1, AC__CLOSED = 2 };
struct ac__select;
typedef struct ac__wnode {
    struct ac__wnode *prev, *next;
    ac_coro *co;
    uint64_t seq;
    void *data;                /* sender: the element; receiver: where it
                                  goes; lock waiter: the owner */
    struct ac__select *sel;    /* NULL: a plain operation */
    int clause;                /* its index in sel */
    int result;                /* AC__DONE, AC__CLOSED, or an fd's events */
    bool linked;
} ac__wnode;

typedef struct {
    ac__wnode *head, *tail;
} ac__wqueue;

void ac__wq_push(ac__wqueue *q, ac__wnode *n);
void ac__wq_remove(ac__wqueue *q, ac__wnode *n);   /* if linked */
/* The first node that can complete: plain, or a select it claimed (nodes
 * of selects that already finished are dropped on the way); NULL. */
ac__wnode *ac__wq_take(ac__wqueue *q);
/* n taken: sets its result and wakes its coroutine (object lock held). */
void ac__wnode_complete(ac__wnode *n, int result);

/* ------------------------------------------------------------------ */
/* Scopes (scope.c)                                                    */
/* ------------------------------------------------------------------ */

struct ac_scope {
    ac_job *job;               /* counted; NULL for the global scope */
    ac_ctx *ctx;               /* its context, without the job */
    ac__lock lock;             /* kept handles */
    ac_job **kept;
    size_t nkept, kept_cap;
    /* scope blocks only: */
    ac_coro *co;               /* the coroutine running the block */
    ac_job *saved_cur;         /* the current job before the block */
    ac_scope *outer;           /* the enclosing open block of co */
    int kind;                  /* AC__SCOPE_* */
    bool body_done;
    int *ok;                   /* ac_with_timeout_or_null's flag */
    ac_error *timeout;         /* the error our timer cancelled with */
    ac__timer timer;
    ac__jnode waiter;          /* ac__scope_join */
    ac_frame *join;            /* its frame, reserved in co's arena at open */
    struct ac__loop *home;     /* a dispatcher switch: the loop to go back to */
    ac_mutex *mutex;           /* ac_with_lock: the lock, held once mutex_held */
    bool mutex_held;
    ac__wnode mutex_node;      /* its wait */
    struct ac__loop *mutex_counted; /* a one-thread loop counting the wait */
};

/* Holds a reference on a builder's handle until the scope ends. */
int ac__scope_keep(ac_scope *scope, ac_job *job);
/* Drops it early (ac_job_detach). */
void ac__scope_unkeep(ac_job *job);
/* Closes co's open scope blocks without waiting (an abandoned coroutine). */
void ac__scope_abandon_all(ac_coro *co);
/* The block's body ended with e (consumed; NULL: normally), once. */
void ac__scope_fail_with(ac_scope *s, ac_error *e);

/* ------------------------------------------------------------------ */
/* Coroutines (coro.c) and parking (park.c)                            */
/* ------------------------------------------------------------------ */

/* One chunk of a coroutine's frame arena.  Chunks form a stack; the ones
 * above the current chunk are empty and kept for reuse (steady state). */
typedef struct ac__chunk {
    struct ac__chunk *prev;    /* the chunk below (older frames) */
    struct ac__chunk *next;    /* an empty chunk above, cached */
    char *base, *end;          /* usable memory */
    char *prev_sp;             /* prev's bump pointer when this was entered */
} ac__chunk;

enum ac__park { AC__RUNNING, AC__PARKED, AC__PARKED_CANCELLABLE };

struct ac_coro {
    ac__frames frames;         /* must stay first: asyncc.h's inline calls */
    ac_job job;
    ac_job *cur;               /* current job: job, or the innermost scope's */
    ac_error *exc;             /* the error in flight while unwinding */
    ac_scope *scopes;          /* innermost open scope block */
    struct ac__loop *loop;     /* the loop that runs it now */
    struct ac__loop *home;     /* the loop it started on (counts it live) */
    ac_coro *next_ready;       /* ready queue link */
    ac_coro *prev_live, *next_live; /* the loop's list of its coroutines */
    struct ac__worker *listed; /* a pool worker whose list holds it */
    uint64_t id;               /* 1, 2, ... in start order within its loop */
    ac__lock park_lock;        /* park, wake, interrupt */
    unsigned char park;        /* enum ac__park */
    bool in_step;              /* running a step on some thread */
    bool wake_pending;         /* woken during its step: requeue at its end */
    bool yielding;             /* ac_yield: requeue at the step's end */
    bool interrupted;          /* woken by cancellation, not by its event */
    bool park_cancellable;     /* the last park was cancellable */
    bool external_wait;        /* parked on something another thread does */
    bool queued;               /* on a ready queue */
    bool started;              /* its root frame has been scheduled */
    bool ran;                  /* ... and has run */
    bool arriving;             /* hopped: the new loop has not seen it yet */
    bool hop_failed;           /* the last hop's loop was closed */
    uint64_t park_seq;         /* which park a wake belongs to */
    void (*park_cleanup)(ac_coro *co, void *arg);
    void *park_arg;
    size_t result_size;
    ac__chunk *chunk;          /* current arena chunk (frames.base/end) */
    ac__chunk first;           /* the inline chunk, in mem[] below */
    max_align_t mem[];         /* result area, then the inline chunk */
};

static inline ac_coro *ac__coro_of(const ac_job *j)
{
    return (ac_coro *)((char *)j - offsetof(ac_coro, job));
}

/* The FIFOs of coroutines every dispatcher keeps (ready, remote,
 * injection, a view's waiters), linked through next_ready; the caller
 * holds whatever guards the list. */
static inline void ac__queue_push(ac_coro **head, ac_coro **tail, ac_coro *co)
{
    co->next_ready = NULL;
    if (*tail)
        (*tail)->next_ready = co;
    else
        *head = co;
    *tail = co;
}

static inline ac_coro *ac__queue_pop(ac_coro **head, ac_coro **tail)
{
    ac_coro *co = *head;
    if (co) {
        *head = co->next_ready;
        if (!*head)
            *tail = NULL;
        co->next_ready = NULL;
    }
    return co;
}
static inline bool ac__job_has_coro(const ac_job *j)
{
    return j->kind == AC__KIND_LAUNCH || j->kind == AC__KIND_ASYNC ||
           j->kind == AC__KIND_BLOCKING;
}

/* coro.c */
void *ac__coro_result(ac_coro *co);
/* A frame's source file (NULL: one of the runtime's) and function name. */
static inline const char *ac__frame_file(const ac_frame *f)
{
    return f->site ? f->site->file : NULL;
}
static inline const char *ac__frame_func(const ac_frame *f)
{
    return f->site ? f->site->func : NULL;
}
/* The popped frame was the first of its chunk (back to the chunk below)
 * or the root (the arena is empty again). */
void ac__frame_pop_chunk(ac_coro *co);
/* Pops co->frames.top (inline: every call of a suspend function that completes
 * without suspending ends here). */
static inline void ac__frame_pop(ac_coro *co)
{
    ac__frames *fs = &co->frames;
    ac_frame *f = fs->top;
    fs->top = f->caller;
    fs->sp = (char *)f;             /* LIFO: f was the last allocation */
    if (fs->sp == fs->base || !fs->top)
        ac__frame_pop_chunk(co);
}
void ac__coro_trim(ac_coro *co);      /* frees the arena's spare chunks */
void ac__coro_free_memory(ac_coro *co); /* job.c calls it at refs == 0 */
/* Drops every frame of a coroutine that will never run again. */
void ac__coro_drop_frames(ac_coro *co);
/* Ends a coroutine stuck in a deadlock: takes back its wake-up, drops its
 * frames and completes its body with a deadlock error. */
void ac__coro_abandon(ac_coro *co);
/* The body is over (no frame left), with error e (consumed) or not. */
void ac__coro_body_done(ac_coro *co, ac_error *e);

/* launch.c: gives co (root frame `root`) its kind, context and parent and
 * starts it unless lazy.  parent_ctx is borrowed; ctx and extra are
 * consumed (extra wins over ctx, ctx over parent_ctx).  The parent is
 * ctx's job element if any, else `parent` (NonCancellable: none).  NULL,
 * or the error it failed with (out of memory, a failed context); co is
 * then freed. */
ac_error *ac__coro_launch(ac_coro *co, ac_frame *root, int kind, ac_job *parent,
                    const ac_ctx *parent_ctx, ac_ctx *ctx, ac_ctx *extra,
                    bool lazy);

/* Starts co on l, or cancels it if l is closed. */
void ac__coro_start(ac_coro *co, struct ac__loop *l);

/* trampoline.c */
void ac__coro_run(ac_coro *co);
/* ac__throw without a position: the runtime's own failures. */
ac_status ac__fail(ac_frame *fr, ac_error *e);
/* The coroutine running on this thread, or NULL. */
ac_coro *ac__coro_current(void);
/* ac__call nesting on this thread's C stack; the setter is a test hook. */
int ac__call_depth(void);
void ac__test_set_call_depth(int depth);
/* Asks for co, which suspends without parking, to move to `to` once its
 * step is over (ac_with_context's switch and its way back). */
void ac__coro_hop_after_step(ac_coro *co, struct ac__loop *to);

/* park.c: a suspend primitive parks its coroutine, and whoever completes
 * the wait wakes it with the sequence number park returned.  A
 * cancellable park is also woken when the coroutine's current job is
 * cancelled; the primitive then sees ac__park_interrupted and throws.
 * ac__park returns 0 when the current job is already cancelled (the
 * primitive throws at once without suspending).  `cleanup(co, arg)` takes
 * the wake-up back (removes the timer, the waiter node); the primitive
 * calls it itself when interrupted, the loop when it abandons a
 * deadlocked coroutine. */
uint64_t ac__park(ac_coro *co, bool cancellable,
                  void (*cleanup)(ac_coro *co, void *arg), void *arg);
void ac__wake(ac_coro *co, uint64_t seq);
/* A step of co begins on this thread; it ends, suspended: true if co was
 * woken meanwhile and must be requeued (AC__REQUEUE). */
void ac__step_begin(ac_coro *co);
bool ac__step_end(ac_coro *co);
/* The step ends in ac_yield: requeue co at its end, without a park. */
void ac__step_yield(ac_coro *co);
/* Takes back a park whose wake-up could not be registered. */
void ac__unpark(ac_coro *co);
/* j was cancelled: wakes its coroutine if it is parked cancellably with j
 * as its current job. */
void ac__interrupt(ac_job *j);
/* Called by a primitive when resumed: true if by cancellation, or if its
 * job was cancelled before it ran again (consumes the flag). */
bool ac__park_interrupted(ac_coro *co);
/* The primitive's cancellation exit: throws the current job's
 * cancellation error.  Returns AC_THROW. */
ac_status ac__throw_cancelled(ac_frame *fr);

/* select.c: claims sel for `clause`; false if another clause (or the
 * select's cancellation) was first. */
bool ac__select_claim(struct ac__select *sel, int clause);

/* channel.c, for select.c: the operations under the channel's lock.
 * They return AC_CHANNEL_OK / _WOULD_SUSPEND / _CLOSED, or -1 when the
 * buffer could not grow. */
void ac__channel_lock(ac_channel *ch);
void ac__channel_unlock(ac_channel *ch);
int ac__channel_send_locked(ac_channel *ch, const void *elem);
int ac__channel_receive_locked(ac_channel *ch, void *out);
void ac__channel_wait_locked(ac_channel *ch, ac__wnode *n, bool send);
void ac__channel_unwait_locked(ac_channel *ch, ac__wnode *n, bool send);
/* The error a closed channel gives a sender / receiver (new reference);
 * for a receiver NULL when it was closed normally. */
ac_error *ac__channel_closed_error_locked(ac_channel *ch, bool send);
/* The producer job of ch completed with `cause`: closes ch.  True if
 * this closed it (the failure is then the channel's, not a handler's). */
bool ac__channel_producer_done(ac_channel *ch, const ac_error *cause);

/* sync.c, for scope.c (ac_with_lock) */
int ac__mutex_lock_scope(ac_mutex *m, ac_coro *co, ac__wnode *n,
                         void (*cleanup)(ac_coro *, void *), void *arg);
/* After the wait: 0 if the node got the lock, -1 if it was cancelled
 * (the node is unlinked). */
int ac__mutex_wait_done(ac_mutex *m, ac__wnode *n);
void ac__mutex_unwait(ac_mutex *m, ac__wnode *n);

/* ------------------------------------------------------------------ */
/* The event loop (loop.c)                                             */
/* ------------------------------------------------------------------ */

/* What a dispatcher is.  Every one is an ac__loop (the type behind
 * ac_dispatcher); co->loop names the one a coroutine belongs to, whatever
 * thread runs it. */
enum ac__disp_kind {
    AC__DISP_LOOP,        /* one thread's loop: run_blocking, single-thread,
                             driven (this file) */
    AC__DISP_POOL,        /* worker threads sharing queues (pool.c) */
    AC__DISP_VIEW,        /* at most n at once of a pool's (view.c) */
    AC__DISP_UNCONFINED   /* wherever it is started or resumed (view.c) */
};

/* How a coroutine comes to a dispatcher: started, woken by someone,
 * switching dispatcher, or woken during its own step (a yield: to the back
 * of the queue). */
enum ac__how { AC__START, AC__WAKE, AC__HOP, AC__REQUEUE };

typedef struct ac__loop {
    int kind;                            /* enum ac__disp_kind */
    ac_coro *ready_head, *ready_tail;    /* FIFO, loop thread only */
    ac__timer_heap timers;               /* loop thread only */
    ac_coro *live_head, *live_tail;      /* every coroutine it started */
    ac__lock live_lock;                  /* one-thread loop: its live list
                                            (ac_dump reads it elsewhere) */
    size_t live;                         /* ... not yet completed, plus
                                            visitors from other loops */
    size_t external_waits;               /* parks the reactor may end */
    size_t foreign_waits;                /* parks a program's thread may end:
                                            a deadlock only if it has none */
    atomic_size_t away;                  /* its coroutines visiting others */
    uint64_t next_id;
    bool forever;                        /* a dispatcher's loop (own thread) */
    atomic_bool stop;                    /* ... told to stop */
    bool stop_when_idle;                 /* ... once nothing is left (mu) */
    bool immortal;                       /* default, IO, Unconfined: not counted */
    atomic_uint refs;                    /* contexts, the owner */
    pthread_t thread;                    /* a dispatcher's thread */
    char name[32];                       /* a dispatcher's name */
    struct ac__loop *outer;              /* enclosing run_blocking's loop */
    /* from other threads: */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    ac_coro *remote_head, *remote_tail;  /* a pool's injection queue, a
                                            view's waiting coroutines */
    atomic_bool remote_any;              /* a one-thread loop's remote queue
                                            may be non-empty: set under mu */
    bool sleeping;
    bool poked;                          /* look again before sleeping (mu) */
    bool closed;                         /* takes no new coroutine (mu) */
    int efd;                             /* a driven loop's eventfd, or -1 */
    bool thread_named;                   /* its own thread, named after it */
    struct ac__pool *pool;               /* AC__DISP_POOL */
    struct ac__loop *base;               /* AC__DISP_VIEW: the pool (or view) */
    int limit, running;                  /* AC__DISP_VIEW: permits (mu) */
    /* ac_run_test's loop (vtime.c): timers run on a virtual clock */
    bool vtime;
    _Atomic int64_t vnow;                /* ns since the test began */
    struct ac__vwait *vwaits;            /* ac_test_* waiters, FIFO */
    /* dump.c: the registry of dispatchers (ac_dump, tools/asyncc-gdb.py) */
    struct ac__loop *reg_prev, *reg_next;
    bool registered;
    char reg_thread[16];                 /* run_blocking's: its thread's name */
} ac__loop;

/* vtime.c: true if ctx asks for a virtual clock (ac_ctx_test_clock). */
bool ac__ctx_is_test(const ac_ctx *ctx);
/* A test loop with nothing ready and nothing queued: wakes ac_test_*
 * waiters or moves the clock to the next timer.  false: nothing to do
 * until something comes from outside (or a deadlock). */
bool ac__vtime_idle(ac__loop *l);

/* A wait that another thread may end, on a one-thread loop, is counted so
 * that the loop, with nothing else to do, waits instead of reporting a
 * deadlock: in external_waits for I/O (never a deadlock), in foreign_waits
 * for channels, locks and continuations (a deadlock only if the program
 * has no other thread, deadlock.c).  Returns the loop to uncount, or NULL
 * (a pool: its coroutines are counted already). */
static inline ac__loop *ac__wait_count(ac_coro *co, bool io)
{
    ac__loop *l = co->loop;
    if (l->kind != AC__DISP_LOOP)
        return NULL;
    if (io)
        l->external_waits++;
    else
        l->foreign_waits++;
    return l;
}

static inline void ac__wait_uncount(ac__loop **counted, bool io)
{
    ac__loop *l = *counted;
    if (!l)
        return;
    if (io)
        l->external_waits--;
    else
        l->foreign_waits--;
    *counted = NULL;
}

int ac__loop_init(ac__loop *l);
ac__loop *ac__loop_current(void);
void ac__loop_set_current(ac__loop *l);
/* The default dispatcher, a pool of one worker per core, started lazily;
 * NULL if it could not be started. */
ac__loop *ac__loop_default(void);
int64_t ac__now_ns(void);
/* Registers co with l, marks it started and hands it over.  -1 (nothing
 * done) if l is closed. */
int ac__loop_start(ac__loop *l, ac_coro *co);
ac__loop *ac__loop_retain(ac__loop *l);
void ac__loop_release(ac__loop *l);
/* Moves co, which has just suspended on the current loop, to `to` (at the
 * end of its step: ac__coro_run).  If `to` is closed co stays and resumes
 * here with co->hop_failed set. */
void ac__loop_hop(ac_coro *co, ac__loop *to);
/* Puts co on its dispatcher's queue; any thread. */
void ac__loop_enqueue(ac_coro *co);
/* Wakes l's thread to check its run_blocking's end again: the root job
 * completed on another thread (its last child's). */
void ac__loop_poke(ac__loop *l);
/* Hands co to l (any kind): 0, or -1 if l is closed to starts and hops. */
int ac__dispatch(ac__loop *l, ac_coro *co, int how);
/* The error of a start or hop that `to` refused: it is closed (or shut
 * down), or it is a pool that has no thread and could not start one.
 * `op` (may be NULL) names the call that needed it. */
ac_error *ac__refused_error(ac__loop *to, const char *op);
/* Takes co off its dispatcher's list of live coroutines (idempotent). */
void ac__loop_unlink(ac_coro *co);
/* co's body is over: it no longer counts as live where it started. */
void ac__loop_coro_ended(ac_coro *co);
/* Arms t to wake (co, seq) after ms milliseconds; -1 if out of memory.
 * The timer remembers its heap (t->owner): removal goes there. */
int ac__loop_add_timer(ac__loop *l, ac__timer *t, int64_t ms);
/* Disarms t if it is armed; waits if another thread is firing it. */
void ac__loop_remove_timer(ac__timer *t);
/* The deadline ms from now, saturated. */
int64_t ac__deadline_after(int64_t ms);
/* l's clock: the virtual one of a test loop, else ac__now_ns(). */
int64_t ac__loop_now(const ac__loop *l);
/* Runs one step of co on this thread, which carries its name meanwhile
 * in debug mode (then `thread_name` again). */
void ac__run_step(const char *thread_name, ac_coro *co);
void ac__name_thread(const char *name);
bool ac__debug_mode(void);
/* Counts a live coroutine on any loop (deadlock detection). */
extern atomic_size_t ac__live_total;
/* Threads the runtime started (pool workers, single-thread dispatchers,
 * the reactor), alive now; deadlock.c compares them with the process's. */
extern atomic_int ac__runtime_threads;
/* True unless this thread and the runtime's are the only ones (or it
 * cannot tell): then a wait on a channel, a lock or a continuation may
 * still be ended from outside. */
bool ac__other_user_threads(void);

/* pool.c: work-stealing pools (Default, IO). */
typedef struct ac__pool ac__pool;
ac__loop *ac__pool_default(void);
ac__loop *ac__pool_io(void);
int ac__pool_submit(ac__pool *p, ac_coro *co, int how);
/* Numbers co and links it on a worker's live list. */
void ac__pool_register(ac__pool *p, ac_coro *co);
void ac__pool_unlink(ac_coro *co);
int ac__pool_add_timer(ac__pool *p, ac__timer *t);
void ac__pool_remove_timer(ac__pool *p, ac__timer *t);
/* The pool whose worker this thread is, or NULL. */
ac__pool *ac__pool_current(void);
/* Whether p was stopped (ac_shutdown, exit). */
bool ac__pool_stopped(ac__pool *p);
/* Its parallelism: the fixed threads, or the elastic limit. */
int ac__pool_threads(ac__pool *p);
/* Stops the pool's workers (after their step) and joins them; wait_ns < 0:
 * as long as it takes.  The number of coroutines left. */
int ac__pool_stop(ac__pool *p, int64_t wait_ns, FILE *report);

/* view.c: limited views and Unconfined. */
int ac__view_submit(ac__loop *v, ac_coro *co, int how);
/* A step of a coroutine of view v is over: its permit goes to the next. */
void ac__view_step_done(ac__loop *v);
int ac__unconfined_submit(ac_coro *co, int how);
/* The pool a dispatcher's coroutines are numbered and timed by. */
ac__pool *ac__pool_of(ac__loop *l);

/* deadlock.c: "N coroutines can never resume" and where each waits. */
ac_error *ac__deadlock_error(ac__loop *l);
/* 'coroutine "name" #3 waits in ac_delay at file.c:12' into out[n]. */
void ac__coro_describe(const ac_coro *co, char *out, size_t n);

/* The runtime primitive frame f stands for ("ac_join", ...), or its
 * func if it is a runtime frame naming itself; NULL for a user frame. */
const char *ac__frame_primitive(const ac_frame *f);

/* dump.c: every one-thread loop and pool is registered while it exists
 * (ac_dump, the gdb extension); the first registration also sets up
 * ASYNCC_DEBUG's SIGQUIT dump and exit report.  Call with no lock held. */
void ac__registry_add(ac__loop *l);
void ac__registry_remove(ac__loop *l);
/* pool.c, for dump.c: worker i's live list and the lock guarding it. */
int ac__pool_slots(ac__pool *p);
pthread_mutex_t *ac__pool_worker_lock(ac__pool *p, int i);
ac_coro *ac__pool_worker_live(ac__pool *p, int i);

/* The runtime's suspend primitives, so a report can name them. */
ac_status ac__delay_resume(ac_frame *self);
ac_status ac__yield_resume(ac_frame *self);
ac_status ac__join_resume(ac_frame *self);
ac_status ac__await_resume(ac_frame *self);
ac_status ac__scope_join_resume(ac_frame *self);

#endif /* ASYNCC_INTERNAL_H */
