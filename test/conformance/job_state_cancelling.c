// Conformance pair of job_state_cancelling.kt: a cancelled job whose finally is
// still running (NonCancellable) is Cancelling, seen from outside and inside.
// RUN: %conformance
#include "conf.h"

SUSPEND static void child(void)
{
    ac_try {
        ac_delay(5000);
    } ac_finally {
        ac_job *self = ac_current_job();
        printf("finally start: %s\n", st(self));
        ac_with_context(ac_non_cancellable) {
            ac_delay(200);
            printf("cleanup done: %s\n", st(self));
        }
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch(scope, child());
        ac_delay(100);
        ac_job_cancel(job, NULL);
        ac_delay(100);
        printf("while in finally: %s\n", st(job));
        ac_join(job);
        printf("after join: %s\n", st(job));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
