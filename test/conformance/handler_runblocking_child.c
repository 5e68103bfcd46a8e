// Conformance pair of handler_runblocking_child.kt: a handler on a child of runBlocking is
// never called; the failure cancels runBlocking, which rethrows it to main.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)arg;
    printf("handler: unreachable %s\n", ac_error_message(e));
}

SUSPEND static void child(void)
{
    ac_delay(10);
    ac_throw(ac_error_new(&AC_ILLEGAL_ARGUMENT, "child failed"));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_launch_ctx(scope, ac_exception_handler(handler, NULL), AC_START_DEFAULT, child());
        ac_try {
            ac_delay(1000);
            printf("unreachable\n");
        } ac_finally {
            printf("runBlocking body cancelled\n");
        }
    }
}

int main(void)
{
    ac_error *e = ac_run_test(body(), NULL);
    if (e && ac_error_is(e, &AC_ILLEGAL_ARGUMENT)) {
        printf("runBlocking threw %s\n", ex(e));
        ac_error_release(e);
        e = NULL;
    }
    return conf_exit(e);
}
