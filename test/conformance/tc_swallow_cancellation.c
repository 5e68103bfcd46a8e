// Conformance pair of tc_swallow_cancellation.kt: a catch-all around a suspend call swallows
// the cancellation and the loop fails fast on; rethrowing it stops at the first one.
// RUN: %conformance
#include "conf.h"

SUSPEND static void suspending_call(int i)
{
    (void)i;
    ac_delay(200);
}

SUSPEND static void bad_body(void)
{
    for (int i = 0; i < 3; i++) {
        ac_try {
            suspending_call(i);
            printf("bad: call %d ok\n", i);
        } ac_catch (e) {
            printf("bad: call %d swallowed %s, isActive=%s\n", i,
                   ac_error_is(e, &AC_CANCELLATION) ? "CancellationException"
                                                    : ac_error_type_name(e),
                   tf(ac_job_is_active(ac_current_job())));
        }
    }
    printf("bad: still running after cancel, isActive=%s\n",
           tf(ac_job_is_active(ac_current_job())));
}

SUSPEND static void good_body(void)
{
    for (int i = 0; i < 3; i++) {
        ac_try {
            suspending_call(i);
            printf("good: call %d ok\n", i);
        } ac_catch (e) {
            if (ac_error_is(e, &AC_CANCELLATION)) {
                printf("good: call %d rethrows CancellationException\n", i);
                ac_rethrow(e); /* re-throw! */
            }
            printf("good: unreachable\n");
        }
    }
    printf("good: unreachable\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *bad = ac_launch(scope, bad_body());
        ac_job *good = ac_launch(scope, good_body());
        ac_delay(300);
        ac_job_cancel(bad, NULL);
        ac_job_cancel(good, NULL);
        ac_join(bad);
        ac_join(good);
        printf("bad cancelled=%s good cancelled=%s\n", tf(ac_job_is_cancelled(bad)),
               tf(ac_job_is_cancelled(good)));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
