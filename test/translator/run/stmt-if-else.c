// if / else-if / else chains with suspend calls in conditions (incl. short-circuit && and ||, an assignment in a condition) and in branches; returns from inside branches; nested if/else
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int calls;

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int is_even(int x) { ac_delay(1); return id(x % 2 == 0); }
SUSPEND static int counted(int x) { calls++; ac_yield(); return x; }

SUSPEND static const char *classify(int n)
{
    if (id(n) < 0) {
        ac_yield();
        return "negative";
    } else if (id(n) == 0) {
        return "zero";
    } else if (is_even(n)) {
        if (id(n) > 100)
            return "big even";
        else
            return "small even";
    } else {
        ac_yield();
        if (n > 100)
            return "big odd";
    }
    return "small odd";
}

SUSPEND static int branches(int n)
{
    int r = 0;
    int v;
    if (counted(n > 0) && counted(n < 10))
        r += 1;
    if (counted(n == 3) || counted(n == 4))
        r += 10;
    if ((r += id(100)) > 105) {
        ac_yield();
        r += 1000;
    } else
        r -= id(50);
    if ((v = id(n)) > 3) {
        if (id(v) > 10)
            r += 5;
        else
            r += 7;
    }
    return r;
}

SUSPEND static int main_co(void)
{
    static const int vals[] = {-5, 0, 4, 200, 7, 301};
    for (int k = 0; k < 6; k++) {
        const char *c = classify(vals[k]);
        printf("classify(%d) = %s\n", vals[k], c);
    }
    static const int ns[] = {3, 4, -1, 20};
    int sum = 0;
    for (int k = 0; k < 4; k++) {
        calls = 0;
        int r = branches(ns[k]);
        printf("branches(%d) = %d calls=%d\n", ns[k], r, calls);
        sum += r;
    }
    return sum;
}

int main(void)
{
    int r = 0;
    ac_error *err = ac_run_test(main_co(), &r);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result %d\n", r);
    puts("done");
    return 0;
}
// CHECK: classify(-5) = negative
// CHECK-NEXT: classify(0) = zero
// CHECK-NEXT: classify(4) = small even
// CHECK-NEXT: classify(200) = big even
// CHECK-NEXT: classify(7) = small odd
// CHECK-NEXT: classify(301) = big odd
// CHECK-NEXT: branches(3) = 1111 calls=3
// CHECK-NEXT: branches(4) = 1118 calls=4
// CHECK-NEXT: branches(-1) = 50 calls=3
// CHECK-NEXT: branches(20) = 55 calls=4
// CHECK-NEXT: result 2334
// CHECK-NEXT: done
