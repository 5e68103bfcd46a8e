/*
 * ctx.c -- coroutine contexts: immutable sets of elements, one per key.
 *
 * A context is a counted array of a handful of elements, so lookups are a
 * short scan and `a + b` is a merge into a new array.  Every function that
 * takes a context consumes it, which lets a program write
 * ac_ctx_plus(ac_coroutine_name("x"), ac_exception_handler(h, 0)) without
 * naming the temporaries.  NonCancellable is a static context that is
 * never counted.
 *
 * NULL is the empty context, so a constructor cannot say "failed" with
 * NULL: composed into a builder's argument, a failed name or dispatcher
 * would silently vanish and the coroutine would run where nobody asked.
 * A constructor that fails returns one of the static failed contexts
 * below instead; a + b of a failed context is that context, and every
 * builder given one fails with its error (decision 74).
 */
#include "internal.h"

#include <string.h>

struct ac_ctx ac__non_cancellable_ctx = {
    .immortal = true,
    .has_job = true,
    .n = 0,                     /* its element lives in the flexible array
                                   of a static twin below */
};

/* The one element of NonCancellable, kept out of the static struct above
 * (a flexible array member cannot be initialised portably). */
static const ac__ctx_elem non_cancellable_elem = {.kind = AC__CTX_NON_CANCELLABLE};

/* What ac_ctx_minus_key leaves when it removes the last element: an empty
 * context that is not NULL (as documented before failed contexts). */
static struct ac_ctx empty_ctx = {.immortal = true, .n = 0};

/* The failed contexts: no elements, a reason, never counted. */
static struct ac_ctx ctx_no_memory = {.immortal = true, .failure = AC__CTX_NO_MEMORY};
static struct ac_ctx ctx_null_dispatcher = {.immortal = true, .failure = AC__CTX_NULL_DISPATCHER};
static struct ac_ctx ctx_null_job = {.immortal = true, .failure = AC__CTX_NULL_JOB};

/* c, or the out-of-memory context when c could not be made. */
static ac_ctx *or_no_memory(ac_ctx *c)
{
    return c ? c : &ctx_no_memory;
}

static bool failed(const ac_ctx *c)
{
    return c && c->failure != AC__CTX_OK;
}

int ac_ctx_valid(const ac_ctx *ctx)
{
    return !failed(ctx);
}

/* The error a builder given the failed context c fails with. */
static ac_error *failure_error(const ac_ctx *c)
{
    switch (c->failure) {
    case AC__CTX_NULL_DISPATCHER:
        return ac_error_new(&AC_ILLEGAL_ARGUMENT,
                            "ac_ctx_dispatcher(NULL): the context names no dispatcher "
                            "(a dispatcher constructor failed?)");
    case AC__CTX_NULL_JOB:
        return ac_error_new(&AC_ILLEGAL_ARGUMENT, "ac_ctx_job(NULL): the context names no job");
    default:
        return ac__error_oom();
    }
}

/* The keys of the built-in elements, for ac_ctx_minus_key. */
const ac_ctx_key AC_CTX_JOB_KEY = {"Job"};
const ac_ctx_key AC_CTX_NAME_KEY = {"CoroutineName"};
const ac_ctx_key AC_CTX_HANDLER_KEY = {"CoroutineExceptionHandler"};
const ac_ctx_key AC_CTX_DISPATCHER_KEY = {"ContinuationInterceptor"};

static size_t elem_count(const ac_ctx *c)
{
    return c == &ac__non_cancellable_ctx ? 1 : c ? c->n : 0;
}

static const ac__ctx_elem *elem_at(const ac_ctx *c, size_t i)
{
    return c == &ac__non_cancellable_ctx ? &non_cancellable_elem : &c->e[i];
}

static ac_ctx *ctx_alloc(size_t n)
{
    ac_ctx *c = ac__malloc(sizeof *c + n * sizeof c->e[0]);
    if (!c)
        return NULL;
    atomic_init(&c->refs, 1);
    c->immortal = false;
    c->failure = AC__CTX_OK;
    c->has_job = false;
    c->loop = NULL;
    c->n = n;
    return c;
}

/* c's elements are filled in: its length is n, and its summary is made. */
static void ctx_seal(ac_ctx *c, size_t n)
{
    c->n = n;
    c->has_job = false;
    c->loop = NULL;
    for (size_t i = 0; i < n; i++) {
        int kind = c->e[i].kind;
        c->has_job |= kind == AC__CTX_JOB || kind == AC__CTX_NON_CANCELLABLE;
        if (kind == AC__CTX_DISPATCHER)
            c->loop = c->e[i].u.loop;
    }
}

static void elem_retain(ac__ctx_elem *e)
{
    if (e->kind == AC__CTX_JOB)
        ac_job_retain(e->u.job);
    else if (e->kind == AC__CTX_DISPATCHER)
        ac__loop_retain(e->u.loop);
}

static void elem_drop(ac__ctx_elem *e)
{
    if (e->kind == AC__CTX_JOB)
        ac_job_release(e->u.job);
    else if (e->kind == AC__CTX_NAME)
        ac__free(e->u.name);
    else if (e->kind == AC__CTX_DISPATCHER)
        ac__loop_release(e->u.loop);
}

ac_ctx *ac_ctx_retain(ac_ctx *ctx)
{
    if (ctx && !ctx->immortal)
        atomic_fetch_add_explicit(&ctx->refs, 1, memory_order_relaxed);
    return ctx;
}

void ac_ctx_release(ac_ctx *ctx)
{
    if (!ctx || ctx->immortal ||
        atomic_fetch_sub_explicit(&ctx->refs, 1, memory_order_acq_rel) != 1)
        return;
    for (size_t i = 0; i < ctx->n; i++)
        elem_drop(&ctx->e[i]);
    ac__free(ctx);
}

/* Job and NonCancellable share a key: the job of the context. */
static bool same_key(const ac__ctx_elem *a, const ac__ctx_elem *b)
{
    bool ja = a->kind == AC__CTX_JOB || a->kind == AC__CTX_NON_CANCELLABLE;
    bool jb = b->kind == AC__CTX_JOB || b->kind == AC__CTX_NON_CANCELLABLE;
    if (ja || jb)
        return ja && jb;
    return a->kind == b->kind && (a->kind != AC__CTX_VALUE || a->key == b->key);
}

/* A copy of element e for a new context; names are duplicated. */
static bool elem_copy(ac__ctx_elem *dst, const ac__ctx_elem *src)
{
    *dst = *src;
    if (src->kind == AC__CTX_NAME) {
        size_t n = strlen(src->u.name) + 1;
        if (!(dst->u.name = ac__malloc(n)))
            return false;
        memcpy(dst->u.name, src->u.name, n);
    }
    elem_retain(dst);
    return true;
}

ac_ctx *ac_ctx_plus(ac_ctx *a, ac_ctx *b)
{
    if (failed(a) || failed(b)) {      /* the first failure wins */
        ac_ctx *f = failed(a) ? a : b;
        ac_ctx_release(f == a ? b : a);
        return f;
    }
    if (!a || !elem_count(a))
        return ac_ctx_release(a), b;
    if (!b || !elem_count(b))
        return ac_ctx_release(b), a;
    size_t na = elem_count(a), nb = elem_count(b), n = 0;
    ac_ctx *c = ctx_alloc(na + nb);
    bool ok = c != NULL;
    for (size_t i = 0; ok && i < na; i++) {
        bool overridden = false;
        for (size_t k = 0; k < nb; k++)
            overridden |= same_key(elem_at(a, i), elem_at(b, k));
        if (!overridden && (ok = elem_copy(&c->e[n], elem_at(a, i))))
            n++;
    }
    for (size_t k = 0; ok && k < nb; k++)
        if ((ok = elem_copy(&c->e[n], elem_at(b, k))))
            n++;
    if (c)
        ctx_seal(c, n);
    ac_ctx_release(a);
    ac_ctx_release(b);
    if (!ok) {
        ac_ctx_release(c);
        return &ctx_no_memory;
    }
    return c;
}

static ac_ctx *single(ac__ctx_elem e)
{
    ac_ctx *c = ctx_alloc(1);
    if (c) {
        c->e[0] = e;
        ctx_seal(c, 1);
    } else
        elem_drop(&e);
    return c;
}

ac_ctx *ac_coroutine_name(const char *name)
{
    size_t n = strlen(name ? name : "") + 1;
    char *copy = ac__malloc(n);
    if (!copy)
        return &ctx_no_memory;
    memcpy(copy, name ? name : "", n);
    return or_no_memory(single((ac__ctx_elem){.kind = AC__CTX_NAME, .u.name = copy}));
}

ac_ctx *ac_exception_handler(ac_exception_handler_fn *fn, void *arg)
{
    ac__ctx_elem e = {.kind = AC__CTX_HANDLER};
    e.u.handler.fn = fn;
    e.u.handler.arg = arg;
    return or_no_memory(single(e));
}

ac_ctx *ac_ctx_job(ac_job *job)
{
    if (!job)
        return &ctx_null_job;
    return or_no_memory(single((ac__ctx_elem){.kind = AC__CTX_JOB, .u.job = ac_job_retain(job)}));
}

ac_ctx *ac_ctx_value(const ac_ctx_key *key, void *value)
{
    return or_no_memory(single((ac__ctx_elem){.kind = AC__CTX_VALUE, .key = key, .u.value = value}));
}

ac_ctx *ac__ctx_for_loop_or_fail(struct ac__loop *l)
{
    return l ? or_no_memory(ac__ctx_for_loop(l)) : &ctx_null_dispatcher;
}

ac_ctx *ac__ctx_for_loop(struct ac__loop *l)
{
    return single((ac__ctx_elem){.kind = AC__CTX_DISPATCHER, .u.loop = ac__loop_retain(l)});
}

const ac__ctx_elem *ac__ctx_find(const ac_ctx *ctx, int kind, const void *key)
{
    size_t n = elem_count(ctx);
    for (size_t i = 0; i < n; i++) {
        const ac__ctx_elem *e = elem_at(ctx, i);
        if (e->kind == kind && (kind != AC__CTX_VALUE || e->key == key))
            return e;
    }
    return NULL;
}

ac_job *ac_ctx_get_job(const ac_ctx *ctx)
{
    const ac__ctx_elem *e = ac__ctx_find(ctx, AC__CTX_JOB, NULL);
    return e ? e->u.job : NULL;
}

const char *ac_ctx_get_name(const ac_ctx *ctx)
{
    const ac__ctx_elem *e = ac__ctx_find(ctx, AC__CTX_NAME, NULL);
    return e ? e->u.name : NULL;
}

void *ac_ctx_get(const ac_ctx *ctx, const ac_ctx_key *key)
{
    const ac__ctx_elem *e = ac__ctx_find(ctx, AC__CTX_VALUE, key);
    return e ? e->u.value : NULL;
}

ac_exception_handler_fn *ac_ctx_get_handler(const ac_ctx *ctx, void **arg)
{
    const ac__ctx_elem *e = ac__ctx_find(ctx, AC__CTX_HANDLER, NULL);
    if (arg)
        *arg = e ? e->u.handler.arg : NULL;
    return e ? e->u.handler.fn : NULL;
}

/* Whether e is the element of `key`: a built-in key names a kind (the job
 * key covers NonCancellable, which takes the job's place); any other key is
 * a user key of ac_ctx_value. */
static bool has_key(const ac__ctx_elem *e, const ac_ctx_key *key)
{
    if (key == &AC_CTX_JOB_KEY)
        return e->kind == AC__CTX_JOB || e->kind == AC__CTX_NON_CANCELLABLE;
    if (key == &AC_CTX_NAME_KEY)
        return e->kind == AC__CTX_NAME;
    if (key == &AC_CTX_HANDLER_KEY)
        return e->kind == AC__CTX_HANDLER;
    if (key == &AC_CTX_DISPATCHER_KEY)
        return e->kind == AC__CTX_DISPATCHER;
    return e->kind == AC__CTX_VALUE && e->key == key;
}

ac_ctx *ac_ctx_minus_key(ac_ctx *ctx, const ac_ctx_key *key)
{
    if (failed(ctx))
        return ctx;
    size_t total = elem_count(ctx), keep = 0;
    for (size_t i = 0; i < total; i++)
        keep += !has_key(elem_at(ctx, i), key);
    if (keep == total)
        return ctx ? ctx : &empty_ctx;
    ac_ctx *c = keep ? ctx_alloc(keep) : &empty_ctx;
    bool ok = c != NULL;
    size_t n = 0;
    for (size_t i = 0; ok && keep && i < total; i++)
        if (!has_key(elem_at(ctx, i), key) && (ok = elem_copy(&c->e[n], elem_at(ctx, i))))
            n++;
    if (c && keep)
        ctx_seal(c, n);
    ac_ctx_release(ctx);
    if (!ok) {
        ac_ctx_release(c);
        return &ctx_no_memory;
    }
    return c;
}

int ac_ctx_is_non_cancellable(const ac_ctx *ctx)
{
    return ac__ctx_find(ctx, AC__CTX_NON_CANCELLABLE, NULL) != NULL;
}

struct ac__loop *ac__ctx_loop(const ac_ctx *ctx)
{
    return ctx ? ctx->loop : NULL;
}

ac_ctx *ac_current_context(void)
{
    ac_coro *co = ac__coro_current();
    return co ? co->cur->ctx : NULL;
}

ac_job *ac_current_job(void)
{
    ac_coro *co = ac__coro_current();
    return co ? co->cur : NULL;
}

static bool has_job_element(const ac_ctx *c)
{
    return c && c->has_job;
}

ac_ctx *ac__ctx_merge(const ac_ctx *a, const ac_ctx *b, ac_error **err)
{
    *err = NULL;
    if (failed(a) || failed(b)) {
        *err = failure_error(failed(a) ? a : b);
        return NULL;
    }
    size_t na = elem_count(a), nb = elem_count(b), n = 0;
    if (na + nb == 0)
        return NULL;
    /* The common launch adds nothing to its scope's context, which holds
     * no job: share it (contexts are immutable) instead of copying it. */
    if (nb == 0 && !has_job_element(a))
        return ac_ctx_retain((ac_ctx *)a);
    if (na == 0 && !has_job_element(b))
        return ac_ctx_retain((ac_ctx *)b);
    ac_ctx *c = ctx_alloc(na + nb);
    if (!c) {
        *err = ac__error_oom();
        return NULL;
    }
    bool ok = true;
    for (size_t i = 0; ok && i < na + nb; i++) {
        const ac__ctx_elem *e = i < na ? elem_at(a, i) : elem_at(b, i - na);
        if (e->kind == AC__CTX_JOB || e->kind == AC__CTX_NON_CANCELLABLE)
            continue;
        bool overridden = false;
        for (size_t k = i < na ? 0 : nb; k < nb; k++)
            overridden |= same_key(e, elem_at(b, k));
        if (!overridden && (ok = elem_copy(&c->e[n], e)))
            n++;
    }
    ctx_seal(c, n);
    if (!ok) {
        ac_ctx_release(c);
        *err = ac__error_oom();
        return NULL;
    }
    if (n == 0) {
        ac_ctx_release(c);
        return NULL;
    }
    return c;
}
