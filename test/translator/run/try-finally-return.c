// A return inside ac_try or ac_catch stores its value, runs the finally
// block (which may suspend), then returns: the caller gets the value.  The
// same for a void function, through two nested finally blocks (inner one
// first), and from a try inside a loop.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

SUSPEND static int from_try(int v) {
    ac_try {
        ac_yield();
        if (v > 0)
            return v * 10;
        printf("from_try(%d): no return\n", v);
    } ac_finally {
        printf("from_try(%d) finally\n", v);
        ac_yield();
    }
    return -1;
}

SUSPEND static int from_catch(int v) {
    ac_try {
        ac_throw(ac_error_new(&AC_ERROR, "boom"));
    } ac_catch (e) {
        ac_yield();
        return v + (int)strlen(ac_error_message(e));
    } ac_finally {
        printf("from_catch finally\n");
    }
    return -1;
}

SUSPEND static void void_return(int *log) {
    ac_try {
        *log = 1;
        return;
    } ac_finally {
        ac_yield();
        *log += 10;
    }
    *log = -1;
}

SUSPEND static int nested(void) {
    ac_try {
        ac_try {
            ac_yield();
            return 7;
        } ac_finally {
            printf("nested: inner finally\n");
            ac_yield();
        }
    } ac_finally {
        printf("nested: outer finally\n");
    }
    return 0;
}

SUSPEND static int in_loop(void) {
    for (int i = 0; i < 10; i++) {
        ac_try {
            if (i == 3)
                return i;
        } ac_finally {
            printf("in_loop finally %d\n", i);
            ac_yield();
        }
    }
    return -1;
}

SUSPEND static int main_co(void) {
    int a = from_try(2);
    int b = from_try(0);
    int c = from_catch(3);
    int log = 0;
    void_return(&log);
    int d = nested();
    int e = in_loop();
    printf("a=%d b=%d c=%d log=%d d=%d e=%d\n", a, b, c, log, d, e);
    return 0;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    return out;
}
// CHECK:      from_try(2) finally
// CHECK-NEXT: from_try(0): no return
// CHECK-NEXT: from_try(0) finally
// CHECK-NEXT: from_catch finally
// CHECK-NEXT: nested: inner finally
// CHECK-NEXT: nested: outer finally
// CHECK-NEXT: in_loop finally 0
// CHECK-NEXT: in_loop finally 1
// CHECK-NEXT: in_loop finally 2
// CHECK-NEXT: in_loop finally 3
// CHECK-NEXT: a=20 b=-1 c=7 log=11 d=7 e=3
