// Conformance pair of timeout_with_timeout.kt: withTimeout's TimeoutCancellationException,
// its message, the block's finally (NonCancellable cleanup) first, a value in time.
// RUN: %conformance
#include "conf.h"

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        const char *fast;
        ac_with_timeout(500) {
            ac_delay(10);
            fast = "fast result";
        }
        printf("fast: %s\n", fast);

        ac_try {
            ac_with_timeout(100) {
                ac_try {
                    printf("slow: working\n");
                    ac_delay(1000);
                    printf("slow: unreachable\n");
                } ac_catch (e) {
                    if (!ac_error_is(e, &AC_CANCELLATION))
                        ac_rethrow(e);
                    printf("slow: inside block caught %s\n", ac_error_type_name(e));
                    ac_rethrow(e);
                } ac_finally {
                    ac_with_context(ac_non_cancellable) {
                        ac_delay(50);
                        printf("slow: cleanup done\n");
                    }
                }
            }
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_TIMEOUT))
                ac_rethrow(e);
            printf("caught %s: %s\n", ac_error_type_name(e), ac_error_message(e));
            printf("is CancellationException: %s\n", tf(ac_error_is(e, &AC_CANCELLATION)));
        }
        printf("runBlocking active=%s\n", tf(ac_job_is_active(ac_current_job())));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
