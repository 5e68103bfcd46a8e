// for loops with suspend calls in init, condition, increment and body (traced to pin the evaluation order), continue running the suspending increment, comma increments, for(;;) with break, omitted clauses, nesting
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int trace(const char *what, int v)
{
    printf("%s %d\n", what, v);
    ac_yield();
    return id(v);
}

SUSPEND static int main_co(void)
{
    for (int i = trace("init", 0); trace("cond", i < 2); i = trace("incr", i + 1))
        trace("body", i);

    int s = 0;
    for (int i = id(0); i < id(6); i += id(1)) {
        if (i % 3 == id(0))
            continue;
        s += i;
        ac_yield();
    }
    printf("s=%d\n", s);

    int a, b, iters = 0;
    for (a = id(1), b = id(10); a < b; a = id(a * 2), b = id(b - 1))
        iters++;
    printf("a=%d b=%d iters=%d\n", a, b, iters);

    int k;
    for (k = 0;; k++) {
        ac_yield();
        if (id(k) == 4)
            break;
    }
    printf("k=%d\n", k);

    int j = 0;
    for (; id(j) < 3;)
        j += id(1);
    printf("j=%d\n", j);

    int pairs = 0;
    for (int x = id(0); x < id(4); x = id(x + 1))
        for (int y = id(x); id(y) < 4; y++)
            pairs += id(1);
    printf("pairs=%d\n", pairs);
    return s + iters + k + j + pairs;
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
// CHECK: init 0
// CHECK-NEXT: cond 1
// CHECK-NEXT: body 0
// CHECK-NEXT: incr 1
// CHECK-NEXT: cond 1
// CHECK-NEXT: body 1
// CHECK-NEXT: incr 2
// CHECK-NEXT: cond 0
// CHECK-NEXT: s=12
// CHECK-NEXT: a=8 b=7 iters=3
// CHECK-NEXT: k=4
// CHECK-NEXT: j=3
// CHECK-NEXT: pairs=10
// CHECK-NEXT: result 32
// CHECK-NEXT: done
