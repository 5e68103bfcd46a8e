// Conformance pair of tc_catch_rethrow_nested.kt: the nearest matching catch across
// suspension points, rethrow wrapped with a cause, nested finally blocks inner-first.
// RUN: %conformance
#include "conf.h"

SUSPEND static int risky_operation(int fail)
{
    ac_delay(10);
    if (fail)
        ac_throw(ac_error_new(&AC_IO_ERROR, "read failed"));
    return 1;
}

SUSPEND static void launched(void)
{
    ac_try {
        risky_operation(1);
    } ac_catch (e) {
        printf("caught inside launch: %s\n", ac_error_message(e));
    }
    printf("launch continues normally\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_try {
            printf("value = %d\n", risky_operation(0));
            risky_operation(1);
            printf("unreachable\n");
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_IO_ERROR))
                ac_rethrow(e);
            printf("caught %s\n", ex(e));
        }

        ac_try {
            ac_try {
                ac_try {
                    risky_operation(1);
                } ac_catch (e) {
                    if (!ac_error_is(e, &AC_ILLEGAL_STATE))
                        ac_rethrow(e);
                    printf("unreachable: wrong type\n");
                } ac_finally {
                    ac_delay(10);
                    printf("inner finally\n");
                }
            } ac_catch (e) {
                if (!ac_error_is(e, &AC_IO_ERROR))
                    ac_rethrow(e);
                printf("middle caught %s, rethrowing wrapped\n", ac_error_message(e));
                ac_throw(ac_error_new_cause(&AC_ILLEGAL_STATE, ac_error_retain(e), "wrapped"));
            } ac_finally {
                printf("middle finally\n");
            }
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_ILLEGAL_STATE))
                ac_rethrow(e);
            printf("outer caught %s cause=%s\n", ex(e), ex(ac_error_cause(e)));
        } ac_finally {
            printf("outer finally\n");
        }

        ac_job *job = ac_launch(scope, launched());
        ac_join(job);
        printf("job cancelled=%s\n", tf(ac_job_is_cancelled(job)));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
