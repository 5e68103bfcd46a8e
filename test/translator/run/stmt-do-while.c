// do-while loops with suspend calls in the body and the condition: the body runs once even if the condition is false, continue goes to the (suspending) condition, break after a suspension, do{}while(0), nesting
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int evals;

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int cond(int v) { evals++; ac_yield(); return id(v); }

SUSPEND static int main_co(void)
{
    int n = 0;
    do {
        n += id(1);
    } while (cond(n < 4));
    printf("n=%d evals=%d\n", n, evals);

    evals = 0;
    int once = 0;
    do {
        once = id(once + 1);
    } while (cond(0));
    printf("once=%d evals=%d\n", once, evals);

    evals = 0;
    int i = 0, odd = 0;
    do {
        i++;
        if (id(i) % 2 == 0)
            continue;
        odd += i;
        ac_yield();
    } while (cond(i < 7));
    printf("i=%d odd=%d evals=%d\n", i, odd, evals);

    evals = 0;
    int m = 100;
    do {
        m -= id(10);
        if (m < 75) {
            ac_yield();
            break;
        }
    } while (cond(1));
    printf("m=%d evals=%d\n", m, evals);

    do {
        ac_yield();
        printf("macro-style\n");
    } while (0);

    evals = 0;
    int outer = 0, total = 0;
    do {
        int inner = 0;
        do {
            total += id(outer * inner);
            inner++;
        } while (cond(inner < 3));
        outer++;
    } while (id(outer) < 3);
    printf("outer=%d total=%d evals=%d\n", outer, total, evals);
    return n + once + odd + m + total;
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
// CHECK: n=4 evals=4
// CHECK-NEXT: once=1 evals=1
// CHECK-NEXT: i=7 odd=16 evals=7
// CHECK-NEXT: m=70 evals=2
// CHECK-NEXT: macro-style
// CHECK-NEXT: outer=3 total=9 evals=9
// CHECK-NEXT: result 100
// CHECK-NEXT: done
