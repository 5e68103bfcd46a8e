// Conformance pair of guide_job_handle.kt: the 000 guide's "What is a Job?"
// example: state flags, cancel, join, cancelAndJoin, async as a Job.
// RUN: %conformance
#include "conf.h"

SUSPEND static void work(void)
{
    ac_delay(1000);
    printf("Done\n");
}

SUSPEND static const char *result(void)
{
    return "result";
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        /* Every launch returns a Job */
        ac_job *job = ac_launch(scope, work());
        /* Job gives you control */
        printf("%s\n", tf(ac_job_is_active(job)));    /* true: coroutine is running */
        printf("%s\n", tf(ac_job_is_completed(job))); /* false: hasn't finished yet */
        printf("%s\n", tf(ac_job_is_cancelled(job))); /* false: hasn't been cancelled */
        ac_job_cancel(job, NULL);                     /* request cancellation */
        printf("%s\n", tf(ac_job_is_cancelled(job))); /* true */
        ac_join(job);                                 /* suspend until the job completes */
        ac_cancel_and_join(job);                      /* cancel and wait for completion */
        printf("%s\n", tf(ac_job_is_completed(job))); /* true */
        /* async returns a Deferred, which is a Job */
        ac_deferred *deferred = ac_async(scope, result());
        printf("deferred is a Job: %s\n", tf(ac_job_is_active((ac_job *)deferred)));
        printf("%s\n", AC_AWAIT(const char *, deferred)); /* suspend until result is ready */
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
