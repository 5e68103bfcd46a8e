// Conformance pair of ctx_fresh_job_breaks_parent.kt: launch(Job()) inside a coroutine is
// detached: not waited for, not cancelled with the parent, its failure not the parent's.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("detached handler: %s\n", ac_error_message(e));
}

SUSPEND static void detached1(void)
{
    ac_delay(600);
    printf("detached: still running after the parent completed\n");
}

SUSPEND static void attached1(void)
{
    ac_delay(50);
    printf("attached child done\n");
}

SUSPEND static void parent_body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *fresh = ac_job_new(NULL);
        ac_launch_ctx(scope, ac_ctx_job(fresh), AC_START_DEFAULT, detached1());
        ac_job_release(fresh);
        ac_launch(scope, attached1());
        printf("parent body done\n");
    }
}

SUSPEND static void detached2(void)
{
    ac_try {
        ac_delay(700);
        printf("detached 2: not cancelled by parent2.cancel()\n");
    } ac_finally {
        printf("detached 2: finally\n");
    }
}

SUSPEND static void attached2(void)
{
    ac_try {
        ac_delay(300);
    } ac_finally {
        printf("attached 2: cancelled\n");
    }
}

SUSPEND static void parent2_body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *fresh = ac_job_new(NULL);
        ac_launch_ctx(scope, ac_ctx_job(fresh), AC_START_DEFAULT, detached2());
        ac_job_release(fresh);
        ac_launch(scope, attached2());
    }
}

SUSPEND static void detached3(void)
{
    ac_delay(10);
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "detached failure"));
}

SUSPEND static void parent3_body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *fresh = ac_job_new(NULL);
        ac_launch_ctx(scope, ac_ctx_plus(ac_ctx_job(fresh), ac_exception_handler(handler, NULL)),
                      AC_START_DEFAULT, detached3());
        ac_job_release(fresh);
        ac_delay(100);
        printf("parent3 not affected\n");
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *parent = ac_launch(scope, parent_body());
        ac_join(parent);
        printf("parent completed (did not wait for the detached one)\n");

        ac_job *parent2 = ac_launch(scope, parent2_body());
        ac_delay(10);
        ac_job_cancel(parent2, NULL);
        ac_join(parent2);
        printf("parent2 cancelled=%s\n", tf(ac_job_is_cancelled(parent2)));

        ac_job *parent3 = ac_launch(scope, parent3_body());
        ac_join(parent3);
        printf("parent3 cancelled=%s\n", tf(ac_job_is_cancelled(parent3)));
        ac_delay(900); /* let the detached coroutines finish */
        printf("end\n");
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
