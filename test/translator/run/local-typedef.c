// Locals of typedef'd types (file-scope scalar, struct, array and pointer typedefs, and typedefs declared inside the suspend function body) keep their values and sizes across suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

typedef long long i64;
typedef struct point { int x, y; } point_t;
typedef int vec3[3];
typedef const char *str;

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static point_t move(point_t p, i64 dx)
{
    ac_yield();
    p.x += (int)dx;
    ac_yield();
    return p;
}

SUSPEND static int main_co(void)
{
    i64 big = 1LL << 40;
    point_t p = {1, 2};
    vec3 v = {7, 8, 9};
    str name = "typedefs";
    typedef unsigned short u16;
    u16 small = 65535;
    typedef double pair_d[2];
    pair_d pd = {0.25, 0.75};
    ac_yield();
    printf("big=%lld p=(%d,%d) v=%d,%d,%d sizeof v=%zu name=%s small=%u pd=%.2f,%.2f\n",
           big, p.x, p.y, v[0], v[1], v[2], sizeof v, name, (unsigned)small,
           pd[0], pd[1]);
    p = move(p, big >> 38);
    small = (u16)(small + id(2));
    v[1] = id(80);
    name += id(4);
    ac_yield();
    printf("p=(%d,%d) small=%u v=%d,%d,%d name=%s sizeof(u16)=%zu sizeof pd=%zu\n",
           p.x, p.y, (unsigned)small, v[0], v[1], v[2], name, sizeof(u16),
           sizeof pd);
    return p.x + small + v[1];
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
// CHECK: big=1099511627776 p=(1,2) v=7,8,9 sizeof v=12 name=typedefs small=65535 pd=0.25,0.75
// CHECK-NEXT: p=(5,2) small=1 v=7,80,9 name=defs sizeof(u16)=2 sizeof pd=16
// CHECK-NEXT: result 86
// CHECK-NEXT: done
