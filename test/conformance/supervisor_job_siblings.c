// Conformance pair of supervisor_job_siblings.kt: under a SupervisorJob a failing
// child cancels neither its sibling nor the supervisor; the scope's handler gets it.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ex(e));
}

SUSPEND static void child1_body(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "Child 1 failed!"));
}

SUSPEND static void child2_body(void)
{
    ac_delay(200);
    printf("Child 2 completed\n");
}

SUSPEND static void still_launches(void)
{
    printf("supervisor still launches\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *supervisor_job = ac_supervisor_job_new(NULL);
        ac_scope *supervisor = ac_scope_new(
            ac_ctx_plus(ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(supervisor_job)),
                        ac_exception_handler(handler, NULL)));
        ac_job *child1 = ac_launch(supervisor, child1_body());
        ac_job *child2 = ac_launch(supervisor, child2_body());
        ac_join(child1);
        ac_join(child2);
        printf("child1 cancelled=%s child2 cancelled=%s\n", tf(ac_job_is_cancelled(child1)),
               tf(ac_job_is_cancelled(child2)));
        printf("supervisor active=%s\n", tf(ac_job_is_active(supervisor_job)));
        ac_join(ac_launch(supervisor, still_launches()));
        ac_job_cancel(supervisor_job, NULL);
        ac_scope_release(supervisor);
        ac_job_release(supervisor_job);
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
