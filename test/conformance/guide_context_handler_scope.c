// Conformance pair of guide_context_handler_scope.kt: the handler of a scope on the default
// dispatcher with a SupervisorJob handles TaskA's failure and reads its CoroutineName (003).
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *context, ac_error *exception, void *arg)
{
    (void)arg;
    const char *name = ac_ctx_get_name(context);
    printf("[%s] Handling exception: %s\n", name ? name : "unnamed",
           ac_error_message(exception));
}

SUSPEND static void task_a(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "TaskA failed"));
}

SUSPEND static void task_b(void)
{
    ac_delay(200);
    printf("TaskB: completed normally\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(outer) {
        /* No dispatcher element: the scope's coroutines run on the default dispatcher. */
        ac_job *sup = ac_supervisor_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_job(sup), ac_exception_handler(handler, NULL)));
        ac_launch_ctx(scope, ac_coroutine_name("TaskA"), AC_START_DEFAULT, task_a());
        ac_launch_ctx(scope, ac_coroutine_name("TaskB"), AC_START_DEFAULT, task_b());
        ac_delay(500);
        ac_job_cancel(ac_scope_job(scope), NULL);
        ac_scope_release(scope);
        ac_job_release(sup);
        (void)outer;
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
