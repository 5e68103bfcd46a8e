// Try statements nested in try, catch and finally blocks: each error goes
// to the innermost handler, and the finally blocks run inner first, once
// each, on a normal end (0), a rethrow from an inner catch (1), a return
// from the inner try (2) and a throw caught inside an outer finally (3).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int nested(int mode) {
    printf("-- mode %d\n", mode);
    ac_try {
        puts("outer try");
        ac_try {
            puts("inner try");
            ac_yield();
            if (mode == 1)
                ac_throw(ac_error_new(&AC_ERROR, "inner"));
            if (mode == 2)
                return 2;
        } ac_catch (e) {
            printf("inner catch %s\n", ac_error_message(e));
            if (mode == 1)
                ac_rethrow(e);
        } ac_finally {
            puts("inner finally");
            ac_yield();
        }
        puts("between");
    } ac_catch (e) {
        printf("outer catch %s\n", ac_error_message(e));
        ac_try {
            ac_yield();
            ac_throw(ac_error_new(&AC_ERROR, "in outer catch"));
        } ac_catch (e2) {
            printf("catch in catch: %s (outer: %s)\n", ac_error_message(e2), ac_error_message(e));
        } ac_finally {
            puts("finally in catch");
        }
    } ac_finally {
        puts("outer finally");
        ac_try {
            ac_yield();
            if (mode == 3)
                ac_throw(ac_error_new(&AC_ERROR, "in outer finally"));
        } ac_catch (e3) {
            printf("catch in finally: %s\n", ac_error_message(e3));
        } ac_finally {
            puts("finally in finally");
        }
    }
    puts("end");
    return 0;
}

SUSPEND static int main_co(void) {
    int sum = 0;
    for (int mode = 0; mode < 4; mode++)
        sum += nested(mode);
    return sum;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("sum=%d\n", out);
    return 0;
}
// CHECK:      -- mode 0
// CHECK-NEXT: outer try
// CHECK-NEXT: inner try
// CHECK-NEXT: inner finally
// CHECK-NEXT: between
// CHECK-NEXT: outer finally
// CHECK-NEXT: finally in finally
// CHECK-NEXT: end
// CHECK-NEXT: -- mode 1
// CHECK-NEXT: outer try
// CHECK-NEXT: inner try
// CHECK-NEXT: inner catch inner
// CHECK-NEXT: inner finally
// CHECK-NEXT: outer catch inner
// CHECK-NEXT: catch in catch: in outer catch (outer: inner)
// CHECK-NEXT: finally in catch
// CHECK-NEXT: outer finally
// CHECK-NEXT: finally in finally
// CHECK-NEXT: end
// CHECK-NEXT: -- mode 2
// CHECK-NEXT: outer try
// CHECK-NEXT: inner try
// CHECK-NEXT: inner finally
// CHECK-NEXT: outer finally
// CHECK-NEXT: finally in finally
// CHECK-NEXT: -- mode 3
// CHECK-NEXT: outer try
// CHECK-NEXT: inner try
// CHECK-NEXT: inner finally
// CHECK-NEXT: between
// CHECK-NEXT: outer finally
// CHECK-NEXT: catch in finally: in outer finally
// CHECK-NEXT: finally in finally
// CHECK-NEXT: end
// CHECK-NEXT: sum=2
