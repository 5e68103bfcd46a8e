// Conformance pair of completion_after_children.kt: the parent's completion
// handler runs after its child completed, though its body finished first
// (000 guide, "Edge case 6").
// RUN: %conformance
#include "conf.h"

static void on_parent_completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)cause;
    (void)arg;
    printf("3. Parent completes\n");
}

SUSPEND static void child_body(void)
{
    ac_delay(100);
    printf("1. Child completes\n");
}

SUSPEND static void parent_body(void)
{
    ac_scope *self = own_scope();
    ac_job *child = ac_launch(self, child_body());
    (void)child;
    printf("2. Parent body done\n");
    /* Parent waits here for child to complete */
    ac_scope_release(self);
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *parent = ac_launch(scope, parent_body());
        ac_job_invoke_on_completion(parent, on_parent_completion, NULL);
        ac_join(parent);
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
