// Conformance pair of handler_async_root_await.kt: a root async's failure is caught at await
// and reported nowhere else; a failing async under a scope's regular Job() still kills it.
// RUN: %conformance
#include "conf.h"

SUSPEND static int global_async(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "async failed!"));
    return 0;
}

SUSPEND static int division(void)
{
    ac_throw(ac_error_new(&AC_ARITHMETIC, "division by zero"));
    return 0;
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(outer) {
        ac_deferred *deferred = ac_async(ac_global_scope(), global_async());
        ac_try {
            (void)AC_AWAIT(int, deferred); /* exception thrown here */
        } ac_catch (e) {
            printf("Exception caught at await: %s\n", ac_error_message(e));
        }

        ac_job *scope_job = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(scope_job)));
        ac_deferred *d2 = ac_async(scope, division());
        ac_try {
            (void)AC_AWAIT(int, d2);
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_ARITHMETIC))
                ac_rethrow(e);
            printf("caught %s\n", ex(e));
        }
        printf("scope job cancelled=%s completed=%s\n", tf(ac_job_is_cancelled(scope_job)),
               tf(ac_job_is_completed(scope_job)));
        ac_scope_release(scope);
        ac_job_release(scope_job);
        (void)outer;
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
