// Conformance pair of guide_analogy_async_await_in_runblocking.kt: the exception is caught
// at await, yet the failed async also cancels runBlocking, which rethrows it to main (003).
// RUN: %conformance
#include "conf.h"

SUSPEND static int failing(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "async failed!"));
    return 0;
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_deferred *deferred = ac_async(scope, failing());
        ac_try {
            (void)AC_AWAIT(int, deferred); /* exception thrown here */
        } ac_catch (e) {
            printf("Exception caught at await: %s\n", ac_error_message(e));
        }
        printf("runBlocking body continues, isActive=%s\n",
               tf(ac_job_is_active(ac_current_job())));
        ac_delay(10);
        printf("unreachable\n");
    }
}

int main(void)
{
    ac_error *e = ac_run_test(body(), NULL);
    if (e && ac_error_is(e, &AC_ILLEGAL_STATE)) {
        printf("runBlocking rethrew %s\n", ex(e));
        ac_error_release(e);
        e = NULL;
    }
    return conf_exit(e);
}
