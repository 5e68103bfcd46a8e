// A chain of 100000 nested suspend calls where every level yields before and after calling the next; each level's parameter and local survive both suspensions.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static long bad;

SUSPEND static long depth(long n) {
    ac_yield();
    if (n == 0)
        return 0;
    long mine = n * 3;
    long below = depth(n - 1);
    ac_yield();
    if (mine != n * 3)
        bad++;
    return below + 1;
}

SUSPEND static long sum_chain(long n) {
    long keep = n;
    ac_yield();
    if (n == 0)
        return 0;
    return sum_chain(n - 1) + keep;
}

SUSPEND static int main_co(void) {
    long d = depth(100000);
    printf("depth=%ld bad=%ld\n", d, bad);
    printf("sum=%ld\n", sum_chain(100000));
    return (int)(d % 1000) + (int)bad;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: depth=100000 bad=0
// CHECK-NEXT: sum=5000050000
// CHECK-NEXT: result=0
// CHECK-NEXT: done
