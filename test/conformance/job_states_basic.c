// Conformance pair of job_states_basic.kt: the three state flags of a
// launched job while active, completed, cancelling and cancelled.
// RUN: %conformance
#include "conf.h"

SUSPEND static void child(void)
{
    printf("child: running\n");
    ac_delay(100);
    printf("child: done\n");
}

SUSPEND static void child2(void)
{
    ac_try {
        ac_delay(1000);
        printf("job2: unreachable\n");
    } ac_finally {
        printf("job2: finally\n");
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch(scope, child());
        printf("after launch: %s\n", st(job));
        ac_yield();
        printf("after yield: %s\n", st(job));
        ac_join(job);
        printf("after join: %s\n", st(job));

        ac_job *job2 = ac_launch(scope, child2());
        ac_yield();
        printf("job2 before cancel: %s\n", st(job2));
        ac_job_cancel(job2, NULL);
        printf("job2 after cancel: %s\n", st(job2));
        ac_join(job2);
        printf("job2 after join: %s\n", st(job2));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
