// Conformance pair of exc_child_sees_cancellation_cause.kt: a sibling cancelled by a failure
// sees a CancellationException caused by it; the parent completes with the failure itself.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ex(e));
}

static void sibling_done(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)arg;
    const ac_error *c = cause ? ac_error_cause(cause) : NULL;
    printf("sibling completion cause is CancellationException=%s, its cause=%s\n",
           tf(cause && ac_error_is(cause, &AC_CANCELLATION)), c ? ac_error_type_name(c) : "null");
}

static void parent_done(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)arg;
    printf("parent completion cause: %s\n", ex(cause));
}

SUSPEND static void sibling_body(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("sibling caught CancellationException=%s, cause=%s\n",
               tf(ac_error_is(e, &AC_CANCELLATION)), ex(ac_error_cause(e)));
        ac_rethrow(e);
    }
}

SUSPEND static void failing(void)
{
    ac_delay(50);
    ac_throw(ac_error_new(&AC_IO_ERROR, "original"));
}

SUSPEND static void parent_body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *sibling = ac_launch(scope, sibling_body());
        ac_job_invoke_on_completion(sibling, sibling_done, NULL);
        ac_launch(scope, failing());
    }
}

SUSPEND static void child_of_cancelled(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        ac_error *c = ac_error_cause(e);
        printf("child of cancelled parent: cause=%s\n", c ? ac_error_type_name(c) : "null");
        ac_rethrow(e);
    }
}

SUSPEND static void parent2_body(void)
{
    ac_coroutine_scope(scope) {
        ac_launch(scope, child_of_cancelled());
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(outer) {
        ac_job *scope_job = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(ac_ctx_plus(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_exception_handler(handler, NULL)),
            ac_ctx_job(scope_job)));
        ac_job *parent = ac_launch(scope, parent_body());
        ac_job_invoke_on_completion(parent, parent_done, NULL);
        ac_join(parent);

        ac_job *parent2 = ac_launch(outer, parent2_body());
        ac_delay(10);
        ac_job_cancel(parent2, NULL);
        ac_join(parent2);
        ac_scope_release(scope);
        ac_job_release(scope_job);
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
