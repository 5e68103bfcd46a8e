// Suspend calls under *, ->, . of a struct returned by value, ++/-- on a[f(0)], pointer arithmetic, address-of, array-of-struct members.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct Pt { int x, y; };

static int arr[5] = {10, 20, 30, 40, 50};

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int *p_of(int i) { ac_yield(); return &arr[i]; }
SUSPEND static struct Pt getpt(int x, int y) {
    ac_delay(1);
    struct Pt p = { x, y };
    return p;
}
SUSPEND static struct Pt *ptp(struct Pt *p) { ac_yield(); return p; }

SUSPEND static int main_co(void) {
    printf("deref=%d\n", *p_of(2));
    *p_of(id(0)) = id(11);
    (*p_of(1))++;
    printf("arr=%d %d\n", arr[0], arr[1]);

    printf("member=%d\n", getpt(3, 4).x + getpt(5, 6).y);

    struct Pt local = { 1, 2 };
    ptp(&local)->y = id(99);
    ptp(&local)->x += 5;
    int *py = &ptp(&local)->y;
    ac_yield();
    *py += 1;
    printf("local=%d,%d\n", local.x, local.y);

    int a[3] = { 0, 0, 0 };
    a[id(0)]++;
    a[id(2)]--;
    ++a[id(1)];
    ++a[id(1)];
    int k = a[id(0)]++ + 10;
    int j = --a[id(1)] * 100;
    printf("a=%d %d %d k=%d j=%d\n", a[0], a[1], a[2], k, j);

    int *q = p_of(0) + id(3);
    printf("q=%d diff=%d\n", *q, (int)(q - p_of(1)));

    struct Pt pts[2] = { { 1, 2 }, { 3, 4 } };
    pts[id(1)].x = getpt(7, 8).y;
    pts[id(0)].y += getpt(0, 5).y;
    printf("pts=%d,%d %d,%d\n", pts[0].x, pts[0].y, pts[1].x, pts[1].y);

    int sel = id(1) ? getpt(1, 2).y : getpt(3, 4).x;
    printf("sel=%d\n", sel);
    return a[0] + local.y;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: deref=30
// CHECK-NEXT: arr=11 21
// CHECK-NEXT: member=9
// CHECK-NEXT: local=6,100
// CHECK-NEXT: a=2 1 -1 k=11 j=100
// CHECK-NEXT: q=40 diff=2
// CHECK-NEXT: pts=1,7 8,4
// CHECK-NEXT: sel=2
// CHECK-NEXT: result=102
// CHECK-NEXT: done
