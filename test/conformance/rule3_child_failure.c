// Conformance pair of rule3_child_failure.kt: Rule 3, a child's failure cancels
// its siblings and its parent, which fails with it; the root handler gets it once.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ex(e));
}

static void on_parent_completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)arg;
    printf("parent completion: %s\n", ex(cause));
}

SUSPEND static void child1(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "Child 1 failed!"));
}

SUSPEND static void child2(void)
{
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
    ac_launch(self, child1());
    ac_launch(self, child2());
    ac_scope_release(self);
    ac_try {
        ac_delay(5000);
    } ac_finally {
        printf("Parent body cancelled\n");
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        ac_job *scope_job = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(scope_job)),
                        ac_exception_handler(handler, NULL)));
        ac_job *parent_job = ac_launch(scope, parent());
        ac_job_invoke_on_completion(parent_job, on_parent_completion, NULL);
        ac_join(parent_job);
        printf("parent: cancelled=%s\n", tf(ac_job_is_cancelled(parent_job)));
        printf("scope job: cancelled=%s\n", tf(ac_job_is_cancelled(scope_job)));
        ac_scope_release(scope);
        ac_job_release(scope_job);
        (void)rb;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
