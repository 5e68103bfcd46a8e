// Conformance pair of guide_exceptions_05_aggregation.kt: the first exception wins and is
// handled; one thrown later by a cancelled sibling's finally is suppressed in it (004 guide).
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *exception, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("CoroutineExceptionHandler got %s with suppressed %s\n",
           ac_error_type_name(exception), names(exception));
}

SUSPEND static void first_child(void)
{
    ac_try {
        ac_delay(INT64_MAX); /* it gets cancelled when another sibling fails with IOException */
    } ac_finally {
        ac_throw(ac_error_new(&AC_ARITHMETIC, NULL)); /* the second exception */
    }
}

SUSPEND static void second_child(void)
{
    ac_delay(300);
    ac_throw(ac_error_new(&AC_IO_ERROR, NULL)); /* the first exception */
}

SUSPEND static void root(void)
{
    ac_coroutine_scope(scope) {
        ac_launch(scope, first_child());
        ac_launch(scope, second_child());
        ac_delay(INT64_MAX);
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch_ctx(ac_global_scope(), ac_exception_handler(handler, NULL),
                                    AC_START_DEFAULT, root());
        ac_join(job);
        (void)scope;
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
