// Conformance pair of guide_exceptions_04_handler_after_children.kt: the root's handler gets
// the failure only after every child has terminated, NonCancellable cleanup included (004).
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *exception, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("CoroutineExceptionHandler got %s\n", ac_error_type_name(exception));
}

SUSPEND static void first_child(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        ac_with_context(ac_non_cancellable) {
            printf("Children are cancelled, but exception is not handled until all children terminate\n");
            ac_delay(100);
            printf("The first child finished its non cancellable block\n");
        }
    }
}

SUSPEND static void second_child(void)
{
    ac_delay(100);
    printf("Second child throws an exception\n");
    ac_throw(ac_error_new(&AC_ARITHMETIC, NULL));
}

SUSPEND static void root(void)
{
    ac_coroutine_scope(scope) {
        ac_launch(scope, first_child());
        ac_launch(scope, second_child());
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
