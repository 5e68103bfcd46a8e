// An error thrown at the bottom of a chain of 5,000 suspend calls, each in
// a try statement with a catch (every seventh suspends before rethrowing)
// and a finally block: past the direct-call depth the runtime's trampoline
// resumes each caller with its state negated.  Every level's finally block
// runs once, and the top catches the error from the bottom.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int finallies, catches;

SUSPEND static int deep(int n) {
    if (n == 0)
        ac_throw(ac_error_new(&AC_ERROR, "from the bottom"));
    int r = 0;
    ac_try {
        r = deep(n - 1) + 1;
    } ac_catch (e) {
        catches++;
        if (n % 7 == 0)
            ac_yield();
        ac_rethrow(e);
    } ac_finally {
        finallies++;
    }
    return r;
}

SUSPEND static int top(void) {
    ac_try {
        return deep(5000);
    } ac_catch (e) {
        printf("caught %s: catches=%d finallies=%d\n", ac_error_message(e), catches, finallies);
    }
    return -1;
}

int main(void) {
    int v = 0;
    ac_error *err = ac_run_blocking(top(), &v);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("v=%d\n", v);
    return 0;
}
// CHECK:      caught from the bottom: catches=5000 finallies=5000
// CHECK-NEXT: v=-1
