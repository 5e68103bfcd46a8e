// Conformance pair of guide_supervision_03_supervised_handler.kt: a child launched
// directly in supervisorScope uses the handler of its own context (004 guide).
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *exception, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("CoroutineExceptionHandler got %s\n", ac_error_type_name(exception));
}

SUSPEND static void child_body(void)
{
    printf("The child throws an exception\n");
    ac_throw(ac_error_new(&AssertionError, NULL));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        ac_supervisor_scope(s) {
            ac_job *child = ac_launch_ctx(s, ac_exception_handler(handler, NULL),
                                          AC_START_DEFAULT, child_body());
            (void)child;
            printf("The scope is completing\n");
        }
        printf("The scope is completed\n");
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
