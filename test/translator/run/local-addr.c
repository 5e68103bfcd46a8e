// Pointers to locals (a scalar, an array element, a struct member, a whole struct, an inner-block local) taken before suspensions stay valid after them; writes through them after yields, also by suspending callees, show up in the locals
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct pt { int x, y; };

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static void fill(int *dst, int n, int base)
{
    for (int i = 0; i < n; i++) {
        ac_yield();
        dst[i] = base + i;
    }
}

SUSPEND static void bump(int *p)
{
    ac_yield();
    (*p)++;
    ac_delay(1);
}

SUSPEND static int main_co(void)
{
    int x = 1;
    int *px = &x;
    int arr[4] = {0, 0, 0, 0};
    int *pe = &arr[2];
    struct pt s = {5, 6};
    int *py = &s.y;
    struct pt *ps = &s;
    ac_yield();
    *px = 10;
    printf("x=%d same=%d\n", x, px == &x);
    ac_yield();
    *pe = id(33);
    pe[1] = 44;
    ac_yield();
    printf("arr=%d,%d,%d,%d same=%d\n", arr[0], arr[1], arr[2], arr[3], pe == arr + 2);
    *py = id(60);
    ps->x = 50;
    ac_yield();
    printf("s=(%d,%d) same=%d\n", s.x, s.y, py == &ps->y);
    bump(&x);
    bump(px);
    fill(arr, 2, 100);
    fill(pe, 2, 7);
    bump(&s.x);
    bump(py);
    printf("x=%d arr=%d,%d,%d,%d s=(%d,%d)\n", x, arr[0], arr[1], arr[2], arr[3],
           s.x, s.y);
    {
        int inner = 0;
        int *pi = &inner;
        bump(pi);
        ac_yield();
        *pi += 5;
        printf("inner=%d\n", inner);
    }
    return x + arr[3] + s.x;
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
// CHECK: x=10 same=1
// CHECK-NEXT: arr=0,0,33,44 same=1
// CHECK-NEXT: s=(50,60) same=1
// CHECK-NEXT: x=12 arr=100,101,7,8 s=(51,61)
// CHECK-NEXT: inner=6
// CHECK-NEXT: result 71
// CHECK-NEXT: done
