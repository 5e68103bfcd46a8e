/*
 * job.c -- the job state machine and the tree of structured concurrency.
 *
 *            ac_job_start                  body done
 *   +-----+  (lazy only)  +--------+  ----------------->  +------------+
 *   | New | ------------> | Active |                      | Completing |
 *   +-----+               +--------+  <- children left -  +------------+
 *      |                      |                              |      |
 *      | cancel               | cancel, failure of           |      | last child
 *      | (body never runs)    | body or of a child           |      | done
 *      |                      v                              |      v
 *      |               +------------+   <------ cancel -----+  +-----------+
 *      +-------------> | Cancelling |                          | Completed |
 *                      +------------+                          +-----------+
 *                             | body done and last child done
 *                             v
 *                      +-----------+
 *                      | Cancelled |   (final cause: a failure or a cancellation)
 *                      +-----------+
 *
 * Every exception that reaches a job -- its body's, a cancel's cause, a
 * child's failure -- is recorded in `errs`, in order.  When the job
 * finishes (body done, no child left) the final cause is the first failure
 * (an error that is not a cancellation), else the first cancellation, and
 * the other failures are attached to it as suppressed errors: "first
 * failure wins", and a cancellation that wraps a failure gives way to it.
 *
 * Propagation follows Kotlin's JobSupport:
 *   - entering Cancelling cancels every child (rule 2) and tells the
 *     parent of a failure (rule 3), which cancels itself unless it is a
 *     supervisor; a scope block's job does not tell its parent: the block
 *     rethrows instead;
 *   - a job completes only when its body is done and its last child has
 *     completed (rule 1); it then tells its parent, once more with its
 *     final cause, and if no parent took a failure over, a launch hands it
 *     to the exception handler.
 *
 * Locking: each job has a lock for its state, errors, children list and
 * nodes.  A job never holds its lock while taking its parent's or a
 * child's; the state word is atomic so readers need no lock.
 */
#include "internal.h"

#include <string.h>

static atomic_uint_fast64_t next_job_id = 1;

void ac__job_init(ac_job *j, int kind, bool supervisor, ac_ctx *ctx)
{
    atomic_init(&j->refs, 1);
    atomic_init(&j->state, AC__JOB_NEW);
    ac__lock_init(&j->lock);
    j->kind = (unsigned char)kind;
    j->supervisor = supervisor;
    j->ctx = ctx;
    j->id = atomic_fetch_add_explicit(&next_job_id, 1, memory_order_relaxed);
    j->errs = j->errs_inline;
    j->errs_cap = sizeof j->errs_inline / sizeof j->errs_inline[0];
}

/* ------------------------------------------------------------------ */
/* Reference counting                                                  */
/* ------------------------------------------------------------------ */

ac_job *ac_job_retain(ac_job *job)
{
    if (job)
        atomic_fetch_add_explicit(&job->refs, 1, memory_order_relaxed);
    return job;
}

static void job_free(ac_job *j)
{
    for (size_t i = 0; i < j->nerrs; i++)
        ac_error_release(j->errs[i]);
    if (j->errs != j->errs_inline)
        ac__free(j->errs);
    ac_error_release(j->final);
    /* The context names the coroutine's loop and keeps it alive: release
     * it after the coroutine is off the loop's lists (the last reference
     * may go on another thread, after run_blocking's end). */
    ac_ctx *ctx = j->ctx;
    ac_job *parent = j->parent;
    if (ac__job_has_coro(j))
        ac__coro_free_memory(ac__coro_of(j));
    else
        ac__free(j);                /* plain and scope jobs: own allocation */
    ac_ctx_release(ctx);
    ac_job_release(parent);
}

void ac_job_release(ac_job *job)
{
    if (job && atomic_fetch_sub_explicit(&job->refs, 1, memory_order_acq_rel) == 1)
        job_free(job);
}

/* ------------------------------------------------------------------ */
/* Exceptions recorded on a job                                        */
/* ------------------------------------------------------------------ */

static bool is_failure(const ac_error *e)
{
    return e && !ac_error_is(e, &AC_CANCELLATION);
}

/* Records e (consumed) under j's lock; the same error twice counts once.
 * The first fits in the job; out of memory later, a failure replaces
 * the newest entry rather than being lost. */
static void add_err_locked(ac_job *j, ac_error *e)
{
    for (size_t i = 0; i < j->nerrs; i++)
        if (j->errs[i] == e) {
            ac_error_release(e);
            return;
        }
    if (j->nerrs == j->errs_cap) {
        if (j->errs_cap > UINT32_MAX / 2) {
            ac_error_release(e);
            return;
        }
        uint32_t cap = 2 * j->errs_cap;
        ac_error **v = ac__malloc(cap * sizeof *v);
        if (!v) {
            size_t last = j->nerrs - 1;
            if (is_failure(e) && !is_failure(j->errs[last])) {
                ac_error_release(j->errs[last]);
                j->errs[last] = e;
            } else {
                ac_error_release(e);
            }
            return;
        }
        memcpy(v, j->errs, j->nerrs * sizeof *v);
        if (j->errs != j->errs_inline)
            ac__free(j->errs);
        j->errs = v;
        j->errs_cap = cap;
    }
    j->errs[j->nerrs++] = e;
}

/* The first failure, else the first error; NULL if none (lock held). */
static ac_error *root_cause_locked(const ac_job *j)
{
    for (size_t i = 0; i < j->nerrs; i++)
        if (is_failure(j->errs[i]))
            return j->errs[i];
    return j->nerrs ? j->errs[0] : NULL;
}

static const char *kind_name(const ac_job *j)
{
    switch (j->kind) {
    case AC__KIND_LAUNCH: return "StandaloneCoroutine";
    case AC__KIND_ASYNC: return "DeferredCoroutine";
    case AC__KIND_BLOCKING: return "BlockingCoroutine";
    case AC__KIND_SCOPE: return j->supervisor ? "SupervisorCoroutine" : "ScopeCoroutine";
    default: return j->supervisor ? "SupervisorJobImpl" : "JobImpl";
    }
}

/* The cancellation error standing for j's cancellation: the root cause if
 * it is one, else a wrapper whose cause is the failure (lock held). */
static ac_error *cancellation_locked(ac_job *j, const char *what)
{
    ac_error *r = root_cause_locked(j);
    if (r && !is_failure(r))
        return ac_error_retain(r);
    if (!r)
        return ac_error_new(&AC_JOB_CANCELLATION, "Job was cancelled");
    return ac_error_new_cause(&AC_JOB_CANCELLATION, ac_error_retain(r), "%s", what);
}

ac_error *ac__job_cancellation_error(ac_job *j)
{
    ac__lock_acquire(&j->lock);
    ac_error *e = cancellation_locked(j, "Job is cancelling");
    ac__lock_release(&j->lock);
    return e;
}

ac_error *ac__job_root_cause(ac_job *j)
{
    ac__lock_acquire(&j->lock);
    ac_error *e = j->final ? j->final
                  : ac__job_is_cancelling(j) ? root_cause_locked(j) : NULL;
    ac_error_retain(e);
    ac__lock_release(&j->lock);
    return e;
}

/* ------------------------------------------------------------------ */
/* The tree                                                            */
/* ------------------------------------------------------------------ */

static void unlink_child_locked(ac_job *parent, ac_job *c)
{
    if (c->prev_sibling)
        c->prev_sibling->next_sibling = c->next_sibling;
    else
        parent->first_child = c->next_sibling;
    if (c->next_sibling)
        c->next_sibling->prev_sibling = c->prev_sibling;
    else
        parent->last_child = c->prev_sibling;
    c->prev_sibling = c->next_sibling = NULL;
    parent->nchildren--;
}

void ac__job_attach(ac_job *j, ac_job *parent, bool lazy)
{
    atomic_store_explicit(&j->state, lazy ? AC__JOB_NEW : AC__JOB_ACTIVE,
                          memory_order_release);
    if (!parent)
        return;
    j->parent = ac_job_retain(parent);
    ac_error *cancel = NULL;
    ac__lock_acquire(&parent->lock);
    int ps = ac__job_state(parent);
    if (ps == AC__JOB_CANCELLED || ps == AC__JOB_COMPLETED || parent->finalized) {
        cancel = cancellation_locked(parent, "Parent job has completed");
    } else {
        j->prev_sibling = parent->last_child;
        if (parent->last_child)
            parent->last_child->next_sibling = j;
        else
            parent->first_child = j;
        parent->last_child = j;
        parent->nchildren++;
        ac_job_retain(j);           /* the parent's, until it completes */
        if (ps == AC__JOB_CANCELLING)
            cancel = cancellation_locked(parent, "Parent job is Cancelling");
    }
    ac__lock_release(&parent->lock);
    if (cancel)
        ac__job_cancel(j, cancel);
}

/* Up to `cap` children, retained, and how many there are (lock held). */
static size_t children_locked(ac_job *j, ac_job **out, size_t cap)
{
    size_t n = 0;
    for (ac_job *c = j->first_child; c; c = c->next_sibling, n++)
        if (n < cap)
            out[n] = ac_job_retain(c);
    return n;
}

/* Calls fn on every child, outside j's lock.  Children are retained in
 * batches; a child added meanwhile was cancelled when attached. */
static void for_each_child(ac_job *j, void (*fn)(ac_job *c, ac_job *parent, void *arg),
                           void *arg)
{
    ac_job *batch[32];
    ac__lock_acquire(&j->lock);
    size_t n = children_locked(j, batch, 32);
    if (n <= 32) {
        ac__lock_release(&j->lock);
        for (size_t i = 0; i < n; i++) {
            fn(batch[i], j, arg);
            ac_job_release(batch[i]);
        }
        return;
    }
    ac_job **all = ac__malloc(n * sizeof *all);
    if (all) {
        for (size_t i = 0; i < 32; i++)
            ac_job_release(batch[i]);
        n = children_locked(j, all, n);
    }
    ac__lock_release(&j->lock);
    ac_job **v = all ? all : batch;
    size_t m = all ? n : 32;        /* out of memory: the first 32 */
    for (size_t i = 0; i < m; i++) {
        fn(v[i], j, arg);
        ac_job_release(v[i]);
    }
    ac__free(all);
}

static void cancel_child_with(ac_job *c, ac_job *parent, void *arg)
{
    (void)parent;
    ac__job_cancel(c, arg ? ac_error_retain(arg) : NULL);
}

/* Rule 2: every child is cancelled with one error standing for j's
 * cancellation. */
static void cancel_children_of(ac_job *j)
{
    ac__lock_acquire(&j->lock);
    ac_error *cause = cancellation_locked(j, "Parent job is Cancelling");
    ac__lock_release(&j->lock);
    for_each_child(j, cancel_child_with, cause);
    ac_error_release(cause);
}

/* Does j take a child's failure over, so the child need not report it?
 * Coroutines and scopes do; a plain job only if an ancestor does. */
static bool handles_exception(const ac_job *j)
{
    for (; j; j = j->parent)
        if (j->kind != AC__KIND_PLAIN)
            return true;
    return false;
}

/* A child failed (or was cancelled) with `cause` (borrowed): rule 3.
 * True if the parent took it over. */
static bool child_cancelled(ac_job *parent, ac_error *cause)
{
    if (!is_failure(cause))
        return true;                /* a cancellation fails nobody */
    if (parent->supervisor)
        return false;               /* the child fails alone */
    if (!ac__job_cancel(parent, ac_error_retain(cause)))
        return false;               /* the parent is done already */
    return handles_exception(parent);
}

/* The parent link of j on failure `cause`: true if handled above. */
static bool tell_parent(ac_job *j, ac_error *cause)
{
    if (j->kind == AC__KIND_SCOPE)
        return true;                /* the scope block rethrows it */
    return j->parent && child_cancelled(j->parent, cause);
}

/* j has just entered Cancelling with root cause `cause` (borrowed).  As
 * in kotlinx, it completes only after this: its children cancelled and
 * its parent told (j->notifying holds try_finalize off until then). */
static void notify_cancelling(ac_job *j, ac_error *cause)
{
    cancel_children_of(j);
    ac__interrupt(j);
    if (is_failure(cause))
        tell_parent(j, cause);
    ac__lock_acquire(&j->lock);
    j->notifying = false;
    ac__lock_release(&j->lock);
}

/* ------------------------------------------------------------------ */
/* Cancelling and finishing                                            */
/* ------------------------------------------------------------------ */

static void try_finalize(ac_job *j);

/* 1 if this call made j cancelling, 2 if it already was (cause recorded),
 * 0 if j has completed (cause released). */
static int cancel_job(ac_job *j, ac_error *cause)
{
    if (!cause)
        cause = ac_error_new(&AC_JOB_CANCELLATION, "Job was cancelled");
    ac__lock_acquire(&j->lock);
    int st = ac__job_state(j);
    if (st == AC__JOB_CANCELLED || st == AC__JOB_COMPLETED || j->finalized) {
        ac__lock_release(&j->lock);
        ac_error_release(cause);
        return 0;
    }
    ac_job_retain(j);               /* finishing may drop the last handle */
    add_err_locked(j, cause);
    bool never_ran = st == AC__JOB_NEW;
    if (never_ran || j->kind == AC__KIND_PLAIN)
        j->body_done = true;        /* a lazy body that will never run; a
                                       cancelled Job() completes once its
                                       children have (kotlinx's JobImpl) */
    ac_error *root = ac_error_retain(root_cause_locked(j));
    if (st != AC__JOB_CANCELLING) {
        atomic_store_explicit(&j->state, AC__JOB_CANCELLING, memory_order_release);
        j->notifying = true;
    }
    ac__lock_release(&j->lock);
    if (never_ran && ac__job_has_coro(j))
        ac__coro_drop_frames(ac__coro_of(j));
    if (st != AC__JOB_CANCELLING)
        notify_cancelling(j, root);
    ac_error_release(root);
    try_finalize(j);
    ac_job_release(j);
    return st != AC__JOB_CANCELLING ? 1 : 2;
}

bool ac__job_cancel(ac_job *j, ac_error *cause)
{
    return cancel_job(j, cause) != 0;
}

/* The body finished, with e (consumed) or normally.  `once`: only if it
 * had not finished yet (ac_job_complete); false then. */
static bool finish_body(ac_job *j, ac_error *e, bool once)
{
    ac_job_retain(j);               /* finishing may drop the last handle */
    ac__lock_acquire(&j->lock);
    if (once && j->body_done) {
        ac__lock_release(&j->lock);
        ac_error_release(e);
        ac_job_release(j);
        return false;
    }
    int st = ac__job_state(j);
    j->body_done = true;
    bool notify = false;
    if (e) {
        add_err_locked(j, e);
        if (st == AC__JOB_ACTIVE || st == AC__JOB_COMPLETING || st == AC__JOB_NEW) {
            atomic_store_explicit(&j->state, AC__JOB_CANCELLING, memory_order_release);
            j->notifying = notify = true;
        }
    } else if (st == AC__JOB_ACTIVE || st == AC__JOB_NEW) {
        atomic_store_explicit(&j->state, AC__JOB_COMPLETING, memory_order_release);
    }
    ac_error *root = notify ? ac_error_retain(root_cause_locked(j)) : NULL;
    ac__lock_release(&j->lock);
    if (notify)
        notify_cancelling(j, root);     /* its interrupt finds no park */
    ac_error_release(root);
    try_finalize(j);
    ac_job_release(j);
    return true;
}

void ac__job_body_done(ac_job *j, ac_error *e)
{
    finish_body(j, e, false);
}

/* The final cause, with the other failures attached as suppressed (lock
 * held).  NULL for a normal completion. */
static ac_error *final_cause_locked(ac_job *j)
{
    if (ac__job_state(j) != AC__JOB_CANCELLING)
        return NULL;
    ac_error *root = root_cause_locked(j);
    if (!root)
        return ac_error_new(&AC_JOB_CANCELLATION, "Job was cancelled");
    if (is_failure(root))
        for (size_t i = 0; i < j->nerrs; i++) {
            ac_error *e = j->errs[i];
            if (e == root || !is_failure(e))
                continue;
            bool seen = false;
            for (size_t k = 0; k < ac_error_suppressed_count(root); k++)
                seen |= ac_error_suppressed(root, k) == e;
            if (!seen)
                ac_error_add_suppressed(root, ac_error_retain(e));
        }
    return ac_error_retain(root);
}

static void run_nodes(ac_job *j, ac__jnode *list)
{
    ac__jnode *fifo = NULL;
    while (list) {                  /* newest first -> registration order */
        ac__jnode *next = list->next;
        list->next = fifo;
        fifo = list;
        list = next;
    }
    while (fifo) {
        ac__jnode *next = fifo->next;
        fifo->fn(j, j->final, fifo->arg);
        ac__free(fifo);
        fifo = next;
    }
}

static void child_completed(ac_job *parent, ac_job *c)
{
    ac__lock_acquire(&parent->lock);
    bool linked = c->prev_sibling || c->next_sibling || parent->first_child == c;
    if (linked)
        unlink_child_locked(parent, c);
    ac__lock_release(&parent->lock);
    try_finalize(parent);
    if (linked)
        ac_job_release(c);          /* the parent's reference */
}

/* Completes j once its body is done and no child is left. */
static void try_finalize(ac_job *j)
{
    ac__lock_acquire(&j->lock);
    if (!j->body_done || j->nchildren || j->finalized || j->notifying) {
        ac__lock_release(&j->lock);
        return;
    }
    j->finalized = true;
    ac_error *final = final_cause_locked(j);
    ac__lock_release(&j->lock);

    ac_job_retain(j);               /* handlers may drop the last handle */
    /* run_blocking's root may end here on another thread, its body done
     * and its last child just finished: its loop must look again.  The
     * reference keeps the loop until the poke, after the loop may see
     * the root final and return. */
    ac__loop *poke = j->kind == AC__KIND_BLOCKING && ac__coro_of(j)->home
                        ? ac__loop_retain(ac__coro_of(j)->home) : NULL;
    /* A producer's end closes its channel; a failure the channel took
     * reaches the consumer, not a handler (kotlinx's ProducerCoroutine). */
    ac_channel *produced = j->produces;
    j->produces = NULL;
    bool to_channel = produced && ac__channel_producer_done(produced, final);
    ac_channel_release(produced);
    if (is_failure(final) && !tell_parent(j, final) && j->kind == AC__KIND_LAUNCH &&
        !to_channel)
        ac__handle_uncaught(j, final);

    /* Publish, then wake waiters under the lock (their nodes live in
     * frames that may go away as soon as the lock is released) and run
     * the handlers outside it. */
    ac__lock_acquire(&j->lock);
    j->final = final;
    atomic_store_explicit(&j->state, final ? AC__JOB_CANCELLED : AC__JOB_COMPLETED,
                          memory_order_release);
    ac__jnode *nodes = NULL, *handlers = NULL;
    while (j->nodes) {              /* newest first -> registration order */
        ac__jnode *n = j->nodes;
        j->nodes = n->next;
        n->next = nodes;
        nodes = n;
    }
    while (nodes) {
        ac__jnode *next = nodes->next;
        nodes->on_list = false;
        if (nodes->fn) {
            nodes->next = handlers;     /* newest first again */
            handlers = nodes;
        } else if (!nodes->sel || ac__select_claim(nodes->sel, nodes->clause)) {
            ac__wake(nodes->co, nodes->seq);
        }
        nodes = next;
    }
    ac__lock_release(&j->lock);
    if (poke) {
        ac__loop_poke(poke);
        ac__loop_release(poke);
    }
    ac__jnode *rev = handlers;
    run_nodes(j, rev);
    if (j->parent)
        child_completed(j->parent, j);
    if (ac__job_has_coro(j))
        ac_job_release(j);          /* the coroutine's running reference */
    ac_job_release(j);
}

/* ------------------------------------------------------------------ */
/* Waiters and handlers                                                */
/* ------------------------------------------------------------------ */

bool ac__job_add_node(ac_job *j, ac__jnode *n)
{
    ac__lock_acquire(&j->lock);
    bool ok = !ac__job_is_final(j);
    if (ok) {
        n->next = j->nodes;
        if (n->next)
            n->next->pprev = &n->next;
        n->pprev = &j->nodes;
        j->nodes = n;
        n->on_list = true;
    }
    ac__lock_release(&j->lock);
    return ok;
}

/* Called with j's lock held and n on j's list. */
static void unlink_node(ac__jnode *n)
{
    *n->pprev = n->next;
    if (n->next)
        n->next->pprev = n->pprev;
    n->on_list = false;
}

/* O(1): a cancellation storm of many waiters on one job (100k children
 * joining it) must not cost a list walk each (it was quadratic). */
void ac__job_remove_node(ac_job *j, ac__jnode *n)
{
    ac__lock_acquire(&j->lock);
    if (n->on_list)
        unlink_node(n);
    ac__lock_release(&j->lock);
}

int ac_job_invoke_on_completion(ac_job *job, ac_completion_fn *fn, void *arg)
{
    if (!job || !fn)
        return -1;
    ac__jnode *n = ac__malloc(sizeof *n);
    if (!n)
        return -1;
    memset(n, 0, sizeof *n);
    n->fn = fn;
    n->arg = arg;
    if (!ac__job_add_node(job, n)) {
        ac__free(n);
        fn(job, job->final, arg);   /* already complete: run now */
    }
    return 0;
}

int ac_job_remove_completion(ac_job *job, ac_completion_fn *fn, void *arg)
{
    if (!job || !fn)
        return 0;
    ac__jnode *n = NULL;
    ac__lock_acquire(&job->lock);
    for (ac__jnode *p = job->nodes; p; p = p->next)
        if (p->fn == fn && p->arg == arg) {         /* newest first */
            n = p;
            unlink_node(n);
            break;
        }
    ac__lock_release(&job->lock);
    ac__free(n);
    return n != NULL;
}

/* ------------------------------------------------------------------ */
/* The public face                                                     */
/* ------------------------------------------------------------------ */

static ac_job *plain_new(ac_job *parent, bool supervisor)
{
    ac_job *j = ac__malloc(sizeof *j);
    if (!j)
        return NULL;
    memset(j, 0, sizeof *j);
    ac__job_init(j, AC__KIND_PLAIN, supervisor, NULL);
    ac__job_attach(j, parent, false);
    return j;
}

ac_job *ac_job_new(ac_job *parent)
{
    return plain_new(parent, false);
}

ac_job *ac_supervisor_job_new(ac_job *parent)
{
    return plain_new(parent, true);
}

static int complete_plain(ac_job *job, ac_error *e)
{
    if (!job || job->kind != AC__KIND_PLAIN) {
        ac_error_release(e);
        return 0;
    }
    return finish_body(job, e, true);
}

int ac_job_complete(ac_job *job)
{
    return complete_plain(job, NULL);
}

int ac_job_complete_exceptionally(ac_job *job, ac_error *cause)
{
    return complete_plain(job, cause ? cause : ac_error_new(&AC_ILLEGAL_ARGUMENT,
                                                            "NULL cause"));
}

int ac_job_is_active(const ac_job *job)
{
    int s = job ? ac__job_state(job) : AC__JOB_NEW;
    return s == AC__JOB_ACTIVE || s == AC__JOB_COMPLETING;
}

int ac_job_is_completed(const ac_job *job)
{
    return job && ac__job_is_final(job);
}

int ac_job_is_cancelled(const ac_job *job)
{
    return job && ac__job_is_cancelling(job);
}

ac_job *ac_job_parent(const ac_job *job)
{
    return job ? job->parent : NULL;
}

size_t ac_job_children(ac_job *job, ac_job **out, size_t cap)
{
    if (!job)
        return 0;
    ac__lock_acquire(&job->lock);
    size_t n = children_locked(job, out, out ? cap : 0);
    ac__lock_release(&job->lock);
    return n;
}

int ac_job_cancel(ac_job *job, ac_error *cause)
{
    if (!job) {
        ac_error_release(cause);
        return 0;
    }
    return cancel_job(job, cause) == 1;
}

void ac_job_cancel_children(ac_job *job, ac_error *cause)
{
    if (job)
        for_each_child(job, cancel_child_with, cause);
    ac_error_release(cause);
}

ac_error *ac_job_get_cancellation_error(ac_job *job)
{
    if (!job)
        return ac_error_new(&AC_ILLEGAL_ARGUMENT, "NULL job");
    ac__lock_acquire(&job->lock);
    int s = ac__job_state(job);
    ac_error *e;
    if (s == AC__JOB_COMPLETED)
        e = NULL;
    else if (s == AC__JOB_CANCELLING || s == AC__JOB_CANCELLED)
        e = cancellation_locked(job, "Job is cancelling");
    else
        e = ac_error_new(&AC_ILLEGAL_STATE, "Job is still new or active: %s",
                         kind_name(job));
    ac__lock_release(&job->lock);
    return e;
}

ac_error *ac_deferred_error(const ac_deferred *d)
{
    return d && ac__job_is_final(d) ? d->final : NULL;
}

const char *ac_job_name(const ac_job *job)
{
    const char *n = job ? ac_ctx_get_name(job->ctx) : NULL;
    return n ? n : job ? kind_name(job) : "";
}
