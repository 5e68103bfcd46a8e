// Conformance pair of scope_supervisor_scope_children.kt: in supervisorScope a failing
// child cancels neither siblings nor the scope; its failure is uncaught (stderr).
// RUN: %conformance
#include "conf.h"

SUSPEND static void child1_body(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "Failed!"));
}

SUSPEND static void child2_body(void)
{
    ac_delay(300);
    printf("Child 2 still runs\n");
}

SUSPEND static void job_body(void)
{
    ac_supervisor_scope(s) {
        ac_job *child1 = ac_launch(s, child1_body());
        ac_job *child2 = ac_launch(s, child2_body());
        (void)child1;
        (void)child2;
    }
    printf("After supervisorScope\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch(scope, job_body());
        ac_join(job);
        printf("job cancelled=%s\n", tf(ac_job_is_cancelled(job)));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
