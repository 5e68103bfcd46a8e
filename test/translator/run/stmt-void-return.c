// void suspend functions with early `return;` (in if, from nested loops, inside switch cases, after recursion) and with falling off the end, all after suspensions; results come back through pointers into the caller's frame
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static void v_if(int x, int *out)
{
    ac_yield();
    if (x < 0) {
        *out = -1;
        return;
    }
    *out = id(x * 2);
    if (*out > 10)
        return;
    ac_yield();
    *out += 1;
}

SUSPEND static void v_loop(int limit, int *count)
{
    *count = 0;
    for (int i = 0;; i++) {
        ac_yield();
        if (i >= limit)
            return;
        for (int j = 0; j < 3; j++) {
            if (id(j) == 2 && i == 1)
                return;
            (*count)++;
        }
    }
}

SUSPEND static void v_switch(int op, int *acc)
{
    switch (id(op)) {
    case 0:
        return;
    case 1:
        *acc += 1;
        ac_yield();
        return;
    default:
        break;
    }
    *acc += id(100);
}

SUSPEND static void v_nested(int depth, int *trace)
{
    if (depth == 0) {
        ac_yield();
        return;
    }
    *trace = *trace * 10 + depth;
    v_nested(depth - 1, trace);
    ac_yield();
    if (depth == 2)
        return;
    *trace = *trace * 10 + depth;
}

SUSPEND static int main_co(void)
{
    int a = 0, b = 0, c = 0;
    v_if(-3, &a);
    v_if(3, &b);
    v_if(6, &c);
    printf("v_if: %d %d %d\n", a, b, c);
    int n0 = -9, n1 = -9, n5 = -9;
    v_loop(0, &n0);
    v_loop(1, &n1);
    v_loop(5, &n5);
    printf("v_loop: %d %d %d\n", n0, n1, n5);
    int acc[3] = {0, 0, 0};
    for (int op = 0; op < 3; op++)
        v_switch(op, &acc[op]);
    printf("v_switch: %d %d %d\n", acc[0], acc[1], acc[2]);
    int trace = 0;
    v_nested(3, &trace);
    printf("v_nested: %d\n", trace);
    return a + b + c + n0 + n1 + n5 + acc[0] + acc[1] + acc[2] + trace % 1000;
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
// CHECK: v_if: -1 7 12
// CHECK-NEXT: v_loop: 0 3 5
// CHECK-NEXT: v_switch: 0 1 100
// CHECK-NEXT: v_nested: 32113
// CHECK-NEXT: result 240
// CHECK-NEXT: done
