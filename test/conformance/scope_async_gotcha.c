// Conformance pair of scope_async_gotcha.kt: a failing async fails coroutineScope without
// any await; in supervisorScope the failure is delivered by await.
// RUN: %conformance
#include "conf.h"

/* async<Unit> { throw ... } */
SUSPEND static void failing(void)
{
    ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "Failed!"));
}

SUSPEND static void load_data_bad(void)
{
    ac_coroutine_scope(s) {
        ac_deferred *deferred = ac_async(s, failing());
        (void)deferred;
        ac_try {
            ac_delay(200);
            printf("Never reached\n");
        } ac_finally {
            printf("coroutineScope body cancelled\n");
        }
    }
}

SUSPEND static void load_data_good(void)
{
    ac_supervisor_scope(s) {
        ac_deferred *deferred = ac_async(s, failing());
        ac_delay(200);
        printf("This runs!\n");
        ac_try {
            ac_await(deferred);
        } ac_catch (e) {
            if (ac_error_is(e, &AssertionError)) /* catch (e: Exception): not an Error */
                ac_rethrow(e);
            printf("Handled: %s\n", ac_error_message(e));
        }
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        ac_try {
            load_data_bad();
        } ac_catch (e) {
            if (ac_error_is(e, &AssertionError)) /* catch (e: Exception): not an Error */
                ac_rethrow(e);
            printf("loadDataBad threw %s\n", ex(e));
        }
        load_data_good();
        printf("done\n");
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
