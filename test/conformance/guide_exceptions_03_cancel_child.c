// Conformance pair of guide_exceptions_03_cancel_child.kt: cancelling a child
// does not cancel its parent (004 guide, example-exceptions-03).
// RUN: %conformance
#include "conf.h"

/* The coroutine's own CoroutineScope (Kotlin's receiver of launch { }): a
 * scope object whose job is the current coroutine's job. */
static ac_scope *own_scope(void)
{
    return ac_scope_new(ac_ctx_plus(ac_ctx_retain(ac_current_context()),
                                    ac_ctx_job(ac_current_job())));
}

SUSPEND static void child_body(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        printf("Child is cancelled\n");
    }
}

SUSPEND static void parent_body(void)
{
    ac_scope *self = own_scope();
    ac_try {
        ac_job *child = ac_launch(self, child_body());
        ac_yield();
        printf("Cancelling child\n");
        ac_job_cancel(child, NULL);
        ac_join(child);
        ac_yield();
        printf("Parent is not cancelled\n");
    } ac_finally {
        ac_scope_release(self);
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch(scope, parent_body());
        ac_join(job);
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
