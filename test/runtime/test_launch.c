/* ac__launch: the child does not run until the launcher suspends; job
 * states before and after; a failed allocation gives NULL and no leak.
 * Also ac_job_remove_completion on a plain job. */
#include "frames.h"

static ac_status child_resume(ac_frame *self)
{
    (void)self;
    t_logf("child");
    return AC_DONE;
}

static ac_frame *child__ac_new(ac_coro *co, void *res)
{
    return ac__frame_alloc(co, sizeof(ac_frame), child_resume, res);
}

typedef struct {
    ac_frame hdr;
    ac_scope *scope;
    ac_job *job;
} root_frame;

static ac_status root_resume(ac_frame *self)
{
    T_FRAME(root_frame);
    switch (self->state) {
    case 0:
        ac__scope_open(&fr->scope, self, AC__SCOPE_COROUTINE, NULL, 0, NULL);
        t_logf("launch");
        fr->job = ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, child__ac_new(ac__coro_new(0), NULL));
        CHECK(fr->job);
        t_logf("after-launch");
        CHECK(ac_job_is_active(fr->job));
        CHECK(!ac_job_is_completed(fr->job));
        CHECK_INT(t_children(fr->scope), 1);
        CHECK(ac_job_parent(fr->job) == ac_scope_job(fr->scope));

        /* no coroutine, no job: the generated code fails with OOM */
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, NULL) == NULL);
        ac__test_fail_alloc_after(0);
        CHECK(ac__launch(fr->scope, NULL, AC_START_DEFAULT, 0, child__ac_new(ac__coro_new(0), NULL)) == NULL);
        ac__test_fail_alloc(-1, 0);
        CHECK_INT(t_children(fr->scope), 1);

        T_CALL(fr, 1, ac_yield__ac_new(self->coro, NULL));
        t_logf("resumed");
        CHECK(!ac_job_is_active(fr->job));
        CHECK(ac_job_is_completed(fr->job));
        CHECK_INT(t_children(fr->scope), 0);
        T_CALL(fr, 2, ac__scope_join__ac_new(self->coro, NULL, fr->scope));
        return ac__scope_close(fr->scope, self);
    }
    return AC_DONE;
}

static void count_fn(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)cause;
    ++*(int *)arg;
}

int main(void)
{
    /* ac_job_remove_completion drops a pending handler: one registration
     * of fn with arg at a time; 0 when none is left or it ran already */
    {
        int a = 0, b = 0;
        ac_job *j = ac_job_new(NULL);
        CHECK_INT(ac_job_invoke_on_completion(j, count_fn, &a), 0);
        CHECK_INT(ac_job_invoke_on_completion(j, count_fn, &a), 0);
        CHECK_INT(ac_job_invoke_on_completion(j, count_fn, &b), 0);
        CHECK_INT(ac_job_remove_completion(j, count_fn, &a), 1);
        CHECK_INT(ac_job_remove_completion(j, count_fn, &b), 1);
        CHECK_INT(ac_job_remove_completion(j, count_fn, &b), 0);
        CHECK_INT(ac_job_complete(j), 1);
        CHECK_INT(a, 1);
        CHECK_INT(b, 0);
        CHECK_INT(ac_job_remove_completion(j, count_fn, &a), 0);
        CHECK_INT(ac_job_remove_completion(NULL, count_fn, &a), 0);
        ac_job_release(j);
    }

    ac_frame *root = ac__frame_alloc(ac__coro_new(0), sizeof(root_frame), root_resume, NULL);
    CHECK(ac__run_blocking(NULL, root, NULL, 0) == NULL);
    CHECK_STR(t_log, "launch after-launch child resumed");
    CHECK_NO_LEAK();
    return 0;
}
