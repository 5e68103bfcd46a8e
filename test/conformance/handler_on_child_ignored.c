// Conformance pair of handler_on_child_ignored.kt: a handler on a child coroutine is ignored
// and the root's handler (from the scope, or on the root launch) gets the failure.
// RUN: %conformance
#include "conf.h"

static void root_handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("root handler: %s\n", ac_error_message(e));
}

static void child_handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("child handler: %s\n", ac_error_message(e));
}

static void launch_handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler on root launch: %s\n", ac_error_message(e));
}

SUSPEND static void thrower(const char *msg)
{
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "%s", msg));
}

SUSPEND static void a_body(void)
{
    ac_coroutine_scope(scope) {
        /* handler on CHILD -- ignored! */
        ac_launch_ctx(scope, ac_exception_handler(child_handler, NULL), AC_START_DEFAULT,
                      thrower("Not caught by child handler!"));
    }
}

SUSPEND static void b_body(void)
{
    ac_coroutine_scope(scope) {
        /* child inherits handler, but the failure is handled by the root */
        ac_launch(scope, thrower("inner"));
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(outer) {
        ac_job *sup = ac_supervisor_job_new(NULL);
        ac_scope *scope = ac_scope_new(ac_ctx_plus(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(sup)),
            ac_exception_handler(root_handler, NULL)));

        ac_job *a = ac_launch(scope, a_body());
        ac_join(a);

        ac_job *b = ac_launch_ctx(scope, ac_exception_handler(launch_handler, NULL),
                                  AC_START_DEFAULT, b_body());
        ac_join(b);
        printf("a cancelled=%s b cancelled=%s\n", tf(ac_job_is_cancelled(a)),
               tf(ac_job_is_cancelled(b)));
        ac_job_cancel(sup, NULL);
        ac_scope_release(scope);
        ac_job_release(sup);
        (void)outer;
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
