/* Contexts: a + b with the right side winning, lookups of every element
 * kind, NULL as the empty context, consuming semantics (nothing leaks),
 * NonCancellable, the current context / job inside and outside a
 * coroutine, the handler lookup and minusKey. */
#include "frames.h"

static const ac_ctx_key KEY_A = {"a"};
static const ac_ctx_key KEY_B = {"b"};
static int value_a1, value_a2, value_b;

static void handler_one(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx, (void)e, (void)arg;
}

static void handler_two(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx, (void)e, (void)arg;
}

static const ac__ctx_elem *handler_of(const ac_ctx *c)
{
    return ac__ctx_find(c, AC__CTX_HANDLER, NULL);
}

static void test_single_elements(void)
{
    char name[] = "loader";
    ac_ctx *c = ac_coroutine_name(name);
    CHECK(c);
    name[0] = 'X';                          /* the name is copied */
    CHECK_STR(ac_ctx_get_name(c), "loader");
    CHECK(ac_ctx_get_job(c) == NULL);
    CHECK(ac_ctx_get(c, &KEY_A) == NULL);
    CHECK(handler_of(c) == NULL);
    CHECK(!ac_ctx_is_non_cancellable(c));
    ac_ctx_release(c);

    c = ac_exception_handler(handler_one, &value_b);
    CHECK(handler_of(c) && handler_of(c)->u.handler.fn == handler_one);
    CHECK(handler_of(c)->u.handler.arg == &value_b);
    CHECK(ac_ctx_get_name(c) == NULL);
    ac_ctx_release(c);

    c = ac_ctx_value(&KEY_A, &value_a1);
    CHECK(ac_ctx_get(c, &KEY_A) == &value_a1);
    CHECK(ac_ctx_get(c, &KEY_B) == NULL);   /* keys compare by address */
    {
        ac_ctx_key same_name = {"a"};
        CHECK(ac_ctx_get(c, &same_name) == NULL);
    }
    ac_ctx_release(c);
}

static void test_plus_right_wins(void)
{
    ac_job *j1 = ac_job_new(NULL), *j2 = ac_job_new(NULL);
    ac_ctx *a = ac_ctx_plus(ac_ctx_plus(ac_coroutine_name("left"), ac_ctx_job(j1)),
                            ac_ctx_plus(ac_ctx_value(&KEY_A, &value_a1),
                                        ac_exception_handler(handler_one, NULL)));
    CHECK(a);
    CHECK_INT(a->n, 4);
    CHECK_STR(ac_ctx_get_name(a), "left");
    CHECK(ac_ctx_get_job(a) == j1);
    CHECK(ac_ctx_get(a, &KEY_A) == &value_a1);
    CHECK(handler_of(a)->u.handler.fn == handler_one);

    ac_ctx *b = ac_ctx_plus(ac_ctx_plus(ac_coroutine_name("right"), ac_ctx_job(j2)),
                            ac_ctx_plus(ac_ctx_value(&KEY_A, &value_a2),
                                        ac_ctx_value(&KEY_B, &value_b)));
    ac_ctx *sum = ac_ctx_plus(ac_ctx_retain(a), ac_ctx_retain(b));
    CHECK(sum);
    CHECK_INT(sum->n, 5);                   /* one element per key */
    CHECK_STR(ac_ctx_get_name(sum), "right");
    CHECK(ac_ctx_get_job(sum) == j2);
    CHECK(ac_ctx_get(sum, &KEY_A) == &value_a2);
    CHECK(ac_ctx_get(sum, &KEY_B) == &value_b);
    CHECK(handler_of(sum)->u.handler.fn == handler_one);   /* only in a */
    /* the operands are unchanged (immutable) */
    CHECK_STR(ac_ctx_get_name(a), "left");
    CHECK(ac_ctx_get(a, &KEY_B) == NULL);
    CHECK_INT(b->n, 4);

    /* the other way round, the left operand's elements win */
    ac_ctx *rev = ac_ctx_plus(ac_ctx_retain(b), ac_ctx_retain(a));
    CHECK_STR(ac_ctx_get_name(rev), "left");
    CHECK(ac_ctx_get_job(rev) == j1);
    CHECK(ac_ctx_get(rev, &KEY_A) == &value_a1);
    CHECK(ac_ctx_get(rev, &KEY_B) == &value_b);

    /* a handler element replaces a handler element */
    ac_ctx *h = ac_ctx_plus(ac_ctx_retain(rev), ac_exception_handler(handler_two, &value_b));
    CHECK(handler_of(h)->u.handler.fn == handler_two);
    CHECK(handler_of(h)->u.handler.arg == &value_b);
    CHECK(handler_of(rev)->u.handler.fn == handler_one);
    ac_ctx_release(h);

    /* job elements hold references: the jobs outlive our handles */
    CHECK_INT(j1->refs, 3);                 /* ours, a's, rev's */
    CHECK_INT(j2->refs, 3);                 /* ours, b's, sum's */
    ac_ctx_release(sum);
    ac_ctx_release(rev);
    ac_ctx_release(a);
    ac_ctx_release(b);
    CHECK_INT(j1->refs, 1);
    CHECK_INT(j2->refs, 1);
    ac_job_release(j1);
    ac_job_release(j2);
}

static void test_null_is_empty(void)
{
    CHECK(ac_ctx_get_job(NULL) == NULL);
    CHECK(ac_ctx_get_name(NULL) == NULL);
    CHECK(ac_ctx_get(NULL, &KEY_A) == NULL);
    CHECK(!ac_ctx_is_non_cancellable(NULL));
    CHECK(ac_ctx_retain(NULL) == NULL);
    ac_ctx_release(NULL);
    CHECK(ac_ctx_plus(NULL, NULL) == NULL);

    /* NULL + x and x + NULL are x itself: no copy, no allocation */
    ac_ctx *c = ac_coroutine_name("n");
    uint64_t mallocs = ac__stat.mallocs;
    CHECK(ac_ctx_plus(NULL, c) == c);
    CHECK(ac_ctx_plus(c, NULL) == c);
    CHECK_INT(ac__stat.mallocs, mallocs);
    CHECK_INT(c->refs, 1);
    CHECK_STR(ac_ctx_get_name(c), "n");
    ac_ctx_release(c);
}

static void test_consuming(void)
{
    /* plus consumes both operands: retained ones survive, the result owns
     * copies; every name string and context is freed exactly once */
    uint64_t frees = ac__stat.frees, mallocs = ac__stat.mallocs;
    ac_ctx *a = ac_coroutine_name("a");
    ac_ctx *kept = ac_ctx_retain(a);
    ac_ctx *sum = ac_ctx_plus(a, ac_ctx_value(&KEY_A, &value_a1));
    CHECK(sum != kept);
    CHECK_INT(kept->refs, 1);               /* plus dropped its reference */
    CHECK_STR(ac_ctx_get_name(kept), "a");
    CHECK_STR(ac_ctx_get_name(sum), "a");
    CHECK(ac_ctx_get_name(sum) != ac_ctx_get_name(kept));  /* a copy */
    ac_ctx_release(kept);
    CHECK_STR(ac_ctx_get_name(sum), "a");
    ac_ctx_release(sum);
    CHECK_INT(ac__stat.mallocs - mallocs, ac__stat.frees - frees);

    /* out of memory in plus: both operands are still consumed */
    ac_job *j = ac_job_new(NULL);
    a = ac_coroutine_name("a");
    ac_ctx *b = ac_ctx_job(j);
    for (long n = 0; n < 3; n++) {
        ac_ctx *x = ac_ctx_retain(a), *y = ac_ctx_retain(b);
        ac__test_fail_alloc_after(n);
        ac_ctx *r = ac_ctx_plus(x, y);
        ac__test_fail_alloc(-1, 0);
        if (n < 2) {                        /* the array, the name copy */
            CHECK(r != NULL && !ac_ctx_valid(r));
            ac_ctx_release(r);              /* a no-op, as for any context */
        } else {
            CHECK(r);
            CHECK(ac_ctx_get_job(r) == j);
            ac_ctx_release(r);
        }
        CHECK_INT(a->refs, 1);
        CHECK_INT(b->refs, 1);
        CHECK_INT(j->refs, 2);              /* ours and b's */
    }
    ac_ctx_release(a);
    ac_ctx_release(b);
    CHECK_INT(j->refs, 1);
    ac_job_release(j);

    /* one-element constructors out of memory: a failed context, nothing
     * kept */
    j = ac_job_new(NULL);
    ac__test_fail_alloc_after(0);
    CHECK(!ac_ctx_valid(ac_coroutine_name("x")));
    CHECK(!ac_ctx_valid(ac_ctx_job(j)));
    CHECK(!ac_ctx_valid(ac_ctx_value(&KEY_A, NULL)));
    CHECK(!ac_ctx_valid(ac_exception_handler(handler_one, NULL)));
    CHECK(!ac_ctx_valid(ac_ctx_dispatcher(ac_dispatcher_default())));
    ac__test_fail_alloc(-1, 0);
    CHECK_INT(j->refs, 1);                  /* the failed ac_ctx_job let go */
    ac_job_release(j);
}

/* A failed context is sticky through plus and minusKey, consumes the
 * other operand, and is never NULL (NULL is the empty context). */
static void test_failed_contexts(void)
{
    CHECK(ac_ctx_valid(NULL) && ac_ctx_valid(ac_non_cancellable));
    ac_ctx *no_disp = ac_ctx_dispatcher(NULL), *no_job = ac_ctx_job(NULL);
    CHECK(no_disp && !ac_ctx_valid(no_disp));
    CHECK(no_job && !ac_ctx_valid(no_job) && no_job != no_disp);
    ac_ctx *name = ac_coroutine_name("kept");
    ac_ctx *r = ac_ctx_plus(name, ac_ctx_dispatcher(NULL));   /* name released */
    CHECK(r == no_disp);
    CHECK(ac_ctx_plus(ac_ctx_job(NULL), ac_ctx_dispatcher(NULL)) == no_job);  /* first wins */
    CHECK(ac_ctx_minus_key(no_disp, &AC_CTX_DISPATCHER_KEY) == no_disp);
    CHECK(ac_ctx_get_name(no_disp) == NULL && ac__ctx_loop(no_disp) == NULL);
    ac_ctx_release(no_disp);                /* immortal: no-ops */
    ac_ctx_retain(no_job);
    ac_ctx *ok = ac_ctx_dispatcher(ac_dispatcher_default());
    CHECK(ac_ctx_valid(ok) && ac_ctx_get_dispatcher(ok) == ac_dispatcher_default());
    ac_ctx_release(ok);
}

static void test_non_cancellable(void)
{
    CHECK(ac_ctx_is_non_cancellable(ac_non_cancellable));
    CHECK(ac_ctx_get_job(ac_non_cancellable) == NULL);
    CHECK(ac_ctx_get_name(ac_non_cancellable) == NULL);
    /* static: retain and release do nothing, any number of times */
    CHECK(ac_ctx_retain(ac_non_cancellable) == ac_non_cancellable);
    ac_ctx_release(ac_non_cancellable);
    ac_ctx_release(ac_non_cancellable);
    CHECK(ac_ctx_is_non_cancellable(ac_non_cancellable));

    /* NonCancellable and a job share the job key */
    ac_job *j = ac_job_new(NULL);
    ac_ctx *c = ac_ctx_plus(ac_ctx_plus(ac_coroutine_name("cleanup"), ac_ctx_job(j)),
                            ac_non_cancellable);
    CHECK(ac_ctx_is_non_cancellable(c));
    CHECK(ac_ctx_get_job(c) == NULL);
    CHECK_STR(ac_ctx_get_name(c), "cleanup");
    CHECK_INT(j->refs, 1);                  /* the job element was replaced */
    c = ac_ctx_plus(c, ac_ctx_job(j));
    CHECK(!ac_ctx_is_non_cancellable(c));
    CHECK(ac_ctx_get_job(c) == j);
    CHECK_STR(ac_ctx_get_name(c), "cleanup");
    ac_ctx_release(c);

    /* NonCancellable on either side of an element with another key */
    c = ac_ctx_plus(ac_non_cancellable, ac_coroutine_name("n"));
    CHECK(ac_ctx_is_non_cancellable(c));
    CHECK_STR(ac_ctx_get_name(c), "n");
    ac_ctx_release(c);
    CHECK(ac_ctx_plus(NULL, ac_non_cancellable) == ac_non_cancellable);
    ac_job_release(j);
}

/* Inside a coroutine: its context and job; a context block's. */
typedef struct {
    ac_frame hdr;
    ac_scope *scope;
} root_frame;

static int inner_checked;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    ac_coro *co = self->coro;
    switch (self->state) {
    case 0:
        CHECK(ac_current_job() == &co->job);
        CHECK(ac_current_context() == co->job.ctx);
        CHECK_STR(ac_ctx_get_name(ac_current_context()), "outer");
        CHECK(ac_ctx_get(ac_current_context(), &KEY_A) == &value_a1);
        ac__scope_open(&fr->scope, self, AC__SCOPE_CONTEXT,
                       ac_ctx_plus(ac_coroutine_name("inner"),
                                   ac_ctx_value(&KEY_B, &value_b)),
                       0, NULL);
        CHECK(ac_current_job() == ac_scope_job(fr->scope));
        CHECK(ac_job_parent(ac_current_job()) == &co->job);
        CHECK_STR(ac_ctx_get_name(ac_current_context()), "inner");
        CHECK(ac_ctx_get(ac_current_context(), &KEY_A) == &value_a1);  /* inherited */
        CHECK(ac_ctx_get(ac_current_context(), &KEY_B) == &value_b);
        inner_checked = 1;
        T_CALL(fr, 1, ac__scope_join__ac_new(co, NULL, fr->scope));
        CHECK_INT(ac__scope_close(fr->scope, self), AC_DONE);
        CHECK(ac_current_job() == &co->job);
        CHECK_STR(ac_ctx_get_name(ac_current_context()), "outer");
        CHECK(ac_ctx_get(ac_current_context(), &KEY_B) == NULL);
    }
    return AC_DONE;
}

static void test_current(void)
{
    CHECK(ac_current_context() == NULL);
    CHECK(ac_current_job() == NULL);
    ac_frame *root = ac__frame_alloc(ac__coro_new(0), sizeof(root_frame), root_resume, NULL);
    ac_ctx *ctx = ac_ctx_plus(ac_coroutine_name("outer"), ac_ctx_value(&KEY_A, &value_a1));
    CHECK(ac__run_blocking(ctx, root, NULL, 0) == NULL);
    CHECK_INT(inner_checked, 1);
    CHECK(ac_current_context() == NULL);
    CHECK(ac_current_job() == NULL);
}

/* ac_ctx_get_handler, and minusKey for built-in and user keys. */
static void test_handler_and_minus_key(void)
{
    void *arg = &arg;
    CHECK(ac_ctx_get_handler(NULL, &arg) == NULL && arg == NULL);
    ac_job *j = ac_job_new(NULL);
    ac_ctx *c = ac_ctx_plus(ac_ctx_plus(ac_coroutine_name("n"), ac_ctx_job(j)),
                            ac_ctx_plus(ac_exception_handler(handler_two, &value_b),
                                        ac_ctx_value(&KEY_A, &value_a1)));
    CHECK(ac_ctx_get_handler(c, &arg) == handler_two && arg == &value_b);
    CHECK(ac_ctx_get_handler(c, NULL) == handler_two);

    /* each key removes its element only; the operand is consumed */
    ac_ctx *m = ac_ctx_minus_key(ac_ctx_retain(c), &AC_CTX_NAME_KEY);
    CHECK(m && m != c);
    CHECK(ac_ctx_get_name(m) == NULL && ac_ctx_get_name(c));
    CHECK(ac_ctx_get_job(m) == j && ac_ctx_get(m, &KEY_A) == &value_a1);
    CHECK(ac_ctx_get_handler(m, NULL) == handler_two);
    CHECK_INT(c->refs, 1);
    m = ac_ctx_minus_key(m, &AC_CTX_JOB_KEY);
    CHECK(ac_ctx_get_job(m) == NULL && ac_ctx_get(m, &KEY_A) == &value_a1);
    m = ac_ctx_minus_key(m, &AC_CTX_HANDLER_KEY);
    CHECK(ac_ctx_get_handler(m, NULL) == NULL);
    ac_ctx *same = ac_ctx_minus_key(m, &KEY_B);     /* absent: the same */
    CHECK(same == m);
    m = ac_ctx_minus_key(m, &KEY_A);                /* the last one */
    CHECK(m != NULL && ac_ctx_get(m, &KEY_A) == NULL);
    ac_ctx *sum = ac_ctx_plus(m, ac_ctx_retain(c)); /* empty + c = c */
    CHECK(sum == c);
    ac_ctx_release(sum);
    ac_ctx_release(c);

    /* the job key also removes NonCancellable */
    m = ac_ctx_minus_key(ac_ctx_plus(ac_coroutine_name("x"), ac_non_cancellable), &AC_CTX_JOB_KEY);
    CHECK(!ac_ctx_is_non_cancellable(m) && ac_ctx_get_name(m));
    ac_ctx_release(m);

    /* out of memory: a failed context, the operand still consumed */
    c = ac_ctx_plus(ac_coroutine_name("n"), ac_ctx_job(j));
    ac__test_fail_alloc_after(0);
    CHECK(!ac_ctx_valid(ac_ctx_minus_key(c, &AC_CTX_JOB_KEY)));
    ac__test_fail_alloc(-1, 0);
    CHECK_INT(j->refs, 1);
    ac_job_release(j);
}

int main(void)
{
    test_handler_and_minus_key();
    test_single_elements();
    test_failed_contexts();
    test_plus_right_wins();
    test_null_is_empty();
    test_consuming();
    test_non_cancellable();
    test_current();
    CHECK_NO_LEAK();
    return 0;
}
