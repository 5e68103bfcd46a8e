// Declarations with several declarators of mixed kinds (int a = 1, *p = &a, arr[3] = {4,5,6}; later declarators using earlier ones and suspend calls) initialise in order and survive suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct pt { int x, y; };

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    int a = 1, *p = &a, arr[3] = {4, 5, 6};
    ac_yield();
    printf("a=%d *p=%d arr=%d,%d,%d\n", a, *p, arr[0], arr[1], arr[2]);
    int b = id(2), c = b + id(3), *q = arr + id(1), d = *q * 10;
    ac_yield();
    printf("b=%d c=%d *q=%d d=%d\n", b, c, *q, d);
    double x = 0.5, y, z = x * id(4);
    y = z + id(1);
    struct pt s1 = {id(1), 2}, *ps = &s1, sarr[2] = {{3, 4}, {5, 6}};
    char c1 = (char)id('a'), str[] = "xy", *pc = str + 1;
    ac_yield();
    *p = id(100);
    *q = -*q;
    ps->y = id(20);
    *pc = c1;
    ac_yield();
    printf("x=%.1f y=%.1f z=%.1f\n", x, y, z);
    printf("a=%d arr=%d,%d,%d s1=(%d,%d) sarr[1]=(%d,%d) str=%s sizeof str=%zu\n",
           a, arr[0], arr[1], arr[2], s1.x, s1.y, sarr[1].x, sarr[1].y, str,
           sizeof str);
    return a + c + d;
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
// CHECK: a=1 *p=1 arr=4,5,6
// CHECK-NEXT: b=2 c=5 *q=5 d=50
// CHECK-NEXT: x=0.5 y=3.0 z=2.0
// CHECK-NEXT: a=100 arr=4,-5,6 s1=(1,20) sarr[1]=(5,6) str=xa sizeof str=3
// CHECK-NEXT: result 155
// CHECK-NEXT: done
