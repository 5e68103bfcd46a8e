// GNU binary conditional `a ?: b` with suspend operands: the condition call runs exactly once and its value is reused; the right side runs only when it is zero.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int calls;

SUSPEND static int t(int v) { calls++; ac_yield(); return v; }

SUSPEND static int main_co(void) {
    int x;
    calls = 0; x = t(0) ?: t(7);
    printf("zero x=%d calls=%d\n", x, calls);
    calls = 0; x = t(3) ?: t(7);
    printf("nonzero x=%d calls=%d\n", x, calls);
    calls = 0; x = t(0) ?: t(0) ?: t(9);
    printf("chain x=%d calls=%d\n", x, calls);
    int v = 0;
    calls = 0; x = v ?: t(4);
    printf("plain x=%d calls=%d\n", x, calls);
    return x;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: zero x=7 calls=2
// CHECK-NEXT: nonzero x=3 calls=1
// CHECK-NEXT: chain x=9 calls=3
// CHECK-NEXT: plain x=4 calls=1
// CHECK-NEXT: result=4
// CHECK-NEXT: done
