// Suspend calls in initialisers: single and several declarators, later declarators using earlier ones, loop/block scopes; values survive later suspensions.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int slow(int x) { ac_delay(1); return x; }
SUSPEND static int twice(int x) {
    int a = id(x);
    int b = slow(x);
    return a + b;
}

SUSPEND static int main_co(void) {
    int a = id(1);
    printf("a=%d\n", a);
    int b = id(2), c = b + slow(3), d = id(c) * 2;
    printf("b=%d c=%d d=%d\n", b, c, d);
    long e = (long)twice(21);
    printf("e=%ld\n", e);
    double x = id(3) / 2.0;
    printf("x=%.2f\n", x);
    for (int i = 0; i < 3; i++) {
        int sq = id(i) * id(i);
        printf("sq[%d]=%d\n", i, sq);
    }
    {
        int inner = a + id(100);
        printf("inner=%d\n", inner);
    }
    unsigned char uc = (unsigned char)id(300);
    printf("uc=%u\n", uc);
    int plain = 7, after = plain + id(plain);
    printf("plain=%d after=%d\n", plain, after);
    ac_yield();
    printf("a=%d b=%d c=%d d=%d e=%ld x=%.2f\n", a, b, c, d, e, x);
    return a + b + c + d;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: a=1
// CHECK-NEXT: b=2 c=5 d=10
// CHECK-NEXT: e=42
// CHECK-NEXT: x=1.50
// CHECK-NEXT: sq[0]=0
// CHECK-NEXT: sq[1]=1
// CHECK-NEXT: sq[2]=4
// CHECK-NEXT: inner=101
// CHECK-NEXT: uc=44
// CHECK-NEXT: plain=7 after=14
// CHECK-NEXT: a=1 b=2 c=5 d=10 e=42 x=1.50
// CHECK-NEXT: result=18
// CHECK-NEXT: done
