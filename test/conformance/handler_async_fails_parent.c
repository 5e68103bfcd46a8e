// Conformance pair of handler_async_fails_parent.kt: an async failure caught at await still
// fails its regular parent (the root handler gets it); under a SupervisorJob it does not.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ex(e));
}

SUSPEND static int async_failed(const char *msg)
{
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "%s", msg));
    return 0;
}

SUSPEND static void parent_body(void)
{
    ac_coroutine_scope(scope) {
        ac_deferred *deferred = ac_async(scope, async_failed("async failed"));
        ac_try {
            (void)AC_AWAIT(int, deferred);
        } ac_catch (e) {
            printf("Caught exception\n");
        }
        ac_try {
            ac_delay(100);
            printf("unreachable: parent was cancelled\n");
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_CANCELLATION))
                ac_rethrow(e);
            printf("parent cancelled at next suspension\n");
        }
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(outer) {
        ac_job *scope_job = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(ac_ctx_plus(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(scope_job)),
            ac_exception_handler(handler, NULL)));
        ac_job *job = ac_launch(scope, parent_body());
        ac_join(job);
        printf("job cancelled=%s\n", tf(ac_job_is_cancelled(job)));

        ac_job *sup = ac_supervisor_job_new(NULL);
        ac_scope *sup_scope = ac_scope_new(ac_ctx_plus(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(sup)),
            ac_exception_handler(handler, NULL)));
        ac_deferred *d = ac_async(sup_scope, async_failed("async failed under supervisor"));
        ac_try {
            (void)AC_AWAIT(int, d);
        } ac_catch (e) {
            printf("Caught exception: %s\n", ac_error_message(e));
        }
        printf("supervisor scope active=%s\n", tf(ac_job_is_active(ac_scope_job(sup_scope))));
        ac_job_cancel(ac_scope_job(sup_scope), NULL);
        ac_scope_release(sup_scope);
        ac_job_release(sup);
        ac_scope_release(scope);
        ac_job_release(scope_job);
        (void)outer;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
