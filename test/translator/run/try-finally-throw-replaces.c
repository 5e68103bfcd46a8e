// A throw inside an ac_finally block replaces the pending error (which is
// released): an ac_throw before or after a suspension in the finally block,
// and a failed suspend call in it.  A throw in a finally block that runs
// after a normal end goes on like any throw.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void replace(int suspend) {
    ac_try {
        ac_throw(ac_error_new(&AC_ERROR, "first"));
    } ac_finally {
        if (suspend)
            ac_yield();
        ac_throw(ac_error_new(&AC_ERROR, "second (%d)", suspend));
    }
}

SUSPEND static void fails(void) {
    ac_yield();
    ac_throw(ac_error_new(&AC_ERROR, "from callee"));
}

SUSPEND static void replace_by_call(void) {
    ac_try {
        ac_try {
            ac_throw(ac_error_new(&AC_ERROR, "pending"));
        } ac_catch (e) {
            printf("catch: %s\n", ac_error_message(e));
            ac_rethrow(e);
        } ac_finally {
            fails();
        }
    } ac_finally {
        printf("outer finally\n");
    }
}

SUSPEND static void after_normal_end(void) {
    ac_try {
        ac_yield();
    } ac_finally {
        ac_throw(ac_error_new(&AC_ERROR, "from finally"));
    }
}

SUSPEND static int main_co(void) {
    for (int i = 0; i < 4; i++) {
        ac_try {
            if (i < 2)
                replace(i);
            else if (i == 2)
                replace_by_call();
            else
                after_normal_end();
        } ac_catch (e) {
            printf("caught %s\n", ac_error_message(e));
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
// CHECK:      caught second (0)
// CHECK-NEXT: caught second (1)
// CHECK-NEXT: catch: pending
// CHECK-NEXT: outer finally
// CHECK-NEXT: caught from callee
// CHECK-NEXT: caught from finally
