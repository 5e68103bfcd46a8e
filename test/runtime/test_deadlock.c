/* Deadlock detection: nothing ready, no timer, coroutines left: run_blocking
 * returns DeadlockError naming each stuck coroutine and where it waits
 * (file:line, or "?"), and frees everything. */
#include "frames.h"

static int join_line, park_line, scope_line;

/* void root(void): launches a child that parks forever, joins it. */
typedef struct {
    ac_frame hdr;
    ac_job *job;
    ac_scope *scope;
} root_frame;

static ac_status join_root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    switch (self->state) {
    case 0:
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        park_line = __LINE__ + 1;
        fr->job = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_park__ac_new(ac__coro_new(0), NULL, __FILE__, __LINE__));
        CHECK(fr->job);
        join_line = __LINE__ + 1;
        T_CALL_H(fr, 1, ac_join__ac_new(self->coro, NULL, fr->job), failed);
        T_FAIL("unreachable");
    failed:     /* the deadlock cancelled us: close the scope as code must */
        ac__scope_fail(fr->scope, self);
        T_CALL(fr, 2, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        return ac__scope_close(fr->scope, self);
    }
    return AC_DONE;
}

/* void scope_root(void): a parked child, a failed child, the scope join. */
static ac_status scope_root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    switch (self->state) {
    case 0:
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_park__ac_new(ac__coro_new(0), NULL, NULL, 0)));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(0), NULL, 0, "failed first")));
        scope_line = __LINE__ + 1;
        T_CALL(fr, 1, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        return ac__scope_close(fr->scope, self);
    }
    return AC_DONE;
}

static ac_frame *new_root(ac_status (*resume)(ac_frame *))
{
    ac_frame *f = ac__frame_alloc(ac__coro_new(0), sizeof(root_frame), resume, NULL);
    CHECK(f);
    static const ac_frame_site site = {__FILE__, NULL};
    f->site = &site;
    return f;
}

int main(void)
{
    char want[512];
    ac_error *err = ac__run_blocking(NULL, new_root(join_root_resume), NULL, 0);
    CHECK(err);
    CHECK(ac_error_type_of(err) == &AC_DEADLOCK);
    snprintf(want, sizeof want,
             "2 coroutines can never resume (nothing is ready, no timer is pending):\n"
             "  coroutine #1 waits in ac_join at %s:%d\n"
             "  coroutine #2 at %s:%d", __FILE__, join_line, __FILE__, park_line);
    CHECK_STR(ac_error_message(err), want);
    CHECK_CONTAINS(ac_error_message(err), "test_deadlock.c:");
    ac_error_free(err);
    t_torn_down += 1;   /* the root was cancelled; the raw park is ended */
    CHECK_NO_LEAK();

    /* no source position anywhere: "?".  The failed child cancelled the
     * scope, but the raw park cannot be cancelled: it is ended by force,
     * then the scope closes with the child's failure */
    t_log[0] = '\0';
    err = ac__run_blocking(NULL, new_root(scope_root_resume), NULL, 0);
    snprintf(want, sizeof want,
             "2 coroutines can never resume (nothing is ready, no timer is pending):\n"
             "  coroutine #1 waits in the end of a coroutine scope at %s:%d\n"
             "  coroutine #2 at ?", __FILE__, scope_line);
    CHECK_STR(ac_error_message(err), want);
    CHECK_STR(t_log, "throw:failed first");
    ac_error_free(err);
    t_torn_down += 1;
    CHECK_NO_LEAK();

    /* a lone root that parks: one coroutine */
    err = ac__run_blocking(NULL, t_park__ac_new(ac__coro_new(0), NULL, "lone.c", 42), NULL, 0);
    CHECK_STR(ac_error_message(err),
              "1 coroutine can never resume (nothing is ready, no timer is pending):\n"
              "  coroutine #1 at lone.c:42");
    ac_error_free(err);
    t_torn_down += 1;

    /* no memory for the loop's context: OutOfMemoryError, nothing runs */
    ac_frame *root = t_park__ac_new(ac__coro_new(0), NULL, "lone.c", 42);
    ac__test_fail_alloc_after(0);
    err = ac__run_blocking(NULL, root, NULL, 0);
    ac__test_fail_alloc(-1, 0);
    CHECK(ac_error_type_of(err) == &AC_OUT_OF_MEMORY);
    CHECK_NO_LEAK();
    return 0;
}
