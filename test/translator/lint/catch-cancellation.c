// -Wasyncc-catch-cancellation: an ac_catch block whose try block can
// suspend (so a cancellation can be thrown there), that neither rethrows
// nor tests the error's type, swallows cancellation.  The fix-it inserts
// the rethrow at the start of the block; fixed blocks, blocks that test
// the type or throw, tries that cannot suspend and NOLINT sites are quiet.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/out.c 2>&1 | FileCheck --strict-whitespace --implicit-check-not=warning: --implicit-check-not=error: %s
// RUN: %clang -c %t/out.c -o %t/out.o
// RUN: %asyncc %s -o %t/no.c -Wno-catch-cancellation 2>&1 | FileCheck --allow-empty --implicit-check-not=warning: --check-prefix=NONE %s
// RUN: %asyncc %s -o %t/no2.c -Wno-asyncc-catch-cancellation -w 2>&1 | FileCheck --allow-empty --implicit-check-not=warning: --check-prefix=NONE %s
// RUN: not %asyncc %s -o %t/err.c -Werror 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not test -e %t/err.c
// RUN: not %asyncc %s -o %t/err2.c -Werror=catch-cancellation 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not test -e %t/err2.c
// NONE-NOT: warning
// ERR: catch-cancellation.c:[[#@LINE+20]]:7: error: this catch block swallows cancellation: it neither rethrows 'e' nor tests its type [-Werror,-Wasyncc-catch-cancellation]
// ERR: 2 errors generated.
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int fetch(int x) {
    ac_yield();
    if (x < 0) ac_throw(ac_error_new(&AC_ILLEGAL_ARGUMENT, "negative"));
    return x;
}

SUSPEND static int swallows(void) {
    int r = 0;
    ac_try {
        r = fetch(-1);
// CHECK: catch-cancellation.c:[[#@LINE+5]]:7: warning: this catch block swallows cancellation: it neither rethrows 'e' nor tests its type [-Wasyncc-catch-cancellation]
// CHECK-NEXT:{{^}}    } ac_catch (e) {
// CHECK-NEXT:{{^}}      ^~~~~~~~
// CHECK-NEXT:{{^}}                    if (ac_error_is(e, &AC_CANCELLATION)) ac_rethrow(e);
// CHECK-NEXT:catch-cancellation.c:[[#@LINE+1]]:7: note: a cancellation must reach the coroutine's scope to stop it: rethrow it at the start of the block
    } ac_catch (e) {
        printf("failed: %s\n", ac_error_message(e));
    }
    return r;
}

/* the catch block on a line of its own: the fix-it is shown there */
SUSPEND static int swallows_next_line(void) {
    int r = 0;
    ac_try { r = fetch(1); }
// CHECK: catch-cancellation.c:[[#@LINE+7]]:5: warning: this catch block swallows cancellation: it neither rethrows 'err' nor tests its type [-Wasyncc-catch-cancellation]
// CHECK-NEXT:{{^}}    ac_catch (err)
// CHECK-NEXT:{{^}}    ^~~~~~~~
// CHECK-NEXT:catch-cancellation.c:[[#@LINE+5]]:6: note: insert 'if (ac_error_is(err, &AC_CANCELLATION)) ac_rethrow(err);'
// CHECK-NEXT:{{^}}    {
// CHECK-NEXT:{{^}}     ^
// CHECK-NEXT:{{^}}     if (ac_error_is(err, &AC_CANCELLATION)) ac_rethrow(err);
    ac_catch (err)
    {
        r = -1;
    }
    return r;
}

/* the fixed code */
SUSPEND static int fixed(void) {
    int r = 0;
    ac_try {
        r = fetch(-1);
    } ac_catch (e) {if (ac_error_is(e, &AC_CANCELLATION)) ac_rethrow(e);
        printf("failed: %s\n", ac_error_message(e));
    }
    return r;
}

/* a test of the type, a throw, ac_ensure_active: not swallowed */
SUSPEND static int tests(void) {
    int r = 0;
    ac_try { r = fetch(-1); } ac_catch (e) {
        if (!ac_error_is(e, &AC_ILLEGAL_ARGUMENT)) ac_rethrow(e);
    }
    ac_try { r = fetch(-1); } ac_catch (e) {
        ac_throw(ac_error_new_cause(&AC_ERROR, e, "wrapped"));
    }
    ac_try { r = fetch(-1); } ac_catch (e) {
        ac_ensure_active();
    }
    return r;
}

/* nothing in the try block suspends: no cancellation can reach the catch */
SUSPEND static int no_suspension(int x) {
    ac_try {
        if (x < 0) ac_throw(ac_error_new(&AC_ILLEGAL_ARGUMENT, "negative"));
    } ac_catch (e) {
        x = 0;
    }
    return x;
}

/* silenced at the site */
SUSPEND static int silenced(void) {
    int r = 0;
    ac_try { r = fetch(-1); } ac_catch (e) { r = -1; } // NOLINT(asyncc-catch-cancellation)
    ac_try {
        r = fetch(-1);
    // NOLINTNEXTLINE(asyncc-catch-cancellation)
    } ac_catch (e) {
        r = -2;
    }
    return r;
}

int main(void) {
    int r;
    ac_run_blocking(swallows(), &r);
    ac_run_blocking(swallows_next_line(), &r);
    ac_run_blocking(fixed(), &r);
    ac_run_blocking(tests(), &r);
    ac_run_blocking(no_suspension(1), &r);
    ac_run_blocking(silenced(), &r);
    return 0;
}
// CHECK: 2 warnings generated.
