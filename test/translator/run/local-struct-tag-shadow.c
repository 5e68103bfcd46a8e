// Struct tags declared inside suspend functions that shadow a file-scope tag, differ between sibling blocks, and are reused with other layouts in another suspend function all keep their own layout across suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct s { int a; };

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int other(void)
{
    struct s { char tag; long n; } v = {'o', 1000L};
    ac_yield();
    v.n += id(1);
    printf("other: %c %ld sizeof=%zu\n", v.tag, v.n, sizeof v);
    return (int)v.n;
}

SUSPEND static int main_co(void)
{
    struct s outer = {5};
    int total = 0;
    {
        struct s { double d; char c; } v = {1.5, 'x'};
        ac_yield();
        v.d *= id(2);
        printf("block1: d=%.1f c=%c sizeof=%zu\n", v.d, v.c, sizeof v);
        total += (int)v.d;
    }
    {
        struct s { int x[4]; } v = {{1, 2, 3, 4}};
        ac_yield();
        for (int k = 0; k < 4; k++)
            v.x[k] *= id(10);
        printf("block2: %d %d %d %d sizeof=%zu\n", v.x[0], v.x[1], v.x[2], v.x[3],
               sizeof v);
        total += v.x[3];
        {
            struct s { short h; } w = {7};
            ac_yield();
            printf("block3: h=%d sizeof=%zu v.x[0]=%d\n", w.h, sizeof w, v.x[0]);
            total += w.h;
        }
    }
    total += other();
    outer.a += id(1);
    printf("outer: a=%d sizeof=%zu\n", outer.a, sizeof outer);
    return total + outer.a;
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
// CHECK: block1: d=3.0 c=x sizeof=16
// CHECK-NEXT: block2: 10 20 30 40 sizeof=16
// CHECK-NEXT: block3: h=7 sizeof=2 v.x[0]=10
// CHECK-NEXT: other: o 1001 sizeof=16
// CHECK-NEXT: outer: a=6 sizeof=4
// CHECK-NEXT: result 1057
// CHECK-NEXT: done
