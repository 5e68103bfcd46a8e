// Conformance pair of join_completed_when_cancelled.kt: a cancelled coroutine's join of a
// finished job throws; its await of a finished deferred returns the value.
// RUN: %conformance
#include "conf.h"

SUSPEND static void nothing(void) {}
SUSPEND static int seven(void) { return 7; }

SUSPEND static void check(ac_job *done, ac_deferred *value)
{
    ac_job_cancel(ac_current_job(), NULL);
    ac_try {
        printf("await gave %d\n", AC_AWAIT(int, value));
    } ac_catch (e) {
        printf("await threw\n");
        (void)e;
    }
    ac_try {
        ac_join(done);
        printf("join returned\n");
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("join threw CancellationException\n");
    }
}

SUSPEND static void body(void)
{
    ac_scope *scope = own_scope();
    ac_job *done = ac_launch(scope, nothing());
    ac_deferred *value = ac_async(scope, seven());
    ac_join(done);
    (void)AC_AWAIT(int, value);
    ac_job *j = ac_launch(scope, check(done, value));
    ac_join(j);
    printf("cancelled=%s\n", tf(ac_job_is_cancelled(j)));
    ac_scope_release(scope);
}

int main(void)
{
    return conf_exit(ac_run_blocking(body(), NULL));
}
