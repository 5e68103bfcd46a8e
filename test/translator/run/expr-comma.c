// Comma operator sequencing with suspend calls: left-to-right order (logged), value of the last operand, comma in for clauses, while conditions and return.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int calls;

SUSPEND static int f(int v) { calls++; ac_yield(); return v; }
SUSPEND static int logv(int v) { printf("log %d\n", v); ac_yield(); return v; }
SUSPEND static int ret_comma(int v) { return (ac_yield(), v * 2); }

SUSPEND static int main_co(void) {
    int x = 0;
    int r = (x = 1, f(x), x + f(2));
    printf("r=%d x=%d calls=%d\n", r, x, calls);

    r = (x = f(5), x *= 2, x + f(x));
    printf("r=%d x=%d\n", r, x);

    r = (logv(1), logv(2), logv(3));
    printf("r=%d\n", r);

    int count = 0;
    for (int i = 0, j = f(10); i < j; i += f(3), j -= 1)
        count++;
    printf("count=%d\n", count);

    int k = 0;
    while (k++, f(k) < 4)
        logv(k * 10);
    printf("k=%d\n", k);

    printf("ret=%d\n", ret_comma(21));

    int y = 1;
    r = (y = logv(y + 1), y = logv(y * 10), y + 1);
    printf("r=%d y=%d\n", r, y);
    return r;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: r=3 x=1 calls=2
// CHECK-NEXT: r=20 x=10
// CHECK-NEXT: log 1
// CHECK-NEXT: log 2
// CHECK-NEXT: log 3
// CHECK-NEXT: r=3
// CHECK-NEXT: count=3
// CHECK-NEXT: log 10
// CHECK-NEXT: log 20
// CHECK-NEXT: log 30
// CHECK-NEXT: k=4
// CHECK-NEXT: ret=42
// CHECK-NEXT: log 2
// CHECK-NEXT: log 20
// CHECK-NEXT: r=21 y=20
// CHECK-NEXT: result=21
// CHECK-NEXT: done
