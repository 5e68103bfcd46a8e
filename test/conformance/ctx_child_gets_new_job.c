// Conformance pair of ctx_child_gets_new_job.kt: every coroutine gets a new Job; the Job
// inherited or passed to the builder becomes its parent, never its own Job.
// RUN: %conformance
#include "conf.h"

SUSPEND static void child_body(ac_job *outer)
{
    ac_job *own = ac_current_job();
    printf("child own job differs from parent's: %s\n", tf(own != outer));
}

SUSPEND static void explicit_body(ac_job *x)
{
    ac_job *own = ac_current_job();
    printf("explicit: own job is X: %s\n", tf(own == x));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *outer = ac_current_job();
        ac_job *child = ac_launch(scope, child_body(outer));
        printf("child is in parent's children: %s\n", tf(has_child(outer, child)));
        ac_join(child);

        ac_job *x = ac_job_new(NULL);
        ac_job *explicit = ac_launch_ctx(scope, ac_ctx_job(x), AC_START_DEFAULT, explicit_body(x));
        printf("explicit is child of X: %s\n", tf(has_child(x, explicit)));
        printf("explicit is child of runBlocking: %s\n", tf(has_child(outer, explicit)));
        ac_join(explicit);
        printf("X still active after its child completed: %s\n", tf(ac_job_is_active(x)));
        ac_job_cancel(x, NULL);
        ac_job_release(x);
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
