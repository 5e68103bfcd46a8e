/*
 * internal.h -- what the runtime's own files share, and the hooks its unit
 * tests use.  Nothing here is part of the ABI with generated code (that is
 * asyncc.h); it may change freely.
 */
#ifndef ASYNCC_INTERNAL_H
#define ASYNCC_INTERNAL_H

#include "asyncc.h"
#include "timer_heap.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------ */
/* Tuning                                                              */
/* ------------------------------------------------------------------ */

#define AC__FIRST_CHUNK 512            /* frame arena inside the coroutine */
#define AC__MAX_CHUNK (64 * 1024)      /* geometric growth stops here */
#define AC__INLINE_DEPTH 32            /* ac__call nesting before bouncing */

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

/* ------------------------------------------------------------------ */
/* Errors (error.c)                                                    */
/* ------------------------------------------------------------------ */

/* Reference counting; both are no-ops on the static out-of-memory error
 * and on NULL.  retain returns its argument. */
ac_error *ac__error_retain(ac_error *e);
void ac__error_release(ac_error *e);
/* The preallocated error reported when memory is exhausted. */
ac_error *ac__error_oom(void);

/* ------------------------------------------------------------------ */
/* Jobs and coroutines                                                 */
/* ------------------------------------------------------------------ */

enum ac__job_state {
    AC__JOB_NEW,        /* created, not started */
    AC__JOB_ACTIVE,     /* started: running, ready or suspended */
    AC__JOB_COMPLETED   /* finished, normally or failed (error set) */
};

/* Someone suspended until an event; embedded in the waiting frame. */
typedef struct ac__waiter {
    struct ac__waiter *next;
    ac_coro *co;
} ac__waiter;

/* The handle the program sees.  It is the first member of struct ac_coro,
 * so the two convert by a cast; a job without a coroutine (Job()) can be
 * added later without changing the handle's type. */
struct ac_job {
    unsigned refs;             /* running coroutine + scope + run_blocking */
    enum ac__job_state state;
    ac_error *error;           /* recorded failure, kept after completion */
    ac_scope *scope;           /* launched into; NULL once detached */
    ac_job *sibling;           /* next older child of the same scope */
    ac__waiter *waiters;       /* joiners and awaiters, newest first */
};

/* One chunk of a coroutine's frame arena.  Chunks form a stack; the ones
 * above the current chunk are empty and kept for reuse (steady state). */
typedef struct ac__chunk {
    struct ac__chunk *prev;    /* the chunk below (older frames) */
    struct ac__chunk *next;    /* an empty chunk above, cached */
    char *base, *end;          /* usable memory */
    char *prev_sp;             /* prev's bump pointer when this was entered */
} ac__chunk;

struct ac__loop;

struct ac_coro {
    ac_job job;                /* must stay first: ac_job* <-> ac_coro* */
    ac_frame *top;             /* innermost frame; NULL before and after */
    struct ac__loop *loop;     /* the loop that runs it, once started */
    ac_coro *next_ready;       /* ready queue link */
    ac_coro *prev_live, *next_live; /* the loop's list of its coroutines */
    uint64_t id;               /* 1, 2, ... in start order within a loop */
    int depth;                 /* ac__call nesting on the C stack */
    int open_scopes;           /* scopes opened and not yet closed */
    bool queued;               /* on the ready queue */
    size_t result_size;
    ac__chunk *chunk;          /* current arena chunk */
    char *sp;                  /* bump pointer in it */
    ac__chunk first;           /* the inline chunk, in mem[] below */
    max_align_t mem[];         /* result area, then the inline chunk */
};

static inline ac_coro *ac__coro_of(const ac_job *j) { return (ac_coro *)j; }

/* coro.c */
void ac__coro_retain(ac_coro *co);
void ac__coro_release(ac_coro *co);   /* frees at zero */
void ac__coro_destroy(ac_coro *co);   /* frees now, whatever the count */
void *ac__coro_result(ac_coro *co);
void ac__frame_pop(ac_coro *co);      /* pops co->top */
void ac__coro_trim(ac_coro *co);      /* frees the cached chunks */

/* trampoline.c */
void ac__coro_run(ac_coro *co);
/* Records e (ownership passes) as fr's coroutine failure; the first
 * failure wins, a later one is dropped.  Returns AC_THROW. */
ac_status ac__fail(ac_frame *fr, ac_error *e);

/* job.c */
/* Marks co started with `root` as its innermost frame (no loop needed). */
void ac__coro_begin(ac_coro *co, ac_frame *root);
/* Called by the trampoline when the last frame is gone. */
void ac__coro_complete(ac_coro *co);
void ac__job_add_waiter(ac_job *j, ac__waiter *w);

/* scope.c: detaches the children of every scope co left open (it failed
 * with scopes open); they run on without a scope. */
void ac__scope_abandon(ac_coro *co);

/* ------------------------------------------------------------------ */
/* The event loop (loop.c)                                             */
/* ------------------------------------------------------------------ */

typedef struct ac__loop {
    ac_coro *ready_head, *ready_tail;    /* FIFO */
    ac__timer_heap timers;
    ac_coro *live_head, *live_tail;      /* every coroutine it started */
    size_t live;                         /* ... not yet completed */
    uint64_t next_id;
    struct ac__loop *outer;              /* enclosing run_blocking's loop */
} ac__loop;

ac__loop *ac__loop_current(void);
int64_t ac__now_ns(void);
/* Registers co with l, marks it started at root and enqueues it. */
void ac__loop_start(ac__loop *l, ac_coro *co, ac_frame *root);
void ac__loop_enqueue(ac_coro *co);
void ac__loop_unlink(ac_coro *co);
/* Arms t to enqueue co after ms milliseconds; -1 if out of memory. */
int ac__loop_add_timer(ac__loop *l, ac__timer *t, ac_coro *co, int64_t ms);

/* deadlock.c: "N coroutines can never resume" and where each waits. */
ac_error *ac__deadlock_error(ac__loop *l);

/* The runtime's suspend primitives, so a report can name them. */
ac_status ac__delay_resume(ac_frame *self);
ac_status ac__yield_resume(ac_frame *self);
ac_status ac__join_resume(ac_frame *self);
ac_status ac__await_resume(ac_frame *self);
ac_status ac__scope_join_resume(ac_frame *self);

#endif /* ASYNCC_INTERNAL_H */
