// goto from outside into the middle of while, for and do-while bodies (skipping the condition, the for-init and a declaration), with suspension points before and after the labels; the loops then continue normally
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    int i = 0, log = 0;
    ac_yield();
    goto middle;
    while (id(i) < 4) {
        log = log * 10 + id(1);
        ac_yield();
    middle:
        log = log * 10 + id(2);
        i++;
    }
    printf("while: i=%d log=%d\n", i, log);

    int k = id(-2);
    goto inside;
    for (k = 0; k < 3; k++) {
        ac_yield();
    inside:
        printf("for k=%d\n", k);
    }

    int round = 0;
    goto enter;
    do {
        int local;
        local = id(round * 100);
        ac_yield();
        printf("do top local=%d\n", local);
    enter:
        round = id(round + 1);
        printf("do round=%d\n", round);
    } while (round < 3);
    return log % 1000 + k + round;
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
// CHECK: while: i=4 log=2121212
// CHECK-NEXT: for k=-2
// CHECK-NEXT: for k=-1
// CHECK-NEXT: for k=0
// CHECK-NEXT: for k=1
// CHECK-NEXT: for k=2
// CHECK-NEXT: do round=1
// CHECK-NEXT: do top local=100
// CHECK-NEXT: do round=2
// CHECK-NEXT: do top local=200
// CHECK-NEXT: do round=3
// CHECK-NEXT: result 218
// CHECK-NEXT: done
