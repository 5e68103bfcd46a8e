// Conformance pair of rule2_cancel_parent.kt: Rule 2, cancelling a parent
// cancels its children and grandchildren, each running its finally.
// RUN: %conformance
#include "conf.h"

SUSPEND static void child1(void)
{
    ac_try {
        ac_delay(5000);
        printf("Child 1 done\n"); /* never runs */
    } ac_finally {
        printf("Child 1 cancelled\n");
    }
}

SUSPEND static void grandchild(void)
{
    ac_try {
        ac_delay(5000);
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("Grandchild caught CancellationException\n");
        ac_rethrow(e);
    } ac_finally {
        printf("Grandchild cancelled\n");
    }
}

SUSPEND static void child2(void)
{
    ac_scope *self = own_scope();
    ac_launch(self, grandchild());
    ac_scope_release(self);
    ac_try {
        ac_delay(5000);
        printf("Child 2 done\n"); /* never runs */
    } ac_finally {
        printf("Child 2 cancelled\n");
    }
}

SUSPEND static void parent(void)
{
    ac_scope *self = own_scope();
    ac_job *c1 = ac_launch(self, child1());
    ac_job *c2 = ac_launch(self, child2());
    (void)c1;
    (void)c2;
    ac_scope_release(self);
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *parent_job = ac_launch(scope, parent());
        ac_delay(100);
        ac_job_cancel(parent_job, NULL); /* cancels parent AND all descendants */
        printf("cancel requested\n");
        ac_join(parent_job);
        printf("parent: cancelled=%s completed=%s\n", tf(ac_job_is_cancelled(parent_job)),
               tf(ac_job_is_completed(parent_job)));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
