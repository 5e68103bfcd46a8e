// -Wasyncc-child-handler: an exception handler in the context of an
// ac_async (its failure is kept for await), or of a launch into an
// ac_coroutine_scope block (a child: its failure goes to the parent), is
// never called.  A launch into an ac_supervisor_scope block or a scope
// object is a root for its failures and uses the handler: no warning.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/out.c 2>&1 | FileCheck --strict-whitespace --implicit-check-not=warning: --implicit-check-not=error: %s
// RUN: %clang -c %t/out.c -o %t/out.o
// RUN: %asyncc %s -o %t/no.c -Wno-child-handler 2>&1 | FileCheck --allow-empty --implicit-check-not=warning: --check-prefix=NONE %s
// RUN: not %asyncc %s -o %t/err.c -Werror 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not test -e %t/err.c
// NONE-NOT: warning
// ERR: child-handler.c:[[#@LINE+23]]:26: error: an exception handler in the context of a child coroutine is never called{{.*}} [-Werror,-Wasyncc-child-handler]
// ERR: 2 errors generated.
#include <asyncc.h>
#include <stdio.h>

static void handler(ac_ctx *ctx, ac_error *e, void *arg) {
    (void)ctx;
    (void)arg;
    ac_error_print(e, stderr);
}

SUSPEND static int work(int x) {
    ac_yield();
    return x;
}

SUSPEND static int parent(void) {
    int r = 0;
    ac_coroutine_scope(s) {
// CHECK: child-handler.c:[[#@LINE+4]]:26: warning: an exception handler in the context of a child coroutine is never called: its failure goes to the parent, and the scope block 's' rethrows it [-Wasyncc-child-handler]
// CHECK-NEXT:{{^}}        ac_launch_ctx(s, ac_exception_handler(handler, NULL), AC_START_DEFAULT, work(1));
// CHECK-NEXT:{{^}}                         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// CHECK-NEXT:child-handler.c:[[#@LINE+1]]:26: note: install the handler on the root (the context of ac_scope_new(...) or of the launch that started this coroutine), launch into an ac_supervisor_scope block, or catch the failure with ac_try/ac_catch around the ac_coroutine_scope(s) block
        ac_launch_ctx(s, ac_exception_handler(handler, NULL), AC_START_DEFAULT, work(1));
// CHECK: child-handler.c:[[#@LINE+4]]:78: warning: an exception handler in ac_async's context is never called: the failure is kept for ac_await/AC_AWAIT (and passed to the parent) [-Wasyncc-child-handler]
// CHECK-NEXT:{{^}}        ac_deferred *d = ac_async_ctx(s, ac_ctx_plus(ac_coroutine_name("a"), ac_exception_handler(handler, NULL)),
// CHECK-NEXT:{{^}}                                                                             ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// CHECK-NEXT:child-handler.c:[[#@LINE+1]]:78: note: install the handler on a root instead: the context of ac_scope_new(...) or of a launch into such a scope; or catch the failure where the result is awaited
        ac_deferred *d = ac_async_ctx(s, ac_ctx_plus(ac_coroutine_name("a"), ac_exception_handler(handler, NULL)),
                                      AC_START_DEFAULT, work(2));
        r += AC_AWAIT(int, d);
        ac_launch_ctx(s, ac_exception_handler(handler, NULL), AC_START_DEFAULT, work(1)); // NOLINT(asyncc-child-handler)
    }
    /* the fixed code: the handler where failures end */
    ac_supervisor_scope(sup) {
        ac_launch_ctx(sup, ac_exception_handler(handler, NULL), AC_START_DEFAULT, work(1));
    }
    ac_scope *root = ac_scope_new(ac_exception_handler(handler, NULL));
    ac_launch(root, work(4));
    ac_scope_release(root);
    return r;
}

int main(void) {
    int r;
    ac_run_blocking(parent(), &r);
    ac_scope *root = ac_scope_new(NULL);
    ac_launch_ctx(root, ac_exception_handler(handler, NULL), AC_START_DEFAULT, work(5));
    ac_scope_release(root);
    return 0;
}
// CHECK: 2 warnings generated.
