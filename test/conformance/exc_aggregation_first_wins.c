// Conformance pair of exc_aggregation_first_wins.kt: the first failure is reported; later
// failures during the cancellation are suppressed in order; cancellations never are.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("Handler: %s\n", ex(e));
    for (size_t i = 0; i < ac_error_suppressed_count(e); i++)
        printf(" Suppressed: %s\n", ex(ac_error_suppressed(e, i)));
}

SUSPEND static void child_a(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "Error A"));
}

SUSPEND static void child_b(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        ac_throw(ac_error_new(&AC_ILLEGAL_ARGUMENT, "Error B"));
    }
}

SUSPEND static void child_c(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        ac_with_context(ac_non_cancellable) {
            ac_delay(50);
        }
        ac_throw(ac_error_new(&AC_ARITHMETIC, "Error C"));
    }
}

SUSPEND static void child_d(void)
{
    ac_delay(INT64_MAX); /* just cancelled: its CancellationException is not suppressed */
}

SUSPEND static void root(void)
{
    ac_coroutine_scope(scope) {
        ac_launch(scope, child_a());
        ac_launch(scope, child_b());
        ac_launch(scope, child_c());
        ac_launch(scope, child_d());
    }
}

SUSPEND static void scope_a(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "scope Error A"));
}

SUSPEND static void scope_b(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        ac_throw(ac_error_new(&AC_ILLEGAL_ARGUMENT, "scope Error B"));
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(outer) {
        ac_job *scope_job = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(ac_ctx_plus(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_exception_handler(handler, NULL)),
            ac_ctx_job(scope_job)));
        ac_job *r = ac_launch(scope, root());
        ac_join(r);

        ac_try {
            ac_coroutine_scope(s) {
                ac_launch(s, scope_a());
                ac_launch(s, scope_b());
            }
        } ac_catch (e) {
            printf("coroutineScope threw %s suppressed=%s\n", ex(e), names(e));
        }
        printf("done\n");
        ac_scope_release(scope);
        ac_job_release(scope_job);
        (void)outer;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
