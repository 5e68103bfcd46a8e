// Conformance pair of job_lazy_join_await.kt: join() and await() start lazy
// coroutines; an unstarted lazy child is still a child that its parent waits for.
// RUN: %conformance
#include "conf.h"

SUSPEND static int compute_result(void)
{
    printf("computing\n");
    ac_delay(10);
    return 42;
}

SUSPEND static void lazy_body(void)
{
    printf("lazy launch body\n");
}

SUSPEND static void forgotten_body(void)
{
    printf("forgotten body runs\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *lazy_job = ac_launch_ctx(scope, NULL, AC_START_LAZY, lazy_body());
        printf("before join: %s\n", st(lazy_job));
        ac_join(lazy_job);
        printf("after join: %s\n", st(lazy_job));

        ac_deferred *deferred = ac_async_ctx(scope, NULL, AC_START_LAZY, compute_result());
        printf("before await: %s\n", st(deferred));
        int result = AC_AWAIT(int, deferred);
        printf("result = %d\n", result);
        printf("after await: %s\n", st(deferred));

        ac_job *forgotten = ac_launch_ctx(scope, NULL, AC_START_LAZY, forgotten_body());
        ac_job *children[8];
        size_t n = ac_job_children(ac_current_job(), children, 8);
        int contains = 0;
        for (size_t i = 0; i < n && i < 8; i++) {
            contains |= children[i] == forgotten;
            ac_job_release(children[i]);
        }
        printf("runBlocking children: %zu, forgotten is child: %s\n", n, tf(contains));
        ac_job_start(forgotten);
        printf("end of runBlocking body\n");
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
