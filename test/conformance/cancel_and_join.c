// Conformance pair of cancel_and_join.kt: cancelAndJoin() returns after the
// cancelled coroutine's NonCancellable cleanup; cancel() returns at once.
// RUN: %conformance
#include "conf.h"

SUSPEND static void worker_body(const char *name)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        ac_with_context(ac_non_cancellable) {
            printf("%s: cleanup starting\n", name);
            ac_delay(100);
            printf("%s: cleanup done\n", name);
        }
    }
}

static ac_job *worker(ac_scope *scope, const char *name)
{
    return ac_launch(scope, worker_body(name));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *a = worker(scope, "a");
        ac_job *b = worker(scope, "b");
        ac_yield();
        ac_job_cancel(a, NULL);
        printf("after cancel(): %s\n", st(a));
        ac_cancel_and_join(b);
        printf("after cancelAndJoin(): %s\n", st(b));
        ac_join(a);
        printf("a after join: %s\n", st(a));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
