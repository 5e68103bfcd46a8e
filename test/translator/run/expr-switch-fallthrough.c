// Switch whose cases fall through (marked with the fallthrough attribute) with suspend calls in every case body; each entry point accumulates the right cases.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int fall(int start) {
    int acc = 0;
    switch (id(start)) {
    case 1:
        acc += id(1);
        __attribute__((fallthrough));
    case 2:
        acc += id(10);
        __attribute__((fallthrough));
    case 3:
        acc += id(100);
        break;
    case 4:
        acc += id(1000);
        __attribute__((fallthrough));
    default:
        acc += id(10000);
    }
    return acc;
}

SUSPEND static int main_co(void) {
    int total = 0;
    for (int s = 0; s <= 5; s++) {
        int v = fall(s);
        printf("fall(%d)=%d\n", s, v);
        total += v;
    }
    return total;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: fall(0)=10000
// CHECK-NEXT: fall(1)=111
// CHECK-NEXT: fall(2)=110
// CHECK-NEXT: fall(3)=100
// CHECK-NEXT: fall(4)=11000
// CHECK-NEXT: fall(5)=10000
// CHECK-NEXT: result=31321
// CHECK-NEXT: done
