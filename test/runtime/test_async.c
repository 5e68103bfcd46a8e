/* ac__async / ac__await_ptr: an int and a struct result, awaiting a
 * finished deferred (at once), a failed deferred (the awaiter fails with
 * its error), and run_blocking returning a struct. */
#include "frames.h"

typedef struct {
    int x;
    double y;
    char name[40];
} point;

/* int compute(int v): delay(10); return 2 * v; */
typedef struct {
    ac_frame hdr;
    int v;
} compute_frame;

static ac_status compute_resume(ac_frame *self)
{
    T_FRAME(compute_frame);
    switch (self->state) {
    case 0:
        T_CALL(fr, 1, ac_delay__ac_new(self->coro, NULL, 10));
        *(int *)self->result = 2 * fr->v;
    }
    return AC_DONE;
}

static ac_frame *compute__ac_new(ac_coro *co, int *res, int v)
{
    compute_frame *fr = T_NEW(compute_frame, co, res, compute_resume);
    if (!fr)
        return NULL;
    fr->v = v;
    return &fr->hdr;
}

/* point make_point(int x): yield; return {x, x / 4.0, "p<x>"}; */
typedef struct {
    ac_frame hdr;
    int x;
} make_point_frame;

static ac_status make_point_resume(ac_frame *self)
{
    T_FRAME(make_point_frame);
    switch (self->state) {
    case 0:
        T_CALL(fr, 1, ac_yield__ac_new(self->coro, NULL));
        {
            point p = {fr->x, fr->x / 4.0, ""};
            snprintf(p.name, sizeof p.name, "p%d", fr->x);
            *(point *)self->result = p;
        }
    }
    return AC_DONE;
}

static ac_frame *make_point__ac_new(ac_coro *co, point *res, int x)
{
    make_point_frame *fr = T_NEW(make_point_frame, co, res, make_point_resume);
    if (!fr)
        return NULL;
    fr->x = x;
    return &fr->hdr;
}

/* point root(void) */
typedef struct {
    ac_frame hdr;
    ac_scope *scope;
    ac_deferred *a, *b, *f;
    void *p;
    int sum;
} root_frame;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    ac_coro *co = self->coro;
    switch (self->state) {
    case 0:
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        fr->a = ac__async(fr->scope, NULL, AC_START_DEFAULT, 0, compute__ac_new(ac__coro_new(sizeof(int)), NULL, 21));
        fr->b = ac__async(fr->scope, NULL, AC_START_DEFAULT, 0, make_point__ac_new(ac__coro_new(sizeof(point)), NULL, 6));
        CHECK(fr->a && fr->b);
        T_CALL(fr, 1, ac__await_ptr__ac_new(co, &fr->p, fr->a));
        fr->sum = *(int *)fr->p;
        CHECK_INT(fr->sum, 42);
        T_CALL(fr, 2, ac__await_ptr__ac_new(co, &fr->p, fr->b));
        {
            point *p = fr->p;
            CHECK_INT(p->x, 6);
            CHECK(p->y == 1.5);
            CHECK_STR(p->name, "p6");
        }
        /* awaiting again: done already, no suspension, same address */
        {
            void *again = NULL;
            ac_frame *w = ac__await_ptr__ac_new(co, &again, fr->a);
            self->state = 3;
            CHECK_INT(ac__call(self, w), AC_DONE);
            CHECK_INT(*(int *)again, 42);
        }
        T_CALL(fr, 4, ac__scope_join__ac_new(co, NULL, fr->scope));
        CHECK_INT(ac__scope_close(fr->scope, self), AC_DONE);
        point r = {fr->sum, 0.25, "result"};
        *(point *)self->result = r;
    }
    return AC_DONE;
}

/* int awaits_failure(void): await a deferred that fails. */
typedef struct {
    ac_frame hdr;
    ac_scope *scope;
    ac_deferred *d;
    void *p;
} failing_frame;

static ac_status failing_resume(ac_frame *self)
{
    T_FRAME(failing_frame);
    switch (self->state) {
    case 0:
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        fr->d = ac__async(fr->scope, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(sizeof(int)), NULL, 5, "no value"));
        self->state = 1;
        switch (ac__call(self, ac__await_ptr__ac_new(self->coro, &fr->p, fr->d))) {
        case AC_DONE: break;
        case AC_THROW: goto failed;
        default: return AC_SUSPENDED;
        }
        t_logf("not reached");
        return ac__scope_close(fr->scope, self);
    case -1:        /* the await failed after suspending: the handler */
    failed:
        ac__scope_fail(fr->scope, self);
        T_CALL(fr, 2, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        return ac__scope_close(fr->scope, self);
    }
    return AC_DONE;
}

int main(void)
{
    point out = {0, 0, ""};
    ac_frame *root = ac__frame_alloc(ac__coro_new(sizeof(point)), sizeof(root_frame),
                                     root_resume, NULL);
    CHECK(ac__run_blocking(NULL, root, &out, sizeof out) == NULL);
    CHECK_INT(out.x, 42);
    CHECK(out.y == 0.25);
    CHECK_STR(out.name, "result");

    int v = -1;
    root = ac__frame_alloc(ac__coro_new(sizeof(int)), sizeof(failing_frame), failing_resume, NULL);
    ac_error *err = ac__run_blocking(NULL, root, &v, sizeof v);
    CHECK(err);
    CHECK(ac_error_type_of(err) == &AC_ILLEGAL_ARGUMENT);
    CHECK_STR(ac_error_message(err), "no value");
    CHECK_INT(v, -1);                       /* out untouched on failure */
    CHECK_STR(t_log, "throw:no value");
    ac_error_free(err);
    CHECK_NO_LEAK();
    return 0;
}
