// A loop of 100000 iterations, each with an ac_yield(), a void suspend call and a 3-level suspend call chain, finishes with the right sum and without growth: the callee frame's local sits in the same small address range every iteration
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdint.h>
#include <stdio.h>

static long ticks;

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int level2(int x) { int y = id(x); ac_yield(); return y; }
SUSPEND static int level1(int x) { return level2(x) % 7; }
SUSPEND static void tick(void) { ac_yield(); ticks++; }

/* The address of a local of a suspend function, taken while it is alive. */
SUSPEND static uintptr_t where(void)
{
    int x = 0;
    uintptr_t a = (uintptr_t)&x;
    ac_yield();
    return a;
}

SUSPEND static int main_co(void)
{
    long long sum = 0;
    uintptr_t lo = UINTPTR_MAX, hi = 0;
    int i;
    for (i = 0; i < 100000; i++) {
        ac_yield();
        sum += level1(i);
        tick();
        uintptr_t a = where();
        if (a < lo)
            lo = a;
        if (a > hi)
            hi = a;
    }
    printf("i=%d sum=%lld ticks=%ld\n", i, sum, ticks);
    printf("spread small=%d\n", hi - lo < ((uintptr_t)1 << 20));
    int n = 0;
    while (n < 100000) {
        ac_yield();
        n++;
    }
    printf("n=%d\n", n);
    return (int)(sum % 1000);
}

int main(void)
{
    int r = 0;
    ac_error *err = ac_run_blocking(main_co(), &r);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result %d\n", r);
    puts("done");
    return 0;
}
// CHECK: i=100000 sum=299995 ticks=100000
// CHECK-NEXT: spread small=1
// CHECK-NEXT: n=100000
// CHECK-NEXT: result 995
// CHECK-NEXT: done
