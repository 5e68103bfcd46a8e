// Conformance pair of scope_coroutine_scope_waits.kt: coroutineScope / supervisorScope
// wait for the body and all children, then return the body's value.
// RUN: %conformance
#include "conf.h"

SUSPEND static void child1(void)
{
    ac_delay(100);
    printf("child 1 done\n");
}

SUSPEND static void child2(void)
{
    ac_delay(200);
    printf("child 2 done\n");
}

SUSPEND static void supervisor_child(void)
{
    ac_delay(100);
    printf("supervisorScope child done\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        ac_job *outer = ac_current_job();
        const char *result;
        ac_coroutine_scope(s) {
            ac_job *scope_job = ac_current_job();
            printf("scope job is new: %s, child of runBlocking: %s\n", tf(scope_job != outer),
                   tf(has_child(outer, scope_job)));
            ac_launch(s, child1());
            ac_launch(s, child2());
            printf("scope body done\n");
            result = "result";
        }
        printf("coroutineScope returned %s\n", result);
        int result2;
        ac_supervisor_scope(s) {
            ac_launch(s, supervisor_child());
            printf("supervisorScope body done\n");
            result2 = 42;
        }
        printf("supervisorScope returned %d\n", result2);
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
