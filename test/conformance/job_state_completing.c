// Conformance pair of job_state_completing.kt: a parent whose body has returned
// while a child runs is Completing (active, not completed); its completion
// handler runs after the child's.
// RUN: %conformance
#include "conf.h"

static void print_handler(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)cause;
    printf("%s\n", (const char *)arg);
}

SUSPEND static void child_body(void)
{
    ac_delay(100);
    printf("child done\n");
}

SUSPEND static void parent_body(void)
{
    ac_scope *self = own_scope();
    ac_job *child = ac_launch(self, child_body());
    ac_job_invoke_on_completion(child, print_handler, "child completion handler");
    printf("parent body done\n");
    ac_scope_release(self);
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *parent = ac_launch(scope, parent_body());
        ac_job_invoke_on_completion(parent, print_handler, "parent completion handler");
        ac_delay(50);
        printf("at 50ms (completing): %s\n", st(parent));
        printf("children of parent: %zu\n", ac_job_children(parent, NULL, 0));
        ac_join(parent);
        printf("after join: %s\n", st(parent));
        printf("children of parent: %zu\n", ac_job_children(parent, NULL, 0));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
