// Direct recursion through suspend calls: fib(15) where every level yields (and the call count is exact), factorial keeping a local across the recursive call, recursive sum over a tree.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stddef.h>
#include <stdio.h>

static int calls;

SUSPEND static int fib(int n) {
    calls++;
    ac_yield();
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

SUSPEND static long fact(int n) {
    long me = n;
    ac_yield();
    if (n <= 1)
        return 1;
    long rest = fact(n - 1);
    ac_yield();
    return me * rest;
}

struct Node {
    int value;
    const struct Node *left, *right;
};

SUSPEND static int tree_sum(const struct Node *n, int depth) {
    if (n == NULL)
        return 0;
    ac_delay(0);
    int l = tree_sum(n->left, depth + 1);
    int r = tree_sum(n->right, depth + 1);
    return n->value * depth + l + r;
}

static const struct Node n4 = { 4, NULL, NULL };
static const struct Node n5 = { 5, NULL, NULL };
static const struct Node n2 = { 2, &n4, &n5 };
static const struct Node n3 = { 3, NULL, NULL };
static const struct Node n1 = { 1, &n2, &n3 };

SUSPEND static int main_co(void) {
    for (int i = 0; i <= 10; i++)
        printf("%d ", fib(i));
    printf("\n");
    calls = 0;
    int f15 = fib(15);
    printf("fib(15)=%d calls=%d\n", f15, calls);
    printf("fact(20)=%ld\n", fact(20));
    printf("tree=%d\n", tree_sum(&n1, 1));
    return f15;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: {{^}}0 1 1 2 3 5 8 13 21 34 55 {{$}}
// CHECK-NEXT: fib(15)=610 calls=1973
// CHECK-NEXT: fact(20)=2432902008176640000
// value*depth summed: 1*1 + 2*2 + 3*2 + 4*3 + 5*3 = 38
// CHECK-NEXT: tree=38
// CHECK-NEXT: result=610
// CHECK-NEXT: done
