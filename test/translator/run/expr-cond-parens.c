// A comparison on the left of && / || whose right side suspends, and a
// parenthesized comparison as the condition of a ?: with a suspending arm,
// become if statements in the output: they must not read `if ((a == b))`,
// which clang -Wall (here -Werror) rejects as -Wparentheses-equality.
// RUN: %asyncc %s -o %t.c
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int f(int v) { ac_yield(); return v; }

SUSPEND static int g(int n) {
    int r = 0;
    if (n == 0 && f(0) == 0) r += 1;
    if (n == 1 || f(2) == 2) r += 10;
    r += (n == 0) ? f(100) : 0;
    return r;
}

int main(void) {
    int r = 0;
    ac_error *e = ac_run_blocking(g(0), &r);
    printf("%d %s\n", r, e ? "error" : "ok");
    return 0;
}
// CHECK: 111 ok
