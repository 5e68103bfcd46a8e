// Conformance pair of rule3_deep_propagation.kt: a failure four levels down
// cancels every branch; coroutineScope rethrows the original after all finished.
// RUN: %conformance
#include "conf.h"

SUSPEND static void wait_long(const char *name)
{
    ac_try {
        ac_delay(5000);
    } ac_finally {
        printf("%s cancelled\n", name);
    }
}

SUSPEND static void b2x(void)
{
    ac_delay(50);
    printf("B2x throws\n");
    ac_throw(ac_error_new(&AC_ARITHMETIC, "deep"));
}

SUSPEND static void b2(void)
{
    ac_scope *self = own_scope();
    ac_launch(self, b2x());
    ac_scope_release(self);
    wait_long("B2");
}

SUSPEND static void b(void)
{
    ac_scope *self = own_scope();
    ac_launch(self, wait_long("B1"));
    ac_launch(self, b2());
    ac_scope_release(self);
    wait_long("B");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        ac_try {
            ac_coroutine_scope(scope) {
                ac_launch(scope, wait_long("A"));
                ac_launch(scope, b());
                wait_long("scope body");
            }
        } ac_catch (e) { /* catch (e: Exception): every error type used here is one */
            printf("caught: %s\n", ex(e));
        }
        printf("runBlocking still active: %s\n", tf(ac_job_is_active(ac_current_job())));
        (void)rb;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
