// Conformance pair of rule1_parent_waits.kt: Rule 1, a parent completes only
// after all its children, though its body finished first.
// RUN: %conformance
#include "conf.h"

static void on_parent_completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)cause;
    (void)arg;
    printf("parent completed\n");
}

SUSPEND static void child1(void)
{
    ac_delay(100);
    printf("Child 1 done\n");
}

SUSPEND static void child2(void)
{
    ac_delay(500);
    printf("Child 2 done\n");
}

SUSPEND static void parent(void)
{
    ac_scope *self = own_scope();
    ac_launch(self, child1());
    ac_launch(self, child2());
    ac_scope_release(self);
    printf("Parent body done\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *parent_job = ac_launch(scope, parent());
        ac_job_invoke_on_completion(parent_job, on_parent_completion, NULL);
        ac_delay(300);
        printf("at 300ms parent isCompleted=%s\n", tf(ac_job_is_completed(parent_job)));
        ac_join(parent_job);
        printf("All done\n");
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
