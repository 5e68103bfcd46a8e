/* ac__call: the fast path (a callee that completes at once returns AC_DONE
 * to its caller with no trip through the scheduler), a callee that
 * suspends, and the depth limit that bounces a call to the trampoline. */
#include "frames.h"

/* int twice(int v): calls value(v) twice (nested fast path), returns the sum. */
typedef struct {
    ac_frame hdr;
    int v, a, b;
} twice_frame;

static ac_status twice_resume(ac_frame *self)
{
    T_FRAME(twice_frame);
    switch (self->state) {
    case 0:
        T_CALL(fr, 1, t_value__ac_new(self->coro, &fr->a, fr->v));
        T_CALL(fr, 2, t_value__ac_new(self->coro, &fr->b, fr->v));
        *(int *)self->result = fr->a + fr->b;
    }
    return AC_DONE;
}

static ac_frame *twice__ac_new(ac_coro *co, int *res, int v)
{
    twice_frame *fr = T_NEW(twice_frame, co, res, twice_resume);
    if (!fr)
        return NULL;
    fr->v = v;
    return &fr->hdr;
}

typedef struct {
    ac_frame hdr;
    int tmp;
    uint64_t enqueues;
    ac_frame *callee;
} root_frame;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    ac_coro *co = self->coro;
    ac_status st;
    switch (self->state) {
    case 0: {
        /* fast path: done at once, popped, no enqueue, arena back */
        uint64_t enq = ac__stat.enqueues;
        char *sp = co->frames.sp;
        ac_frame *cf = twice__ac_new(co, &fr->tmp, 21);
        CHECK(cf);
        self->state = 1;
        st = ac__call(self, cf);
        CHECK_INT(st, AC_DONE);
        CHECK_INT(fr->tmp, 42);
        CHECK(co->frames.top == self);
        CHECK(co->frames.sp == sp);
        CHECK_INT(ac__call_depth(), 0);
        CHECK_INT(ac__stat.enqueues, enq);
        t_logf("fast");

        /* depth limit reached: the callee is pushed but not run */
        fr->tmp = 0;
        ac__test_set_call_depth(AC__INLINE_DEPTH);
        cf = t_value__ac_new(co, &fr->tmp, 9);
        self->state = 2;
        st = ac__call(self, cf);
        ac__test_set_call_depth(0);
        CHECK_INT(st, AC_CALL);
        CHECK_INT(fr->tmp, 0);
        CHECK(co->frames.top == cf);
        CHECK(cf->caller == self);
        t_logf("bounce");
        return st;      /* the trampoline runs value(9), then resumes us */
    }
    case 2:
        CHECK_INT(fr->tmp, 9);
        CHECK(co->frames.top == self);
        t_logf("resumed");
        /* a callee that suspends: the status goes back up, callee stays on top */
        fr->enqueues = ac__stat.enqueues;
        fr->callee = ac_yield__ac_new(co, NULL);
        self->state = 3;
        st = ac__call(self, fr->callee);
        CHECK_INT(st, AC_SUSPENDED);
        CHECK(co->frames.top == fr->callee);
        /* the yield woke us, but the requeue waits for the step's end */
        CHECK_INT(ac__stat.enqueues, fr->enqueues);
        return st;
    case 3:
        CHECK(co->frames.top == self);         /* the yield frame is gone */
        CHECK_INT(ac__stat.enqueues, fr->enqueues + 1);
        t_logf("after-yield");
        *(int *)self->result = 7;
        return AC_DONE;
    }
    T_FAIL("bad state");
    return AC_DONE;
}

int main(void)
{
    int out = 0;
    ac_frame *root = ac__frame_alloc(ac__coro_new(sizeof(int)), sizeof(root_frame),
                                     root_resume, NULL);
    ac_error *err = ac__run_blocking(NULL, root, &out, sizeof out);
    CHECK(err == NULL);
    CHECK_INT(out, 7);
    CHECK_STR(t_log, "fast bounce resumed after-yield");
    CHECK_NO_LEAK();
    return 0;
}
