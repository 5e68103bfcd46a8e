/*
 * select.c -- ac_select: wait for the first of several clauses.
 *
 * The block runs in passes driven by ac__select_step (asyncc.h): the
 * clauses register themselves (ac__select_add), step selects, then the
 * winning clause's block runs.  Selecting, as Go's select does:
 *
 *   1. lock every channel of the select (in address order: no deadlock
 *      with another select over the same channels);
 *   2. try the clauses in order (unbiased: from a random one); the first
 *      that can complete does, under those locks, and wins;
 *   3. none can: park, link a node on every channel, job and timer, and
 *      unlock.  Nobody could complete a clause before, since nothing was
 *      registered and the channels were locked;
 *   4. whoever completes a node first claims the select (a CAS on its
 *      `claim` word, from 0 to clause + 1) and only then moves an element,
 *      so a losing clause moves nothing; a node whose claim fails is
 *      dropped;
 *   5. resumed, the select unregisters every node (channels locked again,
 *      job nodes and the timer removed under their own locks, which also
 *      waits for any completer still at work) and reports the winner.  A
 *      cancellation claims the select for nobody (-1); if that CAS fails a
 *      clause had won, and the select completes normally (atomic
 *      cancellation, as a channel operation).
 *
 * The nodes live in the step's frame, sized for the clauses at the call.
 */
#include "internal.h"

#include <stdlib.h>

struct ac__select {
    _Atomic int claim;              /* 0 open, k + 1 clause k, -1 cancelled */
};

typedef union {
    ac__wnode chan;
    ac__jnode job;
} sel_node;

typedef struct {
    ac_frame hdr;
    ac_select_state *s;
    struct ac__select sel;
    int nch;                        /* distinct channels */
    ac_channel **chans;             /* sorted, in mem */
    sel_node *nodes;                /* one per clause, in mem */
    ac__timer timer;
    int timer_clause;               /* -1: none */
    ac__loop *counted;
    max_align_t mem[];
} step_frame;

bool ac__select_claim(struct ac__select *sel, int clause)
{
    int open = 0;
    return atomic_compare_exchange_strong_explicit(&sel->claim, &open, clause + 1,
                                                   memory_order_acq_rel,
                                                   memory_order_acquire);
}

ac_select_state ac__select_init(int unbiased)
{
    ac_select_state s;
    memset(&s, 0, sizeof s);
    s.unbiased = unbiased;
    return s;
}

/* Copies a send clause's element into the state (the caller's may be a
 * compound literal that ends with the clause's statement). */
static bool keep_copy(ac_select_state *s, ac__select_clause *c)
{
    size_t n = ac_channel_elem_size(c->obj);
    size_t need = s->ncopy + ((n + 15) & ~(size_t)15);
    if (!s->copies) {
        s->copies = (unsigned char *)s->copy_inl;
        s->copy_cap = sizeof s->copy_inl;
    }
    if (need > s->copy_cap) {
        size_t cap = 2 * need;
        unsigned char *b = ac__malloc(cap);
        if (!b)
            return false;
        memcpy(b, s->copies, s->ncopy);
        if (s->copies != (unsigned char *)s->copy_inl)
            ac__free(s->copies);
        s->copies = b;
        s->copy_cap = cap;
    }
    c->copy = s->ncopy;
    if (n)
        memcpy(s->copies + s->ncopy, c->data, n);
    s->ncopy = need;
    return true;
}

int ac__select_add(ac_select_state *s, int kind, void *obj, void *data, int *got, int64_t ms)
{
    if (s->n < 0)
        return 0;                   /* out of memory already */
    if (!s->clauses) {
        s->clauses = s->inl;
        s->cap = AC__SELECT_INLINE;
    }
    if (s->n == s->cap) {
        size_t cap = 2 * (size_t)s->cap;
        ac__select_clause *c = ac__malloc(cap * sizeof *c);
        if (!c) {
            s->n = -1;
            return 0;
        }
        memcpy(c, s->clauses, (size_t)s->n * sizeof *c);
        if (s->clauses != s->inl)
            ac__free(s->clauses);
        s->clauses = c;
        s->cap = (int)cap;
    }
    ac__select_clause *c = &s->clauses[s->n];
    *c = (ac__select_clause){kind, obj, data, got, ms, 0};
    if (kind == AC__SEL_SEND && obj && data && !keep_copy(s, c)) {
        s->n = -1;
        return 0;
    }
    s->n++;
    return 0;
}

static void free_clauses(ac_select_state *s)
{
    if (s->clauses && s->clauses != s->inl)
        ac__free(s->clauses);
    if (s->copies && s->copies != (unsigned char *)s->copy_inl)
        ac__free(s->copies);
    s->clauses = NULL;
    s->copies = NULL;
}

static bool is_chan(int kind) { return kind <= AC__SEL_SEND; }
static bool is_job(int kind) { return kind == AC__SEL_AWAIT || kind == AC__SEL_JOIN; }

static void lock_all(step_frame *fr)
{
    for (int i = 0; i < fr->nch; i++)
        ac__channel_lock(fr->chans[i]);
}

static void unlock_all(step_frame *fr)
{
    for (int i = fr->nch; i-- > 0;)
        ac__channel_unlock(fr->chans[i]);
}

/* ------------------------------------------------------------------ */
/* Completing the winner                                               */
/* ------------------------------------------------------------------ */

/* Clause i completed with `result` (AC__DONE or AC__CLOSED for a channel
 * clause): finish it, then run its block. */
static ac_status won(step_frame *fr, int i, int result, ac_error *closed_err)
{
    ac_select_state *s = fr->s;
    ac__select_clause *c = &s->clauses[i];
    ac_error *e = closed_err;
    if (is_chan(c->kind) && result == AC__CLOSED && !e && c->kind == AC__SEL_RECEIVE)
        e = ac_error_new(&AC_CLOSED_RECEIVE, "Channel was closed");
    if (c->kind == AC__SEL_RECEIVE_OR_CLOSED && c->got && !e)
        *c->got = result == AC__DONE;
    if (c->kind == AC__SEL_AWAIT && !e) {
        ac_job *j = c->obj;
        if (j->final)
            e = ac_error_retain(j->final);
        else if (c->data)
            memcpy(c->data, ac__coro_result(ac__coro_of(j)), ac__coro_of(j)->result_size);
    }
    free_clauses(s);
    s->winner = i;
    s->at = 0;
    s->phase = 2;
    if (e)
        return ac__fail(&fr->hdr, e);
    *(int *)fr->hdr.result = 1;
    return AC_DONE;
}

/* Tries clause i now (channels locked): true if it completed. */
static bool try_now(step_frame *fr, int i, int *result, ac_error **err)
{
    ac__select_clause *c = &fr->s->clauses[i];
    int r;
    switch (c->kind) {
    case AC__SEL_SEND:
        r = ac__channel_send_locked(c->obj, fr->s->copies + fr->s->clauses[i].copy);
        break;
    case AC__SEL_RECEIVE:
    case AC__SEL_RECEIVE_OR_CLOSED:
        r = ac__channel_receive_locked(c->obj, c->data);
        break;
    case AC__SEL_AWAIT:
    case AC__SEL_JOIN:
        *result = AC__DONE;
        return ac__job_is_final(c->obj);
    default:                        /* a timeout */
        *result = AC__DONE;
        return c->ms <= 0;
    }
    if (r == AC_CHANNEL_WOULD_SUSPEND)
        return false;
    if (r < 0) {
        *err = ac__error_oom();
        ac_error_retain(*err);
    } else if (r == AC_CHANNEL_CLOSED) {
        *err = ac__channel_closed_error_locked(c->obj, c->kind == AC__SEL_SEND);
    }
    *result = r == AC_CHANNEL_OK ? AC__DONE : AC__CLOSED;
    return true;
}

/* ------------------------------------------------------------------ */
/* Waiting                                                             */
/* ------------------------------------------------------------------ */

static void unregister(step_frame *fr)
{
    ac_select_state *s = fr->s;
    lock_all(fr);
    for (int i = 0; i < s->n; i++)
        if (is_chan(s->clauses[i].kind))
            ac__channel_unwait_locked(s->clauses[i].obj, &fr->nodes[i].chan,
                                      s->clauses[i].kind == AC__SEL_SEND);
    unlock_all(fr);
    for (int i = 0; i < s->n; i++)
        if (is_job(s->clauses[i].kind))
            ac__job_remove_node(s->clauses[i].obj, &fr->nodes[i].job);
    if (fr->timer_clause >= 0)
        ac__loop_remove_timer(&fr->timer);
    ac__wait_uncount(&fr->counted, false);
    for (int i = 0; i < fr->nch; i++)
        ac_channel_release(fr->chans[i]);
}

static void abandon(ac_coro *co, void *arg)
{
    (void)co;
    step_frame *fr = arg;
    unregister(fr);
    free_clauses(fr->s);
}

static void timer_fired(ac__timer *t)
{
    step_frame *fr = (step_frame *)((char *)t - offsetof(step_frame, timer));
    if (ac__select_claim(&fr->sel, fr->timer_clause))
        ac__wake(t->co, t->wake_seq);
}

/* Links a node for every clause (channels locked).  A job that completed
 * meanwhile completes its clause at once. */
static int register_all(step_frame *fr, ac_coro *co, uint64_t seq)
{
    ac_select_state *s = fr->s;
    int64_t soonest = -1;
    for (int i = 0; i < s->n; i++) {
        ac__select_clause *c = &s->clauses[i];
        sel_node *n = &fr->nodes[i];
        if (is_chan(c->kind)) {
            void *data = c->kind == AC__SEL_SEND ? fr->s->copies + fr->s->clauses[i].copy : c->data;
            n->chan = (ac__wnode){.co = co, .seq = seq, .data = data, .sel = &fr->sel, .clause = i};
            ac__channel_wait_locked(c->obj, &n->chan, c->kind == AC__SEL_SEND);
        } else if (is_job(c->kind)) {
            n->job = (ac__jnode){.co = co, .seq = seq, .sel = &fr->sel, .clause = i};
            if (!ac__job_add_node(c->obj, &n->job) && ac__select_claim(&fr->sel, i))
                ac__wake(co, seq);          /* after this step */
        } else if (soonest < 0 || c->ms < s->clauses[soonest].ms) {
            soonest = i;
        }
    }
    for (int i = 0; i < fr->nch; i++)
        ac_channel_retain(fr->chans[i]);
    fr->counted = ac__wait_count(co, false);
    if (soonest >= 0) {
        fr->timer = (ac__timer){.co = co, .wake_seq = seq, .fire = timer_fired};
        fr->timer_clause = (int)soonest;
        if (ac__loop_add_timer(co->loop, &fr->timer, s->clauses[soonest].ms) != 0) {
            fr->timer_clause = -1;
            return -1;
        }
    }
    return 0;
}

static _Thread_local uint32_t rng = 2463534242u;

static int first_clause(const ac_select_state *s)
{
    if (!s->unbiased || s->n < 2)
        return 0;
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return (int)(rng % (uint32_t)s->n);
}

static ac_status select_now(step_frame *fr)
{
    ac_select_state *s = fr->s;
    ac_coro *co = fr->hdr.coro;
    lock_all(fr);
    int start = first_clause(s);
    for (int k = 0; k < s->n; k++) {
        int i = (start + k) % s->n, result;
        ac_error *err = NULL;
        if (try_now(fr, i, &result, &err)) {
            unlock_all(fr);
            return won(fr, i, result, err);
        }
    }
    uint64_t seq = ac__park(co, true, abandon, fr);
    if (!seq) {
        unlock_all(fr);
        free_clauses(s);
        return ac__throw_cancelled(&fr->hdr);
    }
    fr->hdr.state = 1;
    int r = register_all(fr, co, seq);
    unlock_all(fr);
    if (r != 0 && ac__select_claim(&fr->sel, -2)) {     /* -1: nobody won */
        ac__unpark(co);
        unregister(fr);
        free_clauses(s);
        return ac__fail_oom(&fr->hdr);
    }
    return AC_SUSPENDED;            /* co may run elsewhere already */
}

static ac_status select_woken(step_frame *fr)
{
    (void)ac__park_interrupted(fr->hdr.coro);
    int open = 0;
    bool cancelled = atomic_compare_exchange_strong_explicit(&fr->sel.claim, &open, -1,
                                                             memory_order_acq_rel,
                                                             memory_order_acquire);
    unregister(fr);                 /* completers are done with us after it */
    if (cancelled) {
        free_clauses(fr->s);
        return ac__throw_cancelled(&fr->hdr);
    }
    int i = atomic_load_explicit(&fr->sel.claim, memory_order_acquire) - 1;
    ac__select_clause *c = &fr->s->clauses[i];
    int result = AC__DONE;
    ac_error *err = NULL;
    if (is_chan(c->kind)) {
        ac__channel_lock(c->obj);
        result = fr->nodes[i].chan.result;
        if (result == AC__CLOSED)
            err = ac__channel_closed_error_locked(c->obj, c->kind == AC__SEL_SEND);
        ac__channel_unlock(c->obj);
    }
    return won(fr, i, result, err);
}

/* ------------------------------------------------------------------ */
/* The passes                                                          */
/* ------------------------------------------------------------------ */

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(void *const *)a, y = (uintptr_t)*(void *const *)b;
    return (x > y) - (x < y);
}

static ac_status check_clauses(step_frame *fr)
{
    ac_select_state *s = fr->s;
    const char *bad = NULL;
    if (s->n < 0)
        return ac__fail_oom(&fr->hdr);
    if (s->n == 0)
        bad = "ac_select with no clause";
    for (int i = 0; !bad && i < s->n; i++) {
        ac__select_clause *c = &s->clauses[i];
        if (c->kind != AC__SEL_TIMEOUT && !c->obj)
            bad = "a select clause on a NULL channel or job";
        else if ((c->kind == AC__SEL_RECEIVE || c->kind == AC__SEL_RECEIVE_OR_CLOSED ||
                  c->kind == AC__SEL_SEND) && !c->data && ac_channel_elem_size(c->obj))
            bad = "a select clause without an element pointer";
        else if (c->kind == AC__SEL_AWAIT && ((ac_job *)c->obj)->kind != AC__KIND_ASYNC)
            bad = "ac_on_await of a job that is not a deferred";
    }
    if (!bad)
        return AC_DONE;
    free_clauses(s);
    return ac__fail(&fr->hdr, ac_error_new(&AC_ILLEGAL_ARGUMENT, "%s", bad));
}

static ac_status step_resume(ac_frame *self)
{
    step_frame *fr = (step_frame *)self;
    ac_select_state *s = fr->s;
    if (self->state == 1)
        return select_woken(fr);
    *(int *)self->result = 0;
    if (s->phase == 0) {            /* collect the clauses */
        s->phase = 1;
        *(int *)self->result = 1;
        return AC_DONE;
    }
    if (s->phase != 1) {            /* the winner's block has run */
        s->phase = 3;
        return AC_DONE;
    }
    if (check_clauses(fr) != AC_DONE)
        return AC_THROW;
    qsort(fr->chans, (size_t)fr->nch, sizeof *fr->chans, cmp_ptr);
    return select_now(fr);
}

/* The frame holds a node per clause and the distinct channels. */
static const ac_frame_site site = {NULL, "ac_select"};

ac_frame *ac__select_step__ac_new(ac_coro *co, void *res, ac_select_state *s)
{
    int n = s->phase == 1 && s->n > 0 ? s->n : 0;
    size_t nodes = (size_t)n * sizeof(sel_node), chans = (size_t)n * sizeof(ac_channel *);
    step_frame *fr = ac__frame_alloc(co, sizeof *fr + nodes + chans, step_resume, res);
    if (!fr)
        return NULL;
    fr->hdr.site = &site;
    fr->s = s;
    atomic_init(&fr->sel.claim, 0);
    fr->nodes = (sel_node *)(void *)fr->mem;
    fr->chans = (ac_channel **)(void *)((char *)fr->mem + nodes);
    fr->timer_clause = -1;
    fr->counted = NULL;
    fr->nch = 0;
    for (int i = 0; i < n; i++) {
        ac__select_clause *c = &s->clauses[i];
        if (!is_chan(c->kind) || !c->obj)
            continue;
        bool seen = false;
        for (int k = 0; k < fr->nch && !seen; k++)
            seen = fr->chans[k] == c->obj;
        if (!seen)
            fr->chans[fr->nch++] = c->obj;
    }
    return &fr->hdr;
}
