// while loops with suspend calls in the condition and the body: empty bodies with a suspending condition, a loop that never runs, while(1) with break after a suspension, nested whiles
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int polls;

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int ready(int n) { polls++; ac_delay(1); return polls >= n; }

SUSPEND static int main_co(void)
{
    int i = 0, sum = 0;
    while (id(i) < 5) {
        sum += id(i * 2);
        i++;
    }
    printf("i=%d sum=%d\n", i, sum);
    while (!ready(4))
        ;
    printf("polls=%d\n", polls);
    int k = 0;
    while (id(k++) < 3)
        ;
    printf("k=%d\n", k);
    int never = 0;
    while (id(0))
        never++;
    printf("never=%d\n", never);
    int j = 10;
    while (1) {
        ac_yield();
        if (id(j) <= 7)
            break;
        j--;
    }
    printf("j=%d\n", j);
    int a = 0, cnt = 0;
    while (id(a) < 3) {
        int b = 0;
        while (id(b) < a) {
            cnt += id(1);
            b++;
        }
        printf("a=%d b=%d cnt=%d\n", a, b, cnt);
        a++;
    }
    return sum + polls + k + j + cnt + never;
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
// CHECK: i=5 sum=20
// CHECK-NEXT: polls=4
// CHECK-NEXT: k=4
// CHECK-NEXT: never=0
// CHECK-NEXT: j=7
// CHECK-NEXT: a=0 b=0 cnt=0
// CHECK-NEXT: a=1 b=1 cnt=1
// CHECK-NEXT: a=2 b=2 cnt=3
// CHECK-NEXT: result 38
// CHECK-NEXT: done
