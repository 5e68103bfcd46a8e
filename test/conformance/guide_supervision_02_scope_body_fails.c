// Conformance pair of guide_supervision_02_scope_body_fails.kt: supervisorScope's own
// body failing cancels its children and rethrows to the caller (004 guide).
// RUN: %conformance
#include "conf.h"

SUSPEND static void child_body(void)
{
    ac_try {
        printf("The child is sleeping\n");
        ac_delay(INT64_MAX);
    } ac_finally {
        printf("The child is cancelled\n");
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        ac_try {
            ac_supervisor_scope(s) {
                ac_job *child = ac_launch(s, child_body());
                (void)child;
                ac_yield();
                printf("Throwing an exception from the scope\n");
                ac_throw(ac_error_new(&AssertionError, NULL));
            }
        } ac_catch (e) {
            if (!ac_error_is(e, &AssertionError))
                ac_rethrow(e);
            printf("Caught an assertion error\n");
        }
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
