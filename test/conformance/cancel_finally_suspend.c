// Conformance pair of cancel_finally_suspend.kt: suspending in the finally of a
// cancelled coroutine throws at once; inside NonCancellable it works, and
// isActive is true there but false for the coroutine itself.
// RUN: %conformance
#include "conf.h"

SUSPEND static void plain_body(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        printf("plain: Cleanup starting\n");
        ac_try {
            ac_delay(100);
            printf("plain: Never reached\n");
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_CANCELLATION))
                ac_rethrow(e);
            printf("plain: delay in finally threw CancellationException\n");
        }
    }
}

SUSPEND static void guarded_body(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        ac_with_context(ac_non_cancellable) {
            printf("guarded: Cleanup starting, isActive=%s\n",
                   tf(ac_job_is_active(ac_current_job())));
            ac_delay(100);
            printf("guarded: Cleanup done\n");
        }
        printf("guarded: after NonCancellable block, isActive=%s\n",
               tf(ac_job_is_active(ac_current_job())));
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *plain = ac_launch(scope, plain_body());
        ac_job *guarded = ac_launch(scope, guarded_body());
        ac_yield();
        ac_job_cancel(plain, NULL);
        ac_job_cancel(guarded, NULL);
        ac_join(plain); /* joinAll(plain, guarded) */
        ac_join(guarded);
        printf("both done\n");
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
