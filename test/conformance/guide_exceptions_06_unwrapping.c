// Conformance pair of guide_exceptions_06_unwrapping.kt: the root rethrows the
// CancellationException it gets at join, yet its handler gets the original IOException (004).
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *exception, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("CoroutineExceptionHandler got %s\n", ac_error_type_name(exception));
}

SUSPEND static void innermost(void)
{
    ac_throw(ac_error_new(&AC_IO_ERROR, NULL)); /* the original exception */
}

SUSPEND static void middle(void)
{
    ac_coroutine_scope(scope) {
        ac_launch(scope, innermost());
    }
}

SUSPEND static void inner_body(void)
{
    ac_coroutine_scope(scope) {
        ac_launch(scope, middle());
    }
}

SUSPEND static void root(void)
{
    ac_coroutine_scope(scope) {
        ac_job *inner = ac_launch(scope, inner_body()); /* all this stack gets cancelled */
        ac_try {
            ac_join(inner);
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_CANCELLATION))
                ac_rethrow(e);
            printf("Rethrowing CancellationException with original cause\n");
            ac_rethrow(e); /* yet the original IOException gets to the handler */
        }
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
