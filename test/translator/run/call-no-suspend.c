// Suspend functions that never (or only sometimes) actually suspend complete at once: many calls in a loop, a 100000-deep chain that never suspends, mixing with ones that do.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int inc(int x) { return x + 1; }
SUSPEND static void nop(void) {}
SUSPEND static int maybe(int x) {
    if (x % 1000 == 0)
        ac_yield();
    return x;
}
SUSPEND static long chain(long n) {
    if (n == 0)
        return 0;
    return chain(n - 1) + 2;
}
SUSPEND static int wraps(int x) { return inc(inc(inc(x))); }

SUSPEND static int main_co(void) {
    int v = 0;
    for (int i = 0; i < 1000000; i++)
        v = inc(v);
    printf("inc=%d\n", v);

    for (int i = 0; i < 100000; i++)
        nop();
    printf("nop ok\n");

    long s = 0;
    for (int i = 0; i < 100000; i++)
        s += maybe(i);
    printf("maybe=%ld\n", s);

    printf("chain=%ld\n", chain(100000));
    printf("wraps=%d\n", wraps(wraps(0)));
    int kept = 17;
    int w = inc(kept) + maybe(1000);
    printf("w=%d kept=%d\n", w, kept);
    return v / 1000;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: inc=1000000
// CHECK-NEXT: nop ok
// CHECK-NEXT: maybe=4999950000
// CHECK-NEXT: chain=200000
// CHECK-NEXT: wraps=6
// CHECK-NEXT: w=1018 kept=17
// CHECK-NEXT: result=1000
// CHECK-NEXT: done
