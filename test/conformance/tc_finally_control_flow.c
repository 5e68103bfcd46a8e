// Conformance pair of tc_finally_control_flow.kt: a throw in finally replaces the original;
// return, break and continue out of a try run its (suspending) finally first.
// RUN: %conformance
#include "conf.h"

SUSPEND static void replaced(void)
{
    ac_try {
        ac_delay(10);
        ac_throw(ac_error_new(&AC_IO_ERROR, "original"));
    } ac_finally {
        ac_delay(10);
        ac_throw(ac_error_new(&AC_ARITHMETIC, "from finally"));
    }
}

SUSPEND static const char *early(void)
{
    ac_try {
        ac_delay(10);
        printf("early: returning from try\n");
        return "returned";
    } ac_finally {
        ac_delay(10);
        printf("early: finally ran\n");
    }
    return NULL;
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_try {
            replaced();
        } ac_catch (e) {
            printf("caught %s, suppressed=%zu\n", ex(e), ac_error_suppressed_count(e));
        }

        printf("early() = %s\n", early());

        for (int i = 0; i < 5; i++) {
            ac_try {
                ac_delay(5);
                if (i == 1)
                    continue;
                if (i == 3)
                    break;
                printf("loop body i=%d\n", i);
            } ac_finally {
                printf("loop finally i=%d\n", i);
            }
        }
        printf("after loop\n");
        (void)scope;
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
