// Conformance pair of guide_exceptions_02_handler.kt: a handler on a root launch gets its
// failure; the same handler on a root async is not used (004 guide).
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *exception, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("CoroutineExceptionHandler got %s\n", ac_error_type_name(exception));
}

SUSPEND static void launch_body(void)
{
    ac_throw(ac_error_new(&AssertionError, NULL));
}

SUSPEND static int async_body(void)
{
    ac_throw(ac_error_new(&AC_ARITHMETIC, NULL));
    return 0;
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch_ctx(ac_global_scope(), ac_exception_handler(handler, NULL),
                                    AC_START_DEFAULT, launch_body());
        ac_deferred *deferred = ac_async_ctx(ac_global_scope(),
                                             ac_exception_handler(handler, NULL),
                                             AC_START_DEFAULT, async_body());
        ac_join(job);
        ac_join(deferred);
        (void)scope;
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
