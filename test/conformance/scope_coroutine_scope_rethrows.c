// Conformance pair of scope_coroutine_scope_rethrows.kt: coroutineScope cancels the other
// children when one fails and rethrows the original exception to its caller.
// RUN: %conformance
#include "conf.h"

SUSPEND static void child1(void)
{
    ac_try {
        ac_delay(200);
        printf("Child 1: completed normally\n");
    } ac_finally {
        printf("Child 1: finally\n");
    }
}

SUSPEND static void child2(void)
{
    ac_delay(50);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "Child 2 failed!"));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        ac_try {
            ac_coroutine_scope(s) {
                ac_launch(s, child1());
                ac_launch(s, child2());
            }
        } ac_catch (e) {
            if (ac_error_is(e, &AssertionError)) /* catch (e: Exception): not an Error */
                ac_rethrow(e);
            printf("Exception received by parent: %s (%s)\n", ac_error_message(e), ac_error_type_name(e));
        }
        printf("runBlocking continues, active=%s\n", tf(ac_job_is_active(ac_current_job())));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
