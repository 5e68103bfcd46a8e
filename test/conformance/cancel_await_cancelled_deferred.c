// Conformance pair of cancel_await_cancelled_deferred.kt: await of a cancelled
// Deferred (or of a lazy one cancelled before start) throws CancellationException;
// uncaught, it silently cancels the awaiting coroutine, nobody else.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: unreachable %s\n", ac_error_message(e));
}

SUSPEND static int deferred_body(void)
{
    ac_delay(1000);
    return 1;
}

SUSPEND static int lazy_body(void)
{
    printf("lazy body: unreachable\n");
    return 2;
}

SUSPEND static void catcher_body(ac_deferred *deferred, ac_deferred *lazy)
{
    ac_try {
        (void)AC_AWAIT(int, deferred);
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("catcher: await threw CancellationException, isActive=%s\n",
               tf(ac_job_is_active(ac_current_job())));
    }
    ac_try {
        (void)AC_AWAIT(int, lazy);
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("catcher: lazy await threw CancellationException\n");
    }
    printf("catcher continues\n");
}

SUSPEND static void silent_body(ac_deferred *deferred)
{
    (void)AC_AWAIT(int, deferred);
    printf("silent: unreachable\n");
}

SUSPEND static void sibling_body(void)
{
    ac_delay(300);
    printf("sibling not affected\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        ac_job *job = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(job)),
                        ac_exception_handler(handler, NULL)));
        ac_job_release(job); /* Job() is referenced by the scope only */
        ac_deferred *deferred = ac_async(scope, deferred_body());
        ac_deferred *lazy = ac_async_ctx(scope, NULL, AC_START_LAZY, lazy_body());
        ac_job *catcher = ac_launch(scope, catcher_body(deferred, lazy));
        ac_job *silent = ac_launch(scope, silent_body(deferred));
        ac_job *sibling = ac_launch(scope, sibling_body());
        ac_delay(10);
        ac_job_cancel(deferred, NULL);
        ac_job_cancel(lazy, NULL);
        ac_join(catcher); /* joinAll(catcher, silent, sibling) */
        ac_join(silent);
        ac_join(sibling);
        printf("catcher cancelled=%s silent cancelled=%s sibling cancelled=%s\n",
               tf(ac_job_is_cancelled(catcher)), tf(ac_job_is_cancelled(silent)),
               tf(ac_job_is_cancelled(sibling)));
        printf("scope active=%s\n", tf(ac_job_is_active(ac_scope_job(scope))));
        ac_scope_cancel(scope, NULL);
        ac_scope_release(scope);
        (void)rb;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
