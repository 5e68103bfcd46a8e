// Conformance pair of ctx_launch_into_failed_scope.kt: a launch into a failed or cancelled
// scope is cancelled at once (cause: the scope's failure) and reports nothing.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ex(e));
}

static void completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    const ac_error *c = cause ? ac_error_cause(cause) : NULL;
    printf("%s completion: is CancellationException=%s cause.cause=%s\n", (const char *)arg,
           tf(cause && ac_error_is(cause, &AC_CANCELLATION)), c ? ac_error_type_name(c) : "null");
}

SUSPEND static int division(void)
{
    ac_throw(ac_error_new(&AC_ARITHMETIC, "division by zero"));
    return 0;
}

SUSPEND static void late_body(const char *what)
{
    printf("%s\n", what);
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(outer) {
        ac_job *scope_job = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(scope_job)));
        ac_deferred *d = ac_async(scope, division());
        ac_try {
            (void)AC_AWAIT(int, d);
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_ARITHMETIC))
                ac_rethrow(e);
            printf("await threw %s\n", ex(e));
        }
        printf("scope job cancelled=%s\n", tf(ac_job_is_cancelled(scope_job)));

        ac_job *late = ac_launch_ctx(scope, ac_exception_handler(handler, NULL), AC_START_DEFAULT,
                                     late_body("unreachable: scope is dead"));
        ac_job_invoke_on_completion(late, completion, "late");
        printf("late launch cancelled=%s\n", tf(ac_job_is_cancelled(late)));
        ac_join(late);

        ac_job *cancelled_job = ac_job_new(NULL);
        ac_job_cancel(cancelled_job, NULL);
        ac_scope *scope2 = ac_scope_new(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(cancelled_job)));
        ac_job *late2 = ac_launch_ctx(scope2, ac_exception_handler(handler, NULL),
                                      AC_START_DEFAULT, late_body("unreachable 2"));
        ac_job_invoke_on_completion(late2, completion, "late2");
        ac_join(late2);
        printf("late2 cancelled=%s\n", tf(ac_job_is_cancelled(late2)));
        ac_scope_release(scope2);
        ac_job_release(cancelled_job);
        ac_scope_release(scope);
        ac_job_release(scope_job);
        (void)outer;
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
