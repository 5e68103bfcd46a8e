// Conformance pair of timeout_in_launch_silent.kt: an uncaught withTimeout silently
// cancels its launch; the parent and sibling go on and no handler is called.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: unreachable %s\n", ac_error_message(e));
}

static void on_job_done(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)arg;
    printf("job completion: %s\n", ex(cause));
}

SUSPEND static void job_body(void)
{
    ac_with_timeout(100) {
        ac_delay(1000);
    }
    printf("unreachable\n");
}

SUSPEND static void sibling_body(void)
{
    ac_delay(200);
    printf("sibling still runs\n");
}

SUSPEND static void parent_body(void)
{
    ac_job *self = ac_current_job(); /* the launch's coroutineContext[Job] */
    ac_coroutine_scope(s) {
        ac_job *job = ac_launch(s, job_body());
        ac_job_invoke_on_completion(job, on_job_done, NULL);
        ac_job *sibling = ac_launch(s, sibling_body());
        (void)sibling;
        ac_join(job);
        printf("job cancelled=%s, parent active=%s\n", tf(ac_job_is_cancelled(job)),
               tf(ac_job_is_active(self)));
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        (void)rb;
        ac_job *job = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(ac_ctx_plus(ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(job)),
                                                   ac_exception_handler(handler, NULL)));
        ac_job_release(job);
        ac_job *parent = ac_launch(scope, parent_body());
        ac_join(parent);
        printf("parent cancelled=%s\n", tf(ac_job_is_cancelled(parent)));
        ac_scope_release(scope);
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
