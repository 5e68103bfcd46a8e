// Suspend functions declared with SUSPEND in a header and defined in another translated .c file (int, double, void results; a library-private suspend helper), called from this file's suspend functions.
// RUN: %asyncc %s -o %t.main.c -- -I%inputs
// RUN: %asyncc %inputs/xtu_lib.c -o %t.lib.c -- -I%inputs
// RUN: %gcc -I%inputs %t.main.c %t.lib.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang -I%inputs %t.main.c %t.lib.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc -I%inputs %s %inputs/xtu_lib.c %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#include "xtu_lib.h"

SUSPEND static int local_twice(int v) {
    int a = xtu_add(v, v);
    ac_yield();
    return a;
}

SUSPEND static int main_co(void) {
    int s = xtu_add(2, 3);
    printf("add=%d\n", s);
    printf("nested=%d\n", xtu_add(xtu_add(1, 1), local_twice(5)));
    printf("scale=%.2f\n", xtu_scale(1.5, 4));
    xtu_note(s * 10);
    printf("note=%d\n", xtu_last_note());
    int total = 0;
    for (int i = 0; i < 5; i++)
        total += xtu_add(i, 1);
    printf("total=%d s=%d\n", total, s);
    printf("calls=%d\n", xtu_calls);
    return total;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: add=5
// CHECK-NEXT: nested=12
// CHECK-NEXT: scale=6.00
// CHECK-NEXT: note=50
// CHECK-NEXT: total=15 s=5
// calls: 1 (add) + 3 (nested: two adds + the one in local_twice) + 1 (scale) + 1 (note) + 5 (loop)
// CHECK-NEXT: calls=11
// CHECK-NEXT: result=15
// CHECK-NEXT: done
