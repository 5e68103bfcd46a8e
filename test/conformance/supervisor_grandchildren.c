// Conformance pair of supervisor_grandchildren.kt: a SupervisorJob protects only its
// direct children; a grandchild's failure fails its parent; supervisorScope fixes it.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: %s\n", ex(e));
}

SUSPEND static void grandchild1(void)
{
    ac_delay(100);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "Fails!"));
}

SUSPEND static void grandchild2(void)
{
    ac_try {
        ac_delay(1000);
        printf("unreachable\n");
    } ac_finally {
        printf("grandchild 2: This gets cancelled!\n");
    }
}

SUSPEND static void direct_body(void)
{
    ac_coroutine_scope(s) {
        ac_job *child1 = ac_launch(s, grandchild1());
        ac_job *child2 = ac_launch(s, grandchild2());
        (void)child1;
        (void)child2;
    }
}

SUSPEND static void other_body(void)
{
    ac_delay(400);
    printf("other direct child still runs\n");
}

SUSPEND static void fixed_failing(void)
{
    ac_delay(200);
    ac_throw(ac_error_new(&AC_ILLEGAL_ARGUMENT, "Fails in supervisorScope!"));
}

SUSPEND static void fixed_sibling(void)
{
    ac_delay(300);
    printf("supervisorScope sibling: This runs!\n");
}

SUSPEND static void fixed_body(void)
{
    ac_supervisor_scope(s) {
        ac_launch(s, fixed_failing());
        ac_launch(s, fixed_sibling());
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        ac_job *supervisor_job = ac_supervisor_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(supervisor_job)),
                        ac_exception_handler(handler, NULL)));
        ac_job *direct = ac_launch(scope, direct_body());
        ac_job *other = ac_launch(scope, other_body());
        ac_job *fixed = ac_launch(scope, fixed_body());
        ac_join(direct);
        ac_join(other);
        ac_join(fixed);
        printf("direct cancelled=%s other cancelled=%s fixed cancelled=%s\n",
               tf(ac_job_is_cancelled(direct)), tf(ac_job_is_cancelled(other)),
               tf(ac_job_is_cancelled(fixed)));
        printf("supervisor active=%s\n", tf(ac_job_is_active(supervisor_job)));
        ac_job_cancel(supervisor_job, NULL);
        ac_scope_release(scope);
        ac_job_release(supervisor_job);
        (void)rb;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
