// Conformance pair of ctx_scope_cancel_vs_cancel_children.kt: cancelChildren keeps a
// CoroutineScope(Job()) usable; cancelling its Job is permanent (a later launch is cancelled).
// RUN: %conformance
#include "conf.h"

SUSPEND static void work(int n)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        printf("work %d cancelled\n", n);
    }
}

SUSPEND static void say(const char *what)
{
    printf("%s\n", what);
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(outer) {
        ac_job *fresh = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(fresh)));
        ac_job_release(fresh);
        ac_job *scope_job = ac_scope_job(scope);
        ac_launch(scope, work(1));
        ac_launch(scope, work(2));
        ac_delay(10);
        ac_scope_cancel_children(scope, NULL);
        ac_delay(10);
        printf("after cancelChildren: scope %s\n", st(scope_job));
        ac_join(ac_launch(scope, say("works - scope is still alive")));

        ac_job_cancel(scope_job, NULL); /* scope.cancel() */
        printf("after cancel: scope %s\n", st(scope_job));
        ac_job *late = ac_launch(scope, say("unreachable: scope is dead"));
        printf("late launch: %s\n", st(late));
        ac_join(late);
        printf("late launch after join: %s\n", st(late));
        ac_scope_release(scope);
        (void)outer;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
