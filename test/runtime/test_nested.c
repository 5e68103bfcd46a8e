/* run_blocking inside a coroutine: the inner loop runs to completion on its
 * own (the outer loop's coroutines wait), the thread's current loop is
 * restored afterwards, and an inner deadlock does not disturb the outer. */
#include "frames.h"

static ac__loop *outer_loop;

/* int inner_root(void): two children with delays, returns 3.  The delays
 * differ by 95 ms, not 5: under Valgrind a step of the loop can take longer
 * than 5 ms and the order of the two wake-ups would flip. */
typedef struct {
    ac_frame hdr;
    ac_scope *scope;
} inner_frame;

static ac_status inner_resume(ac_frame *self)
{
    T_FRAME(inner_frame);
    switch (self->state) {
    case 0:
        CHECK(ac__loop_current() != outer_loop);
        CHECK(ac__loop_current() == self->coro->loop);
        CHECK(self->coro->loop->outer == outer_loop);
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 100, "inner-b")));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 5, "inner-a")));
        T_CALL(fr, 1, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        CHECK_INT(ac__scope_close(fr->scope, self), AC_DONE);
        *(int *)self->result = 3;
    }
    return AC_DONE;
}

/* Ordinary C, called from a coroutine: blocks on its own loop. */
static int blocking_helper(void)
{
    int v = 0;
    ac_frame *root = ac__frame_alloc(ac__coro_new(sizeof(int)), sizeof(inner_frame),
                                     inner_resume, NULL);
    ac_error *err = ac__run_blocking(NULL, root, &v, sizeof v);
    CHECK(err == NULL);
    CHECK(ac__loop_current() == outer_loop);

    err = ac__run_blocking(NULL, t_park__ac_new(ac__coro_new(0), NULL, "inner.c", 7), NULL, 0);
    CHECK(ac_error_type_of(err) == &AC_DEADLOCK);
    ac_error_free(err);
    CHECK(ac__loop_current() == outer_loop);
    return v;
}

typedef struct {
    ac_frame hdr;
    ac_scope *scope;
    int v;
} outer_frame;

static ac_status outer_resume(ac_frame *self)
{
    T_FRAME(outer_frame);
    switch (self->state) {
    case 0:
        outer_loop = ac__loop_current();
        CHECK(outer_loop == self->coro->loop);
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 0, "outer-child")));
        t_logf("outer-start");
        fr->v = blocking_helper();          /* the outer child must wait */
        t_logf("inner=%d", fr->v);
        T_CALL(fr, 1, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        t_logf("outer-end");
        return ac__scope_close(fr->scope, self);
    }
    return AC_DONE;
}

int main(void)
{
    CHECK(ac__loop_current() == NULL);
    ac_frame *root = ac__frame_alloc(ac__coro_new(0), sizeof(outer_frame), outer_resume, NULL);
    CHECK(ac__run_blocking(NULL, root, NULL, 0) == NULL);
    CHECK(ac__loop_current() == NULL);
    CHECK_STR(t_log, "outer-start inner-a inner-b inner=3 outer-child outer-end");
    t_torn_down = 1;                        /* the inner deadlock's root */
    CHECK_NO_LEAK();
    return 0;
}
