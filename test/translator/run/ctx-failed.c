// A context element that could not be made (ac_ctx_dispatcher(NULL) after a
// dispatcher constructor failed, ac_ctx_job(NULL), or no memory) is a failed
// context, and every builder given one fails with its error.  It used to be
// NULL, the empty context, so the coroutine silently ran on the scope's or
// the caller's dispatcher instead.  (Out of memory: runtime.ctx.)
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: %run %t.gcc | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static void print_error(const char *what, ac_error *e) {
    printf("%s: %s: %s\n", what, e ? ac_error_type_name(e) : "no error",
           e ? ac_error_message(e) : "");
}

SUSPEND static int child(void) {
    return 7;
}

// ac_launch_ctx in a suspend function: the failed builder throws there.
SUSPEND static int launch_with_failed(void) {
    int caught = 0;
    ac_try {
        ac_coroutine_scope(s) {
            ac_launch_ctx(s, ac_ctx_dispatcher(NULL), AC_START_DEFAULT, child());
            printf("launch: ran\n");
        }
    } ac_catch (e) {
        print_error("launch", e);
        caught = 1;
    }
    return caught;
}

// with_context to a failed context: the block never runs.
SUSPEND static int switch_to_failed(void) {
    int caught = 0;
    ac_try {
        ac_with_context(ac_ctx_plus(ac_coroutine_name("x"), ac_ctx_job(NULL))) {
            printf("with_context: body ran\n");
        }
    } ac_catch (e) {
        print_error("with_context", e);
        caught = 1;
    }
    return caught;
}

// ac_async_ctx in a suspend function: the same.
SUSPEND static int async_with_failed(void) {
    int caught = 0;
    ac_try {
        ac_coroutine_scope(s) {
            ac_deferred *d = ac_async_ctx(s, ac_ctx_dispatcher(NULL), AC_START_DEFAULT, child());
            printf("async: %p\n", (void *)d);
        }
    } ac_catch (e) {
        print_error("async", e);
        caught = 1;
    }
    return caught;
}

SUSPEND static int body(void) {
    return launch_with_failed() + switch_to_failed() + async_with_failed();
}

int main(void) {
    int caught = 0;
    ac_error *e = ac_run_blocking(body(), &caught);
    print_error("body", e);
    printf("caught %d\n", caught);

    // ordinary code: run_blocking returns the error, ac_scope_new NULL
    e = ac_run_blocking_ctx(ac_ctx_dispatcher(NULL), child(), NULL);
    print_error("run_blocking", e);
    ac_error_free(e);
    printf("scope_new: %s\n", ac_scope_new(ac_ctx_job(NULL)) ? "a scope" : "NULL");
    ac_scope *s = ac_scope_new(NULL);
    ac_job *j = ac_launch_ctx(s, ac_ctx_dispatcher(NULL), AC_START_DEFAULT, child());
    printf("launch from main: %s\n", j ? "a job" : "NULL");
    ac_scope_release(s);
    return 0;
}
// CHECK: launch: IllegalArgumentException: ac_ctx_dispatcher(NULL): the context names no dispatcher
// CHECK-NOT: ran
// CHECK: with_context: IllegalArgumentException: ac_ctx_job(NULL): the context names no job
// CHECK-NEXT: async: IllegalArgumentException: ac_ctx_dispatcher(NULL)
// CHECK-NEXT: body: no error:
// CHECK-NEXT: caught 3
// CHECK-NEXT: run_blocking: IllegalArgumentException: ac_ctx_dispatcher(NULL)
// CHECK-NEXT: scope_new: NULL
// CHECK-NEXT: launch from main: NULL
