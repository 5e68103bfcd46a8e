// -Wasyncc-global-scope: ac_global_scope() anywhere in the file, in or out
// of suspend functions: nothing waits for its coroutines or cancels them.
// The note says what to write instead, in each kind of code.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/out.c 2>&1 | FileCheck --strict-whitespace --implicit-check-not=warning: --implicit-check-not=error: %s
// RUN: %clang -c %t/out.c -o %t/out.o
// RUN: %asyncc %s -o %t/no.c -Wno-global-scope 2>&1 | FileCheck --allow-empty --implicit-check-not=warning: --check-prefix=NONE %s
// RUN: not %asyncc %s -o %t/err.c -Werror=global-scope 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not test -e %t/err.c
// NONE-NOT: warning
// ERR: global-scope.c:[[#@LINE+14]]:15: error: use of the global scope{{.*}} [-Werror,-Wasyncc-global-scope]
// ERR: 2 errors generated.
#include <asyncc.h>

SUSPEND static int work(int x) {
    ac_yield();
    return x;
}

SUSPEND static int parent(void) {
// CHECK: global-scope.c:[[#@LINE+4]]:15: warning: use of the global scope: nothing waits for its coroutines or cancels them, and their failures reach no caller [-Wasyncc-global-scope]
// CHECK-NEXT:{{^}}    ac_launch(ac_global_scope(), work(1));
// CHECK-NEXT:{{^}}              ^~~~~~~~~~~~~~~~~
// CHECK-NEXT:global-scope.c:[[#@LINE+1]]:15: note: launch into a scope you own: ac_coroutine_scope(s) { ac_launch(s, ...); } waits for its children and cancels them with the coroutine
    ac_launch(ac_global_scope(), work(1));
    /* the fixed code */
    ac_coroutine_scope(s) { ac_launch(s, work(1)); }
    ac_launch(ac_global_scope(), work(1)); // NOLINT(asyncc-global-scope)
    return 0;
}

int main(void) {
// CHECK: global-scope.c:[[#@LINE+4]]:19: warning: use of the global scope{{.*}} [-Wasyncc-global-scope]
// CHECK-NEXT:{{^}}    ac_scope *g = ac_global_scope();
// CHECK-NEXT:{{^}}                  ^~~~~~~~~~~~~~~~~
// CHECK-NEXT:global-scope.c:[[#@LINE+1]]:19: note: launch into a scope you own: ac_scope *s = ac_scope_new(NULL); ... ac_scope_cancel(s, NULL); ac_scope_release(s); or run the work with ac_run_blocking
    ac_scope *g = ac_global_scope();
    (void)g;
    int r;
    ac_run_blocking(parent(), &r);
    /* NOLINTNEXTLINE(asyncc-global-scope) */
    ac_launch(ac_global_scope(), work(2));
    return 0;
}
// CHECK: 2 warnings generated.
