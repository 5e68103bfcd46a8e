// Conformance pair of handler_async_ignored.kt: a handler passed to async is never called;
// every await rethrows the same exception; the supervisor scope survives.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: unreachable %s\n", ac_error_message(e));
}

SUSPEND static int failing(void)
{
    ac_delay(10);
    ac_throw(ac_error_new(&AC_IO_ERROR, "boom")); /* handler is NOT called */
    return 0;
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(outer) {
        ac_job *scope_job = ac_supervisor_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(scope_job)));
        ac_deferred *deferred = ac_async_ctx(scope, ac_exception_handler(handler, NULL),
                                             AC_START_DEFAULT, failing());
        ac_error *first = NULL;
        ac_try {
            (void)AC_AWAIT(int, deferred); /* exception is thrown HERE */
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_IO_ERROR))
                ac_rethrow(e);
            first = ac_error_retain(e);
            printf("await threw %s\n", ex(e));
        }
        ac_try {
            (void)AC_AWAIT(int, deferred);
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_IO_ERROR))
                ac_rethrow(e);
            printf("second await threw %s\n", ex(e));
        }
        printf("deferred: completed=%s cancelled=%s\n", tf(ac_job_is_completed(deferred)),
               tf(ac_job_is_cancelled(deferred)));
        printf("scope active=%s\n", tf(ac_job_is_active(scope_job)));
        ac_job_cancel(scope_job, NULL);
        ac_error_release(first);
        ac_scope_release(scope);
        ac_job_release(scope_job);
        (void)outer;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
