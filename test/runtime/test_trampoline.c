/* The trampoline (ac__coro_run) on its own, without an event loop: a
 * suspended chain resumes innermost first and each caller continues at its
 * saved state; AC_DONE of the root completes the coroutine with its result
 * in the result area; AC_THROW drops every frame and fails it. */
#include "frames.h"

/* int level(const char *name, int depth, int park): a chain of `depth`
 * levels; the innermost parks (if asked) or throws (depth < 0). */
typedef struct {
    ac_frame hdr;
    const char *name;
    int depth, tmp;
} level_frame;

static ac_frame *level__ac_new(ac_coro *co, int *res, const char *name, int depth);

static ac_status park_once(ac_frame *self)
{
    if (self->state == 1)
        return AC_DONE;
    self->state = 1;
    return AC_SUSPENDED;
}

static ac_status level_resume(ac_frame *self)
{
    T_FRAME(level_frame);
    switch (self->state) {
    case 0:
        t_logf("%s%d>", fr->name, fr->depth);
        if (fr->depth == 0) {
            T_CALL(fr, 1, ac__frame_alloc(self->coro, sizeof(ac_frame), park_once, NULL));
            t_logf("%s0<", fr->name);
            *(int *)self->result = 100;
            return AC_DONE;
        }
        if (fr->depth < 0)
            return ac__fail(self, ac_error_new(&AC_ILLEGAL_STATE, "at the bottom"));
        T_CALL(fr, 2, level__ac_new(self->coro, &fr->tmp, fr->name,
                                    fr->depth == 1 && fr->name[0] == 't' ? -1 : fr->depth - 1));
        t_logf("%s%d<", fr->name, fr->depth);
        *(int *)self->result = fr->tmp + 1;
    }
    return AC_DONE;
}

static ac_frame *level__ac_new(ac_coro *co, int *res, const char *name, int depth)
{
    level_frame *fr = T_NEW(level_frame, co, res, level_resume);
    if (!fr)
        return NULL;
    fr->name = name;
    fr->depth = depth;
    return &fr->hdr;
}

static void test_suspend_and_resume(void)
{
    ac_coro *co = ac__coro_new(sizeof(int));
    ac_frame *root = level__ac_new(co, NULL, "a", 3);
    CHECK(root);
    CHECK(root->result == ac__coro_result(co));
    ac_job_retain(&co->job);                /* keep it to look at the result */
    co->frames.top = root;
    ac__job_attach(&co->job, NULL, false);
    CHECK(ac_job_is_active(&co->job));

    ac__coro_run(co);                   /* runs down to the park, suspends */
    CHECK_STR(t_log, "a3> a2> a1> a0>");
    CHECK(co->frames.top->resume == park_once);
    CHECK(co->frames.top->caller->caller->caller->caller == root);
    CHECK(ac_job_is_active(&co->job));

    ac__coro_run(co);                   /* innermost first, callers after */
    CHECK_STR(t_log, "a3> a2> a1> a0> a0< a1< a2< a3<");
    CHECK(co->frames.top == NULL);
    CHECK(co->frames.sp == co->first.base);
    CHECK(ac_job_is_completed(&co->job));
    CHECK(!ac_job_is_active(&co->job));
    CHECK(co->job.final == NULL);
    CHECK_INT(*(int *)ac__coro_result(co), 103);
    CHECK_INT(co->job.refs, 1);         /* the running reference is gone */
    ac_job_release(&co->job);
}

static void test_throw_unwinds(void)
{
    t_log[0] = '\0';
    ac_coro *co = ac__coro_new(sizeof(int));
    ac_frame *root = level__ac_new(co, NULL, "t", 3);
    ac_job_retain(&co->job);
    co->frames.top = root;
    ac__job_attach(&co->job, NULL, false);
    ac__coro_run(co);
    /* t1 calls level(-1), which throws: nobody above runs again */
    CHECK_STR(t_log, "t3> t2> t1> t-1>");
    CHECK(co->frames.top == NULL);
    CHECK(co->frames.sp == co->first.base);
    CHECK(ac_job_is_completed(&co->job));
    CHECK(ac_error_type_of(co->job.final) == &AC_ILLEGAL_STATE);
    CHECK_STR(ac_error_message(co->job.final), "at the bottom");
    CHECK_INT(*(int *)ac__coro_result(co), 0);
    ac_job_release(&co->job);
}

/* A frame that returns AC_THROW without recording an error still fails
 * its coroutine, with IllegalStateException. */
static ac_status bad_throw(ac_frame *self)
{
    (void)self;
    return AC_THROW;
}

static void test_throw_without_error(void)
{
    ac_coro *co = ac__coro_new(0);
    ac_frame *root = ac__frame_alloc(co, sizeof(ac_frame), bad_throw, NULL);
    ac_job_retain(&co->job);
    co->frames.top = root;
    ac__job_attach(&co->job, NULL, false);
    ac__coro_run(co);
    CHECK(ac_job_is_completed(&co->job));
    CHECK(ac_error_type_of(co->job.final) == &AC_ILLEGAL_STATE);
    ac_job_release(&co->job);
}

/* A second throw while one is in flight (generated code never does it)
 * replaces it and keeps it as suppressed. */
static ac_status double_fail(ac_frame *self)
{
    ac__fail(self, ac_error_new(&AC_ILLEGAL_ARGUMENT, "first"));
    return ac__fail(self, ac_error_new(&AC_ILLEGAL_STATE, "second"));
}

static void test_first_failure_wins(void)
{
    ac_coro *co = ac__coro_new(0);
    ac_frame *root = ac__frame_alloc(co, sizeof(ac_frame), double_fail, NULL);
    ac_job_retain(&co->job);
    co->frames.top = root;
    ac__job_attach(&co->job, NULL, false);
    ac__coro_run(co);
    CHECK_STR(ac_error_message(co->job.final), "second");
    CHECK_INT(ac_error_suppressed_count(co->job.final), 1);
    CHECK_STR(ac_error_message(ac_error_suppressed(co->job.final, 0)), "first");
    ac_job_release(&co->job);
}

int main(void)
{
    test_suspend_and_resume();
    test_throw_unwinds();
    test_throw_without_error();
    test_first_failure_wins();
    CHECK_NO_LEAK();
    return 0;
}
