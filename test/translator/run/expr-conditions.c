// Suspend calls in if / else-if / while / do-while / for conditions, for-init and for-increment, with break/continue and nested loops.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int calls;

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int less(int a, int b) { ac_delay(1); return a < b; }
SUSPEND static int count(int x) { calls++; ac_yield(); return x; }

SUSPEND static int main_co(void) {
    if (id(1)) printf("if1 taken\n");
    if (id(0)) printf("if0 taken\n"); else printf("if0 else\n");
    if (id(0)) printf("bad\n");
    else if (id(2) == 2) printf("elseif taken\n");
    else printf("bad too\n");

    int total = 0;
    int i = 0;
    while (less(i, 4)) { total += i; i++; }
    printf("while i=%d total=%d\n", i, total);

    int n = 5;
    while (id(n) > 0) { n = n - id(2); }
    printf("while n=%d\n", n);

    int k = 0;
    do { k += 3; } while (id(k) < 10);
    printf("do k=%d\n", k);

    int once = 0;
    do { once++; } while (id(0));
    printf("do once=%d\n", once);

    int sum = 0;
    for (int j = id(1); less(j, id(6)); j += id(2)) sum += j;
    printf("for sum=%d\n", sum);

    int steps = 0;
    for (int j = 0; j < 10; j = id(j + 3)) steps++;
    printf("for steps=%d\n", steps);

    calls = 0;
    int m = 0;
    for (; count(m) < 3; m++) {}
    printf("for m=%d calls=%d\n", m, calls);

    int odd = 0;
    for (int j = 0; id(j) < 10; j++) {
        if (id(j) % 2 == 0) continue;
        if (j > 7) break;
        odd += j;
    }
    printf("odd=%d\n", odd);

    int cells = 0;
    for (int r = 0; less(r, 3); r++)
        for (int c = 0; less(c, id(r + 1)); c++)
            cells += id(1);
    printf("cells=%d\n", cells);

    int w = 0;
    while (1) {
        if (id(w) >= 4) break;
        w++;
    }
    printf("w=%d total=%d sum=%d\n", w, total, sum);
    return total + sum;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: if1 taken
// CHECK-NEXT: if0 else
// CHECK-NEXT: elseif taken
// CHECK-NEXT: while i=4 total=6
// CHECK-NEXT: while n=-1
// CHECK-NEXT: do k=12
// CHECK-NEXT: do once=1
// CHECK-NEXT: for sum=9
// CHECK-NEXT: for steps=4
// CHECK-NEXT: for m=3 calls=4
// CHECK-NEXT: odd=16
// CHECK-NEXT: cells=6
// CHECK-NEXT: w=4 total=6 sum=9
// CHECK-NEXT: result=15
// CHECK-NEXT: done
