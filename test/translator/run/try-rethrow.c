// ac_rethrow(e) in a catch block throws the caught error on: the finally
// block runs, and the caller's catch gets the same error object (the catch
// block's own reference is released; the error is not freed early: see the
// ASan test tree).  Without a catch in the caller, ac_run_blocking gets it.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static const ac_error *seen;

SUSPEND static void fail_later(void) {
    ac_delay(1);
    ac_throw(ac_error_new(&AC_IO_ERROR, "disk full"));
}

SUSPEND static void middle(void) {
    ac_try {
        fail_later();
    } ac_catch (e) {
        seen = e;
        printf("middle caught %s, rethrowing\n", ac_error_message(e));
        ac_yield();
        ac_rethrow(e);
        printf("not reached\n");
    } ac_finally {
        printf("middle finally\n");
    }
}

SUSPEND static void no_finally(void) {
    ac_try {
        ac_throw(ac_error_new(&AC_ARITHMETIC, "divide by zero"));
    } ac_catch (err) {
        if (ac_error_is(err, &AC_ARITHMETIC))
            ac_rethrow(err);
        printf("not reached\n");
    }
}

SUSPEND static int main_co(void) {
    ac_try {
        middle();
    } ac_catch (e) {
        printf("top caught %s, same object %d, IO %d\n", ac_error_message(e), e == seen,
               ac_error_is(e, &AC_IO_ERROR));
    }
    ac_try {
        no_finally();
    } ac_catch (e) {
        printf("top caught %s\n", ac_error_message(e));
    }
    return 0;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    err = ac_run_test(middle(), NULL);
    printf("run_blocking: %s\n", err ? ac_error_message(err) : "no error");
    ac_error_release(err);
    return out;
}
// CHECK:      middle caught disk full, rethrowing
// CHECK-NEXT: middle finally
// CHECK-NEXT: top caught disk full, same object 1, IO 1
// CHECK-NEXT: top caught divide by zero
// CHECK-NEXT: middle caught disk full, rethrowing
// CHECK-NEXT: middle finally
// CHECK-NEXT: run_blocking: disk full
