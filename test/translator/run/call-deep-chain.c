// A chain of 100000 nested suspend calls where only the innermost level suspends; the result propagates back through every frame.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static long depth(long n) {
    if (n == 0) {
        ac_yield();
        return 0;
    }
    return 1 + depth(n - 1);
}

SUSPEND static long depth_delay(long n) {
    if (n == 0) {
        ac_delay(1);
        return 0;
    }
    long below = depth_delay(n - 1);
    return below + 1;
}

SUSPEND static int main_co(void) {
    long d = depth(100000);
    printf("depth=%ld\n", d);
    printf("again=%ld\n", depth(100000));
    printf("delay=%ld\n", depth_delay(100000));
    return (int)(d / 1000);
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: depth=100000
// CHECK-NEXT: again=100000
// CHECK-NEXT: delay=100000
// CHECK-NEXT: result=100
// CHECK-NEXT: done
