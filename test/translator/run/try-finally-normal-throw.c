// ac_finally runs when its try block ends normally and when it throws.  With
// no ac_catch, the error goes on after the finally block ran: the finally
// block may suspend while the error is pending.  A caller's catch, or
// ac_run_blocking, then sees the error.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int step(int v) {
    ac_yield();
    if (v == 13)
        ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "unlucky %d", v));
    return v;
}

SUSPEND static int guarded(int v) {
    int r = 0;
    ac_try {
        printf("try %d\n", v);
        r = step(v);
        printf("try %d done\n", v);
    } ac_finally {
        printf("finally %d (r=%d)\n", v, r);
        ac_delay(1);
        printf("finally %d after delay\n", v);
    }
    printf("after %d\n", v);
    return r;
}

SUSPEND static int main_co(void) {
    int a = guarded(1);
    int b = -1;
    ac_try {
        b = guarded(13);
        printf("not reached\n");
    } ac_catch (e) {
        printf("main caught: %s\n", ac_error_message(e));
    }
    /* a throw in the same function, before any suspension */
    ac_try {
        ac_try {
            ac_throw(ac_error_new(&AC_ERROR, "inline"));
        } ac_finally {
            printf("inner finally\n");
        }
        printf("not reached either\n");
    } ac_catch (e) {
        printf("outer caught: %s\n", ac_error_message(e));
    }
    return a * 100 + b;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("result=%d\n", out);
    err = ac_run_test(guarded(13), &out);
    printf("run_blocking: %s\n", err ? ac_error_message(err) : "no error");
    ac_error_release(err);
    return 0;
}
// CHECK:      try 1
// CHECK-NEXT: try 1 done
// CHECK-NEXT: finally 1 (r=1)
// CHECK-NEXT: finally 1 after delay
// CHECK-NEXT: after 1
// CHECK-NEXT: try 13
// CHECK-NEXT: finally 13 (r=0)
// CHECK-NEXT: finally 13 after delay
// CHECK-NEXT: main caught: unlucky 13
// CHECK-NEXT: inner finally
// CHECK-NEXT: outer caught: inline
// CHECK-NEXT: result=99
// CHECK-NEXT: try 13
// CHECK-NEXT: finally 13 (r=0)
// CHECK-NEXT: finally 13 after delay
// CHECK-NEXT: run_blocking: unlucky 13
