// Suspend calls in return expressions: f(x) + g(y), nested, unary minus, early returns, recursion, ternary, double division.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int f(int x) { ac_yield(); return x * 10; }
SUSPEND static int g(int y) { ac_delay(1); return y + 1; }

SUSPEND static int sum(int x, int y) { return f(x) + g(y); }
SUSPEND static int nested(int x) { return f(g(x)) - g(f(x)); }
SUSPEND static int early(int x) {
    if (x < 0)
        return -f(-x);
    int t = g(x);
    if (t > 5)
        return t + f(1);
    return t * f(2);
}
SUSPEND static int tail(int n) {
    if (n == 0)
        return f(0);
    return tail(n - 1) + 1;
}
SUSPEND static double ratio(int a, int b) { return (double)f(a) / g(b); }
SUSPEND static int cond_ret(int x) { return x > 0 ? f(x) : g(x); }
SUSPEND static int in_loop(int n) {
    for (int i = 0; ; i++) {
        if (f(i) >= n)
            return i + g(i);
    }
}

SUSPEND static int main_co(void) {
    printf("sum=%d\n", sum(2, 3));
    printf("nested=%d\n", nested(4));
    printf("early(-3)=%d\n", early(-3));
    printf("early(10)=%d\n", early(10));
    printf("early(2)=%d\n", early(2));
    printf("tail=%d\n", tail(5));
    printf("ratio=%.3f\n", ratio(1, 3));
    printf("cond_ret=%d %d\n", cond_ret(3), cond_ret(-3));
    printf("in_loop=%d\n", in_loop(35));
    int r = sum(1, 1) + sum(2, 2);
    printf("r=%d\n", r);
    return r;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: sum=24
// CHECK-NEXT: nested=9
// CHECK-NEXT: early(-3)=-30
// CHECK-NEXT: early(10)=21
// CHECK-NEXT: early(2)=60
// CHECK-NEXT: tail=5
// CHECK-NEXT: ratio=2.500
// CHECK-NEXT: cond_ret=30 -2
// CHECK-NEXT: in_loop=9
// CHECK-NEXT: r=35
// CHECK-NEXT: result=35
// CHECK-NEXT: done
