// Conformance pair of cancel_catch_noncancellable_rethrow.kt: catch the
// CancellationException, clean up in NonCancellable, rethrow the same object: the
// job ends cancelled with it and the parent is unaffected.
// RUN: %conformance
#include "conf.h"

SUSPEND static void process_data(void)
{
    ac_delay(INT64_MAX);
}

SUSPEND static void save_progress(void)
{
    ac_delay(50);
    printf("progress saved\n");
}

static void on_completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    ac_error **caught = arg;
    printf("completion cause is the caught exception: %s\n", tf(cause == *caught));
}

SUSPEND static void worker(ac_error **caught)
{
    ac_try {
        process_data();
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        *caught = ac_error_retain(e);
        ac_with_context(ac_non_cancellable) {
            save_progress();
            printf("flush done\n");
        }
        ac_rethrow(e);
    }
}

SUSPEND static void body(void)
{
    ac_error *caught = NULL;
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch(scope, worker(&caught));
        ac_job_invoke_on_completion(job, on_completion, &caught);
        ac_delay(10);
        ac_job_cancel(job, NULL);
        ac_join(job);
        printf("job cancelled=%s, runBlocking active=%s\n", tf(ac_job_is_cancelled(job)),
               tf(ac_job_is_active(ac_current_job())));
    }
    ac_error_release(caught);
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
