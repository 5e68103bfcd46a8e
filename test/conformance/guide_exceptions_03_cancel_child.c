// Conformance pair of guide_exceptions_03_cancel_child.kt: cancelling a child
// does not cancel its parent (004 guide, example-exceptions-03).
// RUN: %conformance
#include "conf.h"

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

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
