// Conformance pair of guide_search_debounce.kt: each search cancels the previous search
// job; the filter job is unaffected; clearing the scope cancels what still runs.
// RUN: %conformance
#include "conf.h"
#include <stdlib.h>

typedef struct {
    ac_job *scope_job;
    ac_scope *view_model_scope;
    ac_job *search_job;
    ac_job *filter_job;
} search_view_model;

/* SearchViewModel(parentContext); parent_context is consumed */
static search_view_model *search_view_model_new(ac_ctx *parent_context)
{
    search_view_model *vm = calloc(1, sizeof *vm);
    vm->scope_job = ac_supervisor_job_new(NULL);
    vm->view_model_scope = ac_scope_new(ac_ctx_plus(parent_context, ac_ctx_job(vm->scope_job)));
    return vm;
}

static void search_view_model_free(search_view_model *vm)
{
    ac_scope_release(vm->view_model_scope);
    ac_job_release(vm->scope_job);
    free(vm);
}

SUSPEND static void run_search(const char *query)
{
    ac_try {
        ac_delay(300);
        printf("results for '%s'\n", query);
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("search '%s' cancelled\n", query);
        ac_rethrow(e);
    }
}

SUSPEND static void run_filter(const char *filter)
{
    ac_delay(200);
    printf("filter '%s' applied\n", filter);
}

static void search(search_view_model *vm, const char *query)
{
    if (vm->search_job)
        ac_job_cancel(vm->search_job, NULL);
    vm->search_job = ac_launch(vm->view_model_scope, run_search(query));
}

static void apply_filter(search_view_model *vm, const char *filter)
{
    if (vm->filter_job)
        ac_job_cancel(vm->filter_job, NULL);
    vm->filter_job = ac_launch(vm->view_model_scope, run_filter(filter));
}

static void on_cleared(search_view_model *vm)
{
    ac_job_cancel(vm->scope_job, NULL);
}

static search_view_model *vm;

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        vm = search_view_model_new(ac_ctx_retain(ac_current_context()));
        apply_filter(vm, "recent");
        search(vm, "k");
        ac_delay(50);
        search(vm, "ko");
        ac_delay(50);
        search(vm, "kot");
        ac_delay(500);
        search(vm, "kotlin");
        ac_delay(50);
        on_cleared(vm);
        ac_delay(10);
        printf("cleared\n");
    }
}

int main(void)
{
    ac_error *err = ac_run_test(body(), NULL);
    search_view_model_free(vm);
    return conf_exit(err);
}
