// Conformance pair of ctx_plus_operator.kt: `+` keeps both sides' elements, the right one
// wins per key, the left operand is unchanged; lookups, minusKey.
// RUN: %conformance
#include "conf.h"

static void handler(ac_ctx *ctx, ac_error *e, void *arg)
{
    (void)ctx;
    (void)e;
    (void)arg;
}

static const char *name_of(const ac_ctx *ctx)
{
    const char *n = ac_ctx_get_name(ctx);
    return n ? n : "null";
}

SUSPEND static void named(void)
{
    printf("launched with context2: %s\n", name_of(ac_current_context()));
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_ctx *context1 = ac_ctx_plus(ac_coroutine_name("A"), ac_exception_handler(handler, NULL));
        ac_ctx *context2 = ac_ctx_plus(ac_ctx_retain(context1), ac_coroutine_name("B"));
        printf("context1 name: %s\n", name_of(context1));
        printf("context2 name: %s\n", name_of(context2));
        void *arg = &arg;
        ac_exception_handler_fn *fn = ac_ctx_get_handler(context2, &arg);
        printf("context2 handler kept: %s\n", tf(fn == handler && arg == NULL));
        ac_job *j = ac_ctx_get_job(context2);
        printf("context2 job: %s\n", j ? ac_job_name(j) : "null");
        ac_job *job = ac_job_new(NULL);
        ac_ctx *context3 = ac_ctx_plus(ac_ctx_plus(ac_coroutine_name("C"), ac_ctx_job(job)),
                                       ac_coroutine_name("D"));
        printf("context3 name: %s, job found: %s\n", name_of(context3),
               tf(ac_ctx_get_job(context3) == job));
        ac_ctx *context4 = ac_ctx_minus_key(ac_ctx_retain(context3), &AC_CTX_NAME_KEY);
        printf("context4 name: %s, job found: %s\n", name_of(context4),
               tf(ac_ctx_get_job(context4) == job));
        ac_job *job2 = ac_job_new(NULL);
        ac_ctx *replaced = ac_ctx_plus(ac_ctx_retain(context3), ac_ctx_job(job2));
        printf("job replaced: %s\n", tf(ac_ctx_get_job(replaced) == job2));
        ac_join(ac_launch_ctx(scope, ac_ctx_retain(context2), AC_START_DEFAULT, named()));
        ac_job_cancel(job, NULL);
        ac_job_cancel(job2, NULL);
        ac_ctx_release(replaced);
        ac_ctx_release(context4);
        ac_ctx_release(context3);
        ac_ctx_release(context2);
        ac_ctx_release(context1);
        ac_job_release(job2);
        ac_job_release(job);
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
