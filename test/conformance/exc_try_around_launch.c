// Conformance pair of exc_try_around_launch.kt: a try/catch around launch never sees the
// coroutine's exception (it goes to the handler); a try/catch inside the launch does.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ac_error_message(e));
}

SUSPEND static void boom(void)
{
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "Boom!")); /* NOT caught by the try-catch */
}

SUSPEND static void boom_inside(void)
{
    ac_try {
        ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "Boom inside!"));
    } ac_catch (e) {
        printf("caught inside: %s\n", ac_error_message(e));
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *sup = ac_supervisor_job_new(NULL);
        ac_scope *view_model_scope = ac_scope_new(ac_ctx_plus(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(sup)),
            ac_exception_handler(handler, NULL)));
        ac_job *job = NULL;
        ac_try {
            job = ac_launch(view_model_scope, boom());
            printf("launch returned\n");
        } ac_catch (e) {
            printf("unreachable: %s\n", ac_error_message(e)); /* never reached */
        }
        ac_join(job);
        printf("outer job cancelled=%s\n", tf(ac_job_is_cancelled(job)));

        ac_job *inner = ac_launch(view_model_scope, boom_inside());
        ac_join(inner);
        printf("inner job cancelled=%s\n", tf(ac_job_is_cancelled(inner)));
        ac_job_cancel(sup, NULL);
        ac_scope_release(view_model_scope);
        ac_job_release(sup);
        (void)scope;
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
