// Conformance pair of cancel_default_cause.kt: cancel() without a cause gives a
// JobCancellationException "Job was cancelled" with no cause; join does not throw.
// RUN: %conformance
#include "conf.h"

static void on_completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)arg;
    printf("completion: is CancellationException=%s %s\n",
           tf(cause && ac_error_is(cause, &AC_CANCELLATION)), ex(cause));
}

SUSPEND static void child(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("body caught: %s\n", ex(e));
        ac_rethrow(e);
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch(scope, child());
        ac_job_invoke_on_completion(job, on_completion, NULL);
        ac_yield();
        ac_job_cancel(job, NULL);
        ac_error *ce = ac_job_get_cancellation_error(job);
        ac_error *cause = ac_error_cause(ce);
        printf("getCancellationException: %s cause=%s\n", ex(ce),
               cause ? ac_error_type_name(cause) : "null");
        ac_error_release(ce);
        ac_join(job);
        printf("join returned normally, cancelled=%s\n", tf(ac_job_is_cancelled(job)));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
