// Inline bodies that call suspend functions declared in a header and defined
// in another translated file: the constructors' prototypes come before the
// bodies' generated functions, in main as in a suspend function.  An async
// body's value is a struct from the library.
// RUN: %asyncc %s -o %t.main.c -- -I%inputs
// RUN: %asyncc %inputs/xtu_lib.c -o %t.lib.c -- -I%inputs
// RUN: %gcc -I%inputs %t.main.c %t.lib.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang -I%inputs %t.main.c %t.lib.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#include "xtu_lib.h"

SUSPEND static long sum_points(int n) {
    long total = 0;
    ac_coroutine_scope(s) {
        for (int i = 1; i <= n; i++) {
            ac_deferred *d = ac_async(s, ({ xtu_make_point(i, i + 1, "p"); }));
            ac_launch(s, ({ total += xtu_chain(i); }));
            struct xtu_point p = AC_AWAIT(struct xtu_point, d);
            total += p.history[3];
        }
    }
    return total;
}

int main(void) {
    long out = 0;
    ac_error *err = ac_run_blocking(({
        long t = sum_points(3);
        t + xtu_add(1, 2);
    }), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("out=%ld\n", out);
    return 0;
}
// chains 1 + 3 + 6, products 2 + 6 + 12, plus 3.
// CHECK: out=33
