// Backward goto loops with suspension points before and after the labels: a plain goto loop, a label on a suspending statement, a jump from a nested block back to a label in an enclosing block, two labels jumped to alternately
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    int i = 0, sum = 0;
again:
    sum += id(i);
    ac_yield();
    if (++i < 5)
        goto again;
    printf("i=%d sum=%d\n", i, sum);

    int tries = 0;
retry:
    ac_yield();
    tries++;
    if (id(tries) < 3)
        goto retry;
    printf("tries=%d\n", tries);

    int n = 0, fact = 1;
    {
    top:
        n = id(n + 1);
        {
            fact *= n;
            ac_yield();
            if (n < 5)
                goto top;
        }
    }
    printf("n=%d fact=%d\n", n, fact);

    int x = 0, steps = 0;
L1:
    x = id(x + 1);
L2:
    ac_yield();
    x *= 2;
    steps++;
    printf("x=%d\n", x);
    if (x < 20)
        goto L1;
    if (id(x % 4) != 0)
        goto L2;
    printf("x=%d steps=%d\n", x, steps);
    return sum + tries + fact + x;
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
// CHECK: i=5 sum=10
// CHECK-NEXT: tries=3
// CHECK-NEXT: n=5 fact=120
// CHECK-NEXT: x=2
// CHECK-NEXT: x=6
// CHECK-NEXT: x=14
// CHECK-NEXT: x=30
// CHECK-NEXT: x=60
// CHECK-NEXT: x=60 steps=5
// CHECK-NEXT: result 193
// CHECK-NEXT: done
