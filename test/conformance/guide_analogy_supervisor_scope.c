// Conformance pair of guide_analogy_supervisor_scope.kt: in supervisorScope a failing child
// without handler is uncaught; its sibling and the scope end normally (003 guide).
// RUN: %conformance
#include "conf.h"

SUSPEND static void child1_body(void)
{
    ac_delay(100);
    printf("Child 1: completed normally\n");
}

SUSPEND static void child2_body(void)
{
    ac_delay(50);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "Child 2 failed!"));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        ac_supervisor_scope(s) {
            ac_job *child1 = ac_launch(s, child1_body());
            (void)child1;
            ac_job *child2 = ac_launch(s, child2_body());
            ac_join(child2);
            printf("child2 status: %s\n", tf(ac_job_is_cancelled(child2)));
        }
        printf("supervisorScope ended\n");
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
