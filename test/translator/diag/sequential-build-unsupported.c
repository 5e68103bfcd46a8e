// An ASYNCC_SEQUENTIAL build (the plain-C reference of the differential tests) has no
// meaning for try/catch, scopes and builders other than run_blocking: each use is a compile
// error that names the construct, not a confusing undeclared identifier.
// RUN: not %seqcc -c %s -o %t.o 2>&1 | FileCheck %s
#include <asyncc.h>

SUSPEND static int f(void) {
    int r = 0;
    ac_try { ac_yield(); r = 1; } ac_catch (e) { r = 2; }
    // CHECK-DAG: static assertion failed: "ac_try is not available in an ASYNCC_SEQUENTIAL build"
    // CHECK-DAG: static assertion failed: "ac_catch is not available in an ASYNCC_SEQUENTIAL build"
    ac_coroutine_scope(s) {
        ac_launch(s, f());
        // CHECK-DAG: static assertion failed: "ac_coroutine_scope is not available in an ASYNCC_SEQUENTIAL build"
        // CHECK-DAG: static assertion failed: "ac_launch is not available in an ASYNCC_SEQUENTIAL build"
    }
    ac_with_timeout(10) { r++; }
    // CHECK-DAG: static assertion failed: "ac_with_timeout is not available in an ASYNCC_SEQUENTIAL build"
    ac_throw(ac_error_new(&AC_ERROR, "x"));
    // CHECK-DAG: static assertion failed: "ac_throw is not available in an ASYNCC_SEQUENTIAL build"
    return r;
}

int main(void) {
    int v;
    ac_error *e = ac_run_blocking(f(), &v);
    return e != 0;
}
