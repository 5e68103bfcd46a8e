/* ac_join: of a running job (suspends until it ends), of a finished job
 * (completes at once, no enqueue), several joiners (woken in the order they
 * joined), of a failed job (join itself does not fail), and a join whose
 * own coroutine is cancelled meanwhile (it throws the cancellation). */
#include "frames.h"

/* void joiner(ac_job *job, const char *name): join(job); log(name). */
typedef struct {
    ac_frame hdr;
    ac_job *job;
    const char *name;
} joiner_frame;

static ac_status joiner_resume(ac_frame *self)
{
    T_FRAME(joiner_frame);
    switch (self->state) {
    case 0:
        T_CALL(fr, 1, ac_join__ac_new(self->coro, NULL, fr->job));
        CHECK(ac_job_is_completed(fr->job));
        t_logf("%s", fr->name);
    }
    return AC_DONE;
}

static ac_frame *joiner__ac_new(ac_coro *co, void *res, ac_job *job, const char *name)
{
    joiner_frame *fr = T_NEW(joiner_frame, co, res, joiner_resume);
    if (!fr)
        return NULL;
    fr->job = job;
    fr->name = name;
    return &fr->hdr;
}

static ac_status quick_resume(ac_frame *self)
{
    (void)self;
    t_logf("quick");
    return AC_DONE;
}

static void log_handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    t_logf("handled:%s", ac_error_message(e));
}

typedef struct {
    ac_frame hdr;
    ac_scope *scope, *sup;
    ac_job *slow, *quick, *failed;
    uint64_t enq;
} root_frame;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    ac_coro *co = self->coro;
    switch (self->state) {
    case 0:
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        /* a running job: join suspends until it completes */
        fr->slow = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_sleep_log__ac_new(ac__coro_new(0), NULL, 20, "slow-done"));
        CHECK(fr->slow);
        /* two more joiners; all three resume in the order they joined */
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, joiner__ac_new(ac__coro_new(0), NULL, fr->slow, "j1")));
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, joiner__ac_new(ac__coro_new(0), NULL, fr->slow, "j2")));
        t_logf("join-start");
        T_CALL(fr, 1, ac_join__ac_new(co, NULL, fr->slow));
        t_logf("join-end");
        CHECK(ac_job_is_completed(fr->slow));

        /* a finished job: join completes at once, through the fast path */
        fr->quick = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, ac__frame_alloc(ac__coro_new(0), sizeof(ac_frame), quick_resume, NULL));
        T_CALL(fr, 2, ac_yield__ac_new(co, NULL));
        CHECK(ac_job_is_completed(fr->quick));
        fr->enq = ac__stat.enqueues;
        {
            ac_frame *j = ac_join__ac_new(co, NULL, fr->quick);
            self->state = 3;
            CHECK_INT(ac__call(self, j), AC_DONE);
        }
        CHECK_INT(ac__stat.enqueues, fr->enq);
        t_logf("joined-finished");

        /* a failed job: join returns normally.  Under a supervisor scope
         * the failure does not cancel us; its handler takes it. */
        CHECK_INT(ac__scope_open(&fr->sup, self, AC__SCOPE_SUPERVISOR, NULL, 0, NULL), 1);
        fr->failed = ac__launch(fr->sup, ac_exception_handler(log_handler, NULL), AC_START_DEFAULT, 0,
                                t_fail__ac_new(ac__coro_new(0), NULL, 5, "lone"));
        T_CALL(fr, 4, ac_join__ac_new(co, NULL, fr->failed));
        CHECK(ac_job_is_completed(fr->failed));
        t_logf("joined-failed");
        T_CALL(fr, 5, ac__scope_join__ac_new(co, NULL, fr->sup));
        CHECK_INT(ac__scope_close(fr->sup, self), AC_DONE);

        /* a failed child of our own scope cancels us (rule 3): the join,
         * woken by the child's completion, throws the cancellation */
        fr->failed = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, t_fail__ac_new(ac__coro_new(0), NULL, 5, "boom"));
        T_CALL_H(fr, 6, ac_join__ac_new(co, NULL, fr->failed), cancelled);
        T_FAIL("the join should have thrown");
    cancelled:
        CHECK(ac_error_is(co->exc, &AC_CANCELLATION));
        t_logf("join-cancelled");
        ac__scope_fail(fr->scope, self);
        T_CALL(fr, 7, ac__scope_join__ac_new(co, NULL, fr->scope));
        return ac__scope_close(fr->scope, self);    /* rethrows "boom" */
    }
    return AC_DONE;
}

int main(void)
{
    ac_frame *root = ac__frame_alloc(ac__coro_new(0), sizeof(root_frame), root_resume, NULL);
    ac_error *err = ac__run_blocking(NULL, root, NULL, 0);
    CHECK_STR(t_log, "join-start slow-done join-end j1 j2 quick joined-finished "
                     "throw:lone handled:lone joined-failed throw:boom join-cancelled");
    CHECK(err);
    CHECK(ac_error_type_of(err) == &AC_ILLEGAL_ARGUMENT);
    CHECK_STR(ac_error_message(err), "boom");
    ac_error_free(err);
    CHECK_NO_LEAK();
    return 0;
}
