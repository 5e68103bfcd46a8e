// Conformance pair of cancellation_exception_not_failure.kt: a child throwing
// CancellationException is cancelled, but that is no failure: parent, sibling and
// handler are not affected.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ex(e));
}

static void on_child1_completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)arg;
    printf("child1 completion: %s\n", ex(cause));
}

SUSPEND static void child1_body(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_CANCELLATION, "I'm done")); /* cancellation, not failure */
}

SUSPEND static void child2_body(void)
{
    ac_delay(200);
    printf("Child 2 still runs!\n");
}

SUSPEND static void parent_body(void)
{
    ac_scope *self = own_scope();
    ac_try {
        ac_job *child1 = ac_launch(self, child1_body());
        ac_job_invoke_on_completion(child1, on_child1_completion, NULL);
        ac_job *child2 = ac_launch(self, child2_body());
        (void)child2;
        ac_join(child1);
        printf("child1 cancelled=%s, parent active=%s\n", tf(ac_job_is_cancelled(child1)),
               tf(ac_job_is_active(ac_current_job())));
    } ac_finally {
        ac_scope_release(self);
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        ac_job *scope_job = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(scope_job)),
                        ac_exception_handler(handler, NULL)));
        ac_job *parent = ac_launch(scope, parent_body());
        ac_join(parent);
        printf("parent: cancelled=%s completed=%s\n", tf(ac_job_is_cancelled(parent)),
               tf(ac_job_is_completed(parent)));
        ac_scope_release(scope);
        ac_job_release(scope_job);
        (void)rb;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
