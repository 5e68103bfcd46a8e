// Conformance pair of guide_supervision_01_supervisor_job.kt: a SupervisorJob's first
// child failing does not cancel the second; cancelling the supervisor does (004 guide).
// RUN: %conformance
#include "conf.h"

static void ignore(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)e;
    (void)arg;
}

SUSPEND static void first_child_body(void)
{
    printf("The first child is failing\n");
    ac_throw(ac_error_new(&AssertionError, "The first child is cancelled"));
}

SUSPEND static void second_child_body(ac_job *first_child)
{
    ac_join(first_child);
    printf("The first child is cancelled: %s, but the second one is still active\n",
           tf(ac_job_is_cancelled(first_child)));
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        printf("The second child is cancelled because the supervisor was cancelled\n");
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *supervisor = ac_supervisor_job_new(NULL);
        ac_scope *with = ac_scope_new(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(supervisor)));
        ac_job *first_child = ac_launch_ctx(with, ac_exception_handler(ignore, NULL),
                                            AC_START_DEFAULT, first_child_body());
        ac_job *second_child = ac_launch(with, second_child_body(first_child));
        ac_join(first_child);
        printf("Cancelling the supervisor\n");
        ac_job_cancel(supervisor, NULL);
        ac_join(second_child);
        ac_scope_release(with);
        ac_job_release(supervisor);
        (void)scope;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
