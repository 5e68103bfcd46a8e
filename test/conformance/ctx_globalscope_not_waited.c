// Conformance pair of ctx_globalscope_not_waited.kt: a GlobalScope coroutine is no child of
// runBlocking, which neither waits for it nor cancels it with its children.
// RUN: %conformance
#include "conf.h"

SUSPEND static void leaking(void)
{
    ac_delay(500);
    printf("When will this coroutine end? (never printed)\n");
}

SUSPEND static void local_child(void)
{
    ac_delay(100);
    printf("local child done\n");
}

SUSPEND static void body(ac_job **leaked)
{
    ac_coroutine_scope(scope) {
        *leaked = ac_launch(ac_global_scope(), leaking());
        ac_launch(scope, local_child());
        printf("GlobalScope job is a child of runBlocking: %s\n",
               tf(has_child(ac_current_job(), *leaked)));
        ac_job_cancel_children(ac_current_job(), NULL);
        printf("leaked active after cancelChildren: %s\n", tf(ac_job_is_active(*leaked)));
    }
}

int main(void)
{
    ac_job *leaked = NULL;
    ac_error *e = ac_run_blocking(body(&leaked), NULL);
    if (!e)
        printf("runBlocking returned, leaked active=%s\n", tf(ac_job_is_active(leaked)));
    return conf_exit(e);
}
