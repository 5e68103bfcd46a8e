// Conformance pair of ctx_name_inheritance.kt: CoroutineName is inherited by launch, async,
// coroutineScope and withContext, and overridden for one child and its descendants only.
// RUN: %conformance
#include "conf.h"

/* coroutineContext[CoroutineName]?.name */
static const char *name(void)
{
    const char *n = ac_ctx_get_name(ac_current_context());
    return n ? n : "null";
}

SUSPEND static void grandchild(void)
{
    printf("grandchild: %s\n", name()); /* inherits "child" */
}

SUSPEND static void child(void)
{
    printf("child: %s\n", name()); /* "child" */
    ac_coroutine_scope(scope) {
        ac_launch(scope, grandchild());
    }
}

SUSPEND static void sibling(void)
{
    printf("sibling: %s\n", name()); /* still "parent" */
}

SUSPEND static const char *async_name(void)
{
    return name();
}

SUSPEND static void launched(void)
{
    printf("launch: %s\n", name()); /* "parent" */
    ac_coroutine_scope(scope) {
        ac_launch_ctx(scope, ac_coroutine_name("child"), AC_START_DEFAULT, child());
        ac_launch(scope, sibling());
        ac_deferred *d = ac_async(scope, async_name());
        printf("async: %s\n", AC_AWAIT(const char *, d));
        ac_coroutine_scope(inner) {
            printf("coroutineScope: %s\n", name());
            (void)inner;
        }
        ac_with_context(ac_coroutine_name("temp")) {
            printf("withContext: %s\n", name());
        }
        printf("after withContext: %s\n", name());
    }
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(outer) {
        printf("runBlocking: %s\n", name());
        ac_job *sup = ac_supervisor_job_new(NULL);
        ac_scope *scope = ac_scope_new(ac_ctx_plus(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(sup)),
            ac_coroutine_name("parent")));
        ac_job *job = ac_launch(scope, launched());
        ac_join(job);
        ac_job_cancel(ac_scope_job(scope), NULL);
        ac_scope_release(scope);
        ac_job_release(sup);
        (void)outer;
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
