// An expression nested 130 parentheses deep around a suspension point
// translates to an expression clang can compile: each rewritten level used
// to be parenthesized again ("((e))"), doubling the depth past clang's
// limit of 256 brackets (csmith seed 1373: "bracket nesting level exceeded
// maximum of 256").  Built with clang, which enforces the limit.
// RUN: %asyncc %s -o %t.c
// RUN: %clang %t.c %rt -o %t.clang
// RUN: %run %t.clang | FileCheck %s
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: %run %t.gcc | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int step(int x) {
    ac_yield();
    return x;
}

SUSPEND static int deep(int x) {
    return ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((step(x) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1);
}

int main(void) {
    int r = 0;
    ac_run_blocking(deep(2), &r);
    printf("%d\n", r);
    return 0;
}
// CHECK: 132
