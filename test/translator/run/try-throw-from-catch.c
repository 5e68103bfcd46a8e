// A throw inside an ac_catch block (a new error, here with the caught one as
// its cause) releases the caught error, runs the finally block and goes on to
// the caller.  Without a finally block it goes on at once; a try nested in
// the catch block catches a throw from it first.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void convert(int with_finally) {
    if (with_finally) {
        ac_try {
            ac_yield();
            ac_throw(ac_error_new(&AC_IO_ERROR, "low level"));
        } ac_catch (e) {
            ac_yield();
            ac_throw(ac_error_new_cause(&AC_ILLEGAL_STATE, ac_error_retain(e), "high level"));
        } ac_finally {
            printf("convert finally\n");
            ac_yield();
        }
    } else {
        ac_try {
            ac_throw(ac_error_new(&AC_IO_ERROR, "low level 2"));
        } ac_catch (e) {
            ac_try {
                ac_throw(ac_error_new(&AC_ERROR, "inner"));
            } ac_catch (inner) {
                printf("nested catch: %s while handling %s\n", ac_error_message(inner), ac_error_message(e));
            }
            ac_throw(ac_error_new_cause(&AC_ILLEGAL_STATE, ac_error_retain(e), "high level 2"));
        }
    }
    printf("not reached\n");
}

SUSPEND static int main_co(void) {
    for (int i = 1; i >= 0; i--) {
        ac_try {
            convert(i);
        } ac_catch (e) {
            printf("caught %s: %s, caused by %s\n", ac_error_type_name(e), ac_error_message(e),
                   ac_error_cause(e) ? ac_error_message(ac_error_cause(e)) : "nothing");
        }
    }
    return 0;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    return out;
}
// CHECK:      convert finally
// CHECK-NEXT: caught IllegalStateException: high level, caused by low level
// CHECK-NEXT: nested catch: inner while handling low level 2
// CHECK-NEXT: caught IllegalStateException: high level 2, caused by low level 2
