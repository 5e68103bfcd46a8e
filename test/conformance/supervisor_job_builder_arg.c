// Conformance pair of supervisor_job_builder_arg.kt: launch(SupervisorJob()) does not
// make a supervisor; it only parents the new coroutine, detached from runBlocking.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ex(e));
}

SUSPEND static void failing_child(void)
{
    ac_delay(50);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "child fails"));
}

SUSPEND static void sibling(void)
{
    ac_try {
        ac_delay(1000);
        printf("unreachable\n");
    } ac_finally {
        printf("sibling cancelled despite SupervisorJob()\n");
    }
}

SUSPEND static void job_body(void)
{
    ac_coroutine_scope(s) {
        ac_launch(s, failing_child());
        ac_launch(s, sibling());
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *sup = ac_supervisor_job_new(NULL);
        ac_job *job = ac_launch_ctx(scope, ac_ctx_plus(ac_ctx_job(sup), ac_exception_handler(handler, NULL)),
                                    AC_START_DEFAULT, job_body());
        printf("job is a child of sup: %s\n", tf(has_child(sup, job)));
        printf("job is a child of runBlocking: %s\n", tf(has_child(ac_current_job(), job)));
        ac_join(job);
        printf("job cancelled=%s, sup active=%s\n", tf(ac_job_is_cancelled(job)), tf(ac_job_is_active(sup)));
        ac_job_cancel(sup, NULL);
        ac_job_release(sup);
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
