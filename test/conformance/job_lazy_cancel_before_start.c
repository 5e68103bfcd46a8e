// Conformance pair of job_lazy_cancel_before_start.kt: a lazy coroutine cancelled
// before start goes straight to Cancelled and never runs its body; so does a
// launch cancelled before its first dispatch.
// RUN: %conformance
#include "conf.h"

SUSPEND static void lazy_body(void)
{
    ac_try {
        printf("lazy body: unreachable\n");
    } ac_finally {
        printf("lazy finally: unreachable\n");
    }
}

SUSPEND static void eager_body(void)
{
    ac_try {
        printf("eager body: unreachable\n");
    } ac_finally {
        printf("eager finally: unreachable\n");
    }
}

static void on_lazy_completion(ac_job *job, const ac_error *cause, void *arg)
{
    (void)job;
    (void)arg;
    printf("lazy completion: cause is CancellationException=%s\n",
           tf(cause && ac_error_is(cause, &AC_CANCELLATION)));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *lazy = ac_launch_ctx(scope, NULL, AC_START_LAZY, lazy_body());
        ac_job_invoke_on_completion(lazy, on_lazy_completion, NULL);
        printf("lazy before cancel: %s\n", st(lazy));
        ac_job_cancel(lazy, NULL);
        printf("lazy after cancel: %s\n", st(lazy));
        ac_join(lazy);
        printf("lazy start() after cancel = %s\n", tf(ac_job_start(lazy)));

        ac_job *eager = ac_launch(scope, eager_body());
        ac_job_cancel(eager, NULL);   /* cancelled before the body was ever dispatched */
        printf("eager after cancel: %s\n", st(eager));
        ac_join(eager);
        printf("eager after join: %s\n", st(eager));
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
