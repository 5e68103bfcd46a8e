// Conformance pair of guide_mistake5_cleanup.kt: straight-line cleanup is skipped on
// cancellation; finally + NonCancellable and invokeOnCompletion cleanups always run.
// RUN: %conformance
#include "conf.h"

SUSPEND static void acquire_resource(const char *name) { printf("%s: acquire\n", name); }
SUSPEND static void do_work(void) { ac_delay(1000); }
static void release_resource(const char *name) { printf("%s: release\n", name); }

static void release_on_completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)cause;
    release_resource(arg);
}

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ac_error_message(e));
}

SUSPEND static void naive_body(void)
{
    acquire_resource("naive");
    do_work();
    release_resource("naive");
}

SUSPEND static void safe_body(void)
{
    ac_try {
        acquire_resource("safe");
        do_work();
    } ac_finally {
        ac_with_context(ac_non_cancellable) {
            ac_delay(10);
            release_resource("safe");
        }
    }
}

SUSPEND static void via_handler_body(void)
{
    acquire_resource("handler");
    do_work();
}

SUSPEND static void failing_body(void)
{
    acquire_resource("failing");
    ac_delay(10);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "work failed"));
}

SUSPEND static void normal_body(void)
{
    acquire_resource("normal");
    ac_delay(10);
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        ac_job *naive = ac_launch(rb, naive_body());
        ac_job *safe = ac_launch(rb, safe_body());
        ac_job *via_handler = ac_launch(rb, via_handler_body());
        ac_job_invoke_on_completion(via_handler, release_on_completion, "handler");
        ac_delay(100);
        ac_job_cancel(naive, NULL);
        ac_job_cancel(safe, NULL);
        ac_job_cancel(via_handler, NULL);
        ac_join(naive);
        ac_join(safe);
        ac_join(via_handler);

        ac_job *supervisor = ac_supervisor_job_new(NULL);
        ac_scope *scope = ac_scope_new(ac_ctx_plus(ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(supervisor)),
                                                   ac_exception_handler(handler, NULL)));
        ac_job_release(supervisor);
        ac_job *failing = ac_launch(scope, failing_body());
        ac_job_invoke_on_completion(failing, release_on_completion, "failing");
        ac_join(failing);
        ac_job *normal = ac_launch(scope, normal_body());
        ac_job_invoke_on_completion(normal, release_on_completion, "normal");
        ac_join(normal);
        ac_job_cancel(ac_scope_job(scope), NULL);
        ac_scope_release(scope);
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
