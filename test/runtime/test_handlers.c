/* Uncaught failures (handlers.c): a failed launch nobody takes over goes
 * once to the CoroutineExceptionHandler of its context (with that context
 * and the handler's argument), else to the default handler, which prints
 * it to stderr; a failure an async keeps for await, a cancellation, a
 * Job()'s own failure and a child's failure its parent takes over are
 * never reported.  Scope objects here dispatch on the test's loop. */
#include "frames.h"

#include <unistd.h>

typedef struct {
    int calls;
    const void *arg;
    char name[32];
    char msg[32];
    const ac_error_type *type;
} report;

static report r_plain, r_sup, r_async, r_cancel, r_child, r_root;

static void record_fn(ac_ctx *ctx, ac_error *e, void *arg)
{
    report *r = arg;
    r->calls++;
    r->arg = arg;
    snprintf(r->name, sizeof r->name, "%s", ac_ctx_get_name(ctx) ? ac_ctx_get_name(ctx) : "");
    snprintf(r->msg, sizeof r->msg, "%s", ac_error_message(e));
    r->type = ac_error_type_of(e);
}

/* A scope object on this coroutine's loop with extra elements. */
static ac_scope *scope_here(ac_frame *self, ac_ctx *ctx)
{
    ac_scope *s = ac_scope_new(ac_ctx_plus(ctx, ac__ctx_for_loop(self->coro->loop)));
    CHECK(s);
    return s;
}

/* void throw_cancellation(void): fails with a CancellationException. */
static ac_status throw_cancellation_resume(ac_frame *self)
{
    return ac__fail(self, ac_error_new(&AC_CANCELLATION, "stop"));
}

/* void parent_of_failing(void): a child (with its own handler) fails in a
 * coroutine scope block; the block rethrows, this coroutine fails. */
typedef struct {
    ac_frame hdr;
    ac_scope *scope;
} parent_frame;

static ac_status parent_resume(ac_frame *self)
{
    T_FRAME(parent_frame);
    switch (self->state) {
    case 0:
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        CHECK(ac__launch(fr->scope, ac_exception_handler(record_fn, &r_child), AC_START_DEFAULT, 1,
                         t_fail__ac_new(ac__coro_new(0), NULL, 1, "inner")));
        T_CALL(fr, 1, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        return ac__scope_close(fr->scope, self);
    }
    return AC_DONE;
}

static char captured[1024];
static uint64_t quiet_id, anon_id;

typedef struct {
    ac_frame hdr;
    ac_scope *s;
    ac_job *j, *k;
    int saved_fd;
    FILE *cap;
} root_frame;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    ac_coro *co = self->coro;
    switch (self->state) {
    case 0:
        /* a root launch: its handler, once, with its context; the failure
         * also fails the scope's Job() (rule 3), which reports nothing */
        fr->s = scope_here(self, ac_ctx_plus(ac_coroutine_name("worker"),
                                             ac_exception_handler(record_fn, &r_plain)));
        fr->j = ac__launch(fr->s, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(0), NULL, 1, "bad"));
        T_CALL(fr, 1, ac_join__ac_new(co, NULL, fr->j));
        CHECK_INT(r_plain.calls, 1);
        CHECK(r_plain.arg == &r_plain);
        CHECK_STR(r_plain.name, "worker");
        CHECK_STR(r_plain.msg, "bad");
        CHECK(r_plain.type == &AC_ILLEGAL_ARGUMENT);
        CHECK(ac_job_is_cancelled(ac_scope_job(fr->s)));
        ac_scope_release(fr->s);

        /* under a SupervisorJob: each failed child reports, the supervisor
         * stays active */
        fr->s = scope_here(self, ac_ctx_plus(ac_ctx_job(ac_supervisor_job_new(NULL)),
                                             ac_exception_handler(record_fn, &r_sup)));
        ac_job_release(ac_scope_job(fr->s));    /* the scope keeps its own */
        fr->j = ac__launch(fr->s, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(0), NULL, 1, "one"));
        fr->k = ac__launch(fr->s, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(0), NULL, 2, "two"));
        T_CALL(fr, 2, ac_join__ac_new(co, NULL, fr->k));
        CHECK_INT(r_sup.calls, 2);
        CHECK_STR(r_sup.msg, "two");
        CHECK(ac_job_is_active(ac_scope_job(fr->s)));
        ac_scope_cancel(fr->s, NULL);
        ac_scope_release(fr->s);

        /* an async keeps its failure for await; a cancellation is no
         * failure; a child's failure goes to the root launch's handler,
         * not to the child's own */
        fr->s = scope_here(self, ac_exception_handler(record_fn, &r_async));
        fr->j = ac__async(fr->s, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(0), NULL, 1, "kept"));
        T_CALL(fr, 3, ac_join__ac_new(co, NULL, fr->j));
        CHECK_INT(r_async.calls, 0);
        CHECK_STR(ac_error_message(ac_deferred_error(fr->j)), "kept");
        ac_scope_release(fr->s);
        fr->s = scope_here(self, ac_exception_handler(record_fn, &r_cancel));
        fr->j = ac__launch(fr->s, NULL, AC_START_DEFAULT, 0,
                           ac__frame_alloc(ac__coro_new(0), sizeof(ac_frame), throw_cancellation_resume, NULL));
        fr->k = ac__launch(fr->s, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 10000, "never"));
        ac_job_cancel(fr->k, NULL);
        T_CALL(fr, 4, ac_join__ac_new(co, NULL, fr->j));
        T_CALL(fr, 5, ac_join__ac_new(co, NULL, fr->k));
        CHECK(ac_job_is_cancelled(fr->j) && ac_job_is_cancelled(fr->k));
        CHECK_INT(r_cancel.calls, 0);
        ac_scope_release(fr->s);
        fr->s = scope_here(self, ac_exception_handler(record_fn, &r_root));
        fr->j = ac__launch(fr->s, NULL, AC_START_DEFAULT, 0,
                           ac__frame_alloc(ac__coro_new(0), sizeof(parent_frame), parent_resume, NULL));
        T_CALL(fr, 6, ac_join__ac_new(co, NULL, fr->j));
        CHECK_INT(r_child.calls, 0);
        CHECK_INT(r_root.calls, 1);
        CHECK_STR(r_root.msg, "inner");
        ac_scope_release(fr->s);

        /* no handler: the default one prints to stderr */
        fflush(stderr);
        fr->cap = tmpfile();
        CHECK(fr->cap);
        fr->saved_fd = dup(2);
        CHECK(fr->saved_fd >= 0 && dup2(fileno(fr->cap), 2) >= 0);
        fr->s = scope_here(self, ac_coroutine_name("quiet"));
        fr->j = ac__launch(fr->s, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(0), NULL, 1, "bad2"));
        T_CALL(fr, 7, ac_join__ac_new(co, NULL, fr->j));
        quiet_id = fr->j->id;
        ac_scope_release(fr->s);
        fr->s = scope_here(self, NULL);
        fr->j = ac__launch(fr->s, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(0), NULL, 1, "bad3"));
        T_CALL(fr, 8, ac_join__ac_new(co, NULL, fr->j));
        anon_id = fr->j->id;
        ac_scope_release(fr->s);
        {
            /* a Job()'s own failure is never reported */
            ac_job *plain = ac_job_new(NULL);
            ac_job_complete_exceptionally(plain, ac_error_new(&AC_IO_ERROR, "plain"));
            ac_job_release(plain);
        }
        fflush(stderr);
        CHECK(dup2(fr->saved_fd, 2) >= 0);
        close(fr->saved_fd);
        rewind(fr->cap);
        captured[fread(captured, 1, sizeof captured - 1, fr->cap)] = '\0';
        fclose(fr->cap);
    }
    return AC_DONE;
}

int main(void)
{
    ac_frame *root = ac__frame_alloc(ac__coro_new(0), sizeof(root_frame), root_resume, NULL);
    CHECK(ac__run_blocking(NULL, root, NULL, 0) == NULL);
    char expected[512];
    snprintf(expected, sizeof expected,
             "asyncc: uncaught error in coroutine \"quiet\"#%llu:\n"
             "IllegalArgumentException: bad2\n"
             "asyncc: uncaught error in coroutine#%llu:\n"
             "IllegalArgumentException: bad3\n",
             (unsigned long long)quiet_id, (unsigned long long)anon_id);
    CHECK_STR(captured, expected);
    CHECK_NO_LEAK();
    return 0;
}
