// Conformance pair of guide_exceptions_01_propagation.kt: a root launch's failure is
// uncaught (default handler) and join returns; a root async keeps it for await (004 guide).
// RUN: %conformance
#include "conf.h"

SUSPEND static void launch_body(void)
{
    printf("Throwing exception from launch\n");
    ac_throw(ac_error_new(&IndexOutOfBoundsException, NULL));
}

SUSPEND static int async_body(void)
{
    printf("Throwing exception from async\n");
    ac_throw(ac_error_new(&AC_ARITHMETIC, NULL));
    return 0;
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch(ac_global_scope(), launch_body());
        ac_join(job);
        printf("Joined failed job\n");
        ac_deferred *deferred = ac_async(ac_global_scope(), async_body());
        ac_try {
            (void)AC_AWAIT(int, deferred);
            printf("Unreached\n");
        } ac_catch (e) {
            if (!ac_error_is(e, &AC_ARITHMETIC))
                ac_rethrow(e);
            printf("Caught ArithmeticException\n");
        }
        (void)scope;
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
