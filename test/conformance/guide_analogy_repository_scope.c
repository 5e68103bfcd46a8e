// Conformance pair of guide_analogy_repository_scope.kt: a repository's own
// CoroutineScope(SupervisorJob()) is not waited for; close() cancels what still runs.
// RUN: %conformance
#include "conf.h"
#include <stdlib.h>

typedef struct {
    ac_job *job;
    ac_scope *scope;
} user_repository;

/* UserRepository(parentContext); parent_context is consumed */
static user_repository *user_repository_new(ac_ctx *parent_context)
{
    user_repository *r = malloc(sizeof *r);
    r->job = ac_supervisor_job_new(NULL);
    r->scope = ac_scope_new(ac_ctx_plus(parent_context, ac_ctx_job(r->job)));
    return r;
}

static void user_repository_free(user_repository *r)
{
    ac_scope_release(r->scope);
    ac_job_release(r->job);
    free(r);
}

SUSPEND static void load(int id)
{
    ac_try {
        ac_delay(200L * id);
        printf("Loaded user %d\n", id);
    } ac_finally {
        if (!ac_job_is_active(ac_current_job()))
            printf("load of user %d cancelled\n", id);
    }
}

static void load_user(user_repository *r, int id)
{
    ac_launch(r->scope, load(id));
}

static void close_repository(user_repository *r)
{
    ac_job_cancel(r->job, NULL);
}

static user_repository *repo;

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        repo = user_repository_new(ac_ctx_retain(ac_current_context()));
        load_user(repo, 1);
        load_user(repo, 2);
        ac_delay(300);
        close_repository(repo);
        printf("closed\n");
    }
}

int main(void)
{
    ac_error *err = ac_run_test(body(), NULL);
    user_repository_free(repo);
    return conf_exit(err);
}
