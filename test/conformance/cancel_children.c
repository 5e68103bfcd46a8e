// Conformance pair of cancel_children.kt: cancelChildren() cancels every child
// but not the parent, which goes on, launches more and completes normally; the
// same on a scope object.
// RUN: %conformance
#include "conf.h"

SUSPEND static void child(int i)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        printf("child %d cancelled\n", i);
    }
}

SUSPEND static void new_child(void)
{
    printf("new child runs\n");
}

SUSPEND static void parent_body(void)
{
    ac_scope *self = own_scope();
    ac_try {
        for (int i = 0; i < 3; i++)
            ac_launch(self, child(i));
        ac_delay(100);
        printf("parent body still running\n");
        ac_launch(self, new_child());
    } ac_finally {
        ac_scope_release(self);
    }
}

SUSPEND static void scope_child(void)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        printf("scope child cancelled\n");
    }
}

SUSPEND static void still_usable(void)
{
    printf("scope still usable\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(rb) {
        ac_job *parent = ac_launch(rb, parent_body());
        ac_delay(50);
        ac_job_cancel_children(parent, NULL);
        printf("after cancelChildren: parent %s\n", st(parent));
        ac_join(parent);
        printf("parent after join: %s\n", st(parent));

        ac_job *scope_job = ac_job_new(NULL);
        ac_scope *scope = ac_scope_new(
            ac_ctx_plus(ac_ctx_retain(ac_current_context()), ac_ctx_job(scope_job)));
        ac_launch(scope, scope_child());
        ac_yield();
        ac_scope_cancel_children(scope, NULL);
        ac_yield();
        printf("scope job: %s\n", st(scope_job));
        ac_join(ac_launch(scope, still_usable()));
        ac_job_cancel(scope_job, NULL);
        ac_scope_release(scope);
        ac_job_release(scope_job);
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
