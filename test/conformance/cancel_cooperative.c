// Conformance pair of cancel_cooperative.kt: a cancelled coroutine runs on until
// its next suspension point unless it checks isActive (ensureActive).
// RUN: %conformance
#include "conf.h"

SUSPEND static void no_check(void)
{
    ac_try {
        for (int i = 0; i < 5; i++) {
            if (i == 2)
                ac_job_cancel(ac_current_job(), NULL);
            printf("no-check loop i=%d isActive=%s\n", i, tf(ac_job_is_active(ac_current_job())));
        }
        printf("no-check loop finished, now suspending\n");
        ac_delay(10);
        printf("no-check: unreachable\n");
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("no-check: CancellationException at delay\n");
    }
}

SUSPEND static void with_check(void)
{
    ac_try {
        for (int i = 0; i < 5; i++) {
            ac_ensure_active(); /* Kotlin 1.0.1: if (!isActive) throw CancellationException() */
            if (i == 2)
                ac_job_cancel(ac_current_job(), NULL);
            printf("check loop i=%d\n", i);
        }
        printf("check: unreachable\n");
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("check: stopped by the isActive check\n");
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *no_check_job = ac_launch(scope, no_check());
        ac_join(no_check_job);

        ac_job *with_check_job = ac_launch(scope, with_check());
        ac_join(with_check_job);
        printf("noCheck cancelled=%s withCheck cancelled=%s\n",
               tf(ac_job_is_cancelled(no_check_job)), tf(ac_job_is_cancelled(with_check_job)));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
