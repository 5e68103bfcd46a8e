// Conformance pair of job_state_failed.kt: a failed job is cancelled=true
// completed=true, its completion cause is the failure; the SupervisorJob stays active.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ex(e));
}

static void on_completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)arg;
    printf("completion cause: %s\n", ex(cause));
}

SUSPEND static void failing(void)
{
    ac_delay(10);
    ac_throw(ac_error_new(&AC_IO_ERROR, "disk full"));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        ac_job *supervisor = ac_supervisor_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(supervisor)),
                        ac_exception_handler(handler, NULL)));
        ac_job *job = ac_launch(scope, failing());
        ac_job_invoke_on_completion(job, on_completion, NULL);
        printf("before: %s\n", st(job));
        ac_join(job);
        printf("failed job: %s\n", st(job));
        printf("supervisor: %s\n", st(supervisor));
        ac_job_cancel(supervisor, NULL);
        ac_scope_release(scope);
        ac_job_release(supervisor);
        (void)rb;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
