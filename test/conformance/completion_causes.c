// Conformance pair of completion_causes.kt: invokeOnCompletion's cause is null,
// a CancellationException or the failure, classified as in the guide's
// DownloadManager.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ac_error_type_name(e));
}

static void classify(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    const char *name = arg;
    if (!cause)
        printf("%s completed\n", name);
    else if (ac_error_is(cause, &AC_CANCELLATION))
        printf("%s cancelled\n", name);
    else
        printf("%s failed: %s: %s\n", name, ac_error_type_name(cause), ac_error_message(cause));
}

SUSPEND static void ok_body(void)
{
    ac_delay(100);
}

SUSPEND static void cancelled_body(void)
{
    ac_delay(INT64_MAX);
}

SUSPEND static void failed_body(void)
{
    ac_delay(300);
    ac_throw(ac_error_new(&AC_IO_ERROR, "network down"));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        ac_job *supervisor = ac_supervisor_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(supervisor)),
                        ac_exception_handler(handler, NULL)));
        ac_job *ok = ac_launch(scope, ok_body());
        ac_job *cancelled = ac_launch(scope, cancelled_body());
        ac_job *failed = ac_launch(scope, failed_body());
        ac_job_invoke_on_completion(ok, classify, "ok");
        ac_job_invoke_on_completion(cancelled, classify, "cancelled");
        ac_job_invoke_on_completion(failed, classify, "failed");
        ac_delay(200);
        ac_job_cancel(cancelled, NULL);
        ac_join(ok); /* joinAll(ok, cancelled, failed) */
        ac_join(cancelled);
        ac_join(failed);
        ac_job_cancel(supervisor, NULL);
        ac_scope_release(scope);
        ac_job_release(supervisor);
        (void)rb;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
