// Suspend calls in designated initialisers (out of order, nested, array designators) and compound literals (struct and array, used after later suspensions). The calls have no side effects besides their values since initializer-list element order is indeterminate.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct P { int x, y; };
struct R { struct P a, b; int tag[3]; };

SUSPEND static int f(int x) { ac_yield(); return x; }
SUSPEND static struct P mk(int x, int y) {
    ac_delay(1);
    struct P p = { .x = f(x), .y = f(y) };
    return p;
}
SUSPEND static int sum(struct P p) { ac_yield(); return p.x + p.y; }

SUSPEND static int main_co(void) {
    struct P p = { .y = f(2), .x = f(1) };
    printf("p=%d,%d\n", p.x, p.y);

    int arr[5] = { f(1), [3] = f(4), f(5) };
    printf("arr=%d %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3], arr[4]);

    struct R r = { .b = { f(3), f(4) }, .a.x = f(1), .tag = { [2] = f(9) } };
    printf("r=%d,%d %d,%d [%d %d %d]\n", r.a.x, r.a.y, r.b.x, r.b.y, r.tag[0], r.tag[1], r.tag[2]);

    struct P q = (struct P){ f(10), f(20) };
    printf("q=%d,%d\n", q.x, q.y);

    int *ip = (int[]){ f(1), 2, f(3) };
    ac_yield();
    printf("ip=%d %d %d\n", ip[0], ip[1], ip[2]);

    printf("sum=%d\n", sum((struct P){ .x = f(7), .y = 8 }));

    int s = ((int[]){ f(1), 2 })[0] + ((int[]){ f(1), 2 })[1];
    printf("s=%d\n", s);

    struct P parr[2] = { mk(1, 2), { f(3), f(4) } };
    printf("parr=%d,%d %d,%d\n", parr[0].x, parr[0].y, parr[1].x, parr[1].y);

    char buf[4] = { (char)f('o'), (char)f('k'), 0 };
    printf("buf=%s\n", buf);

    struct P *pp = &(struct P){ .y = f(6) };
    pp->x = f(5);
    ac_yield();
    printf("pp=%d,%d\n", pp->x, pp->y);
    return p.x + q.y;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: p=1,2
// CHECK-NEXT: arr=1 0 0 4 5
// CHECK-NEXT: r=1,0 3,4 [0 0 9]
// CHECK-NEXT: q=10,20
// CHECK-NEXT: ip=1 2 3
// CHECK-NEXT: sum=15
// CHECK-NEXT: s=3
// CHECK-NEXT: parr=1,2 3,4
// CHECK-NEXT: buf=ok
// CHECK-NEXT: pp=5,6
// CHECK-NEXT: result=21
// CHECK-NEXT: done
