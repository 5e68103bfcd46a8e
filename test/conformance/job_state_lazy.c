// Conformance pair of job_state_lazy.kt: a LAZY launch is New until start(),
// start() is true once, and the body runs only at the next dispatch.
// RUN: %conformance
#include "conf.h"

SUSPEND static void eager_body(void)
{
    printf("Starts immediately\n");
}

SUSPEND static void lazy_body(void)
{
    printf("Starts only when needed\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *eager = ac_launch(scope, eager_body());
        ac_job *lazy = ac_launch_ctx(scope, NULL, AC_START_LAZY, lazy_body());
        ac_yield();
        printf("lazy after yield: %s\n", st(lazy));
        printf("eager after yield: %s\n", st(eager));
        printf("start() = %s\n", tf(ac_job_start(lazy)));
        printf("lazy after start: %s\n", st(lazy));
        printf("start() again = %s\n", tf(ac_job_start(lazy)));
        ac_yield();
        printf("lazy after yield: %s\n", st(lazy));
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
