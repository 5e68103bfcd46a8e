// Conformance pair of completion_handler_timing.kt: completion handlers run once,
// in registration order, before join resumes; one registered on a completed job
// runs at once; a disposed one never runs.
// RUN: %conformance
#include "conf.h"

static void print_cause(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    printf("%s: cause=%s\n", (const char *)arg, ex(cause));
}

static void handler_c(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)cause;
    (void)arg;
    printf("handler C: unreachable (disposed)\n");
}

static void late_on_cancelled(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)arg;
    printf("late handler on cancelled: is CancellationException=%s\n",
           tf(cause && ac_error_is(cause, &AC_CANCELLATION)));
}

SUSPEND static void short_body(void)
{
    ac_delay(50);
}

SUSPEND static void long_body(void)
{
    ac_delay(INT64_MAX);
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch(scope, short_body());
        ac_job_invoke_on_completion(job, print_cause, "handler A");
        ac_job_invoke_on_completion(job, print_cause, "handler B");
        ac_job_invoke_on_completion(job, handler_c, NULL);
        ac_job_remove_completion(job, handler_c, NULL); /* handle.dispose() */
        ac_join(job);
        printf("joined\n");
        ac_job_cancel(job, NULL);
        printf("cancel after completion: no handler re-run\n");

        printf("registering on completed job\n");
        ac_job_invoke_on_completion(job, print_cause, "late handler");
        printf("registered\n");

        ac_job *cancelled = ac_launch(scope, long_body());
        ac_yield();
        ac_job_cancel(cancelled, NULL);
        ac_join(cancelled);
        printf("registering on cancelled job\n");
        ac_job_invoke_on_completion(cancelled, late_on_cancelled, NULL);
        printf("registered\n");
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
