// Conformance pair of cancel_custom_cause.kt: a custom CancellationException is
// seen at the suspension point, by getCancellationException and the completion
// handler; the first cause wins; cancelling a completed job changes nothing.
// RUN: %conformance
#include "conf.h"

static void on_completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)arg;
    printf("completion: %s\n", ex(cause));
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

SUSPEND static void nothing(void)
{
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch(scope, child());
        ac_job_invoke_on_completion(job, on_completion, NULL);
        ac_yield();
        ac_job_cancel(job, ac_error_new(&AC_CANCELLATION, "User navigated away"));
        ac_job_cancel(job, ac_error_new(&AC_CANCELLATION, "second reason"));
        ac_error *ce = ac_job_get_cancellation_error(job);
        printf("getCancellationException: %s\n", ex(ce));
        ac_error_release(ce);
        ac_join(job);
        printf("after join: %s\n", st(job));

        ac_job *done = ac_launch(scope, nothing());
        ac_join(done);
        ac_job_cancel(done, ac_error_new(&AC_CANCELLATION, "too late"));
        printf("completed job after cancel: %s\n", st(done));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
