// Locals of anonymous struct/union types (struct { int a; double b; } v, two variables of one anonymous type assigned to each other, arrays of them, nested anonymous members) keep their values across suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    struct { int a; double b; } v = {1, 2.5}, w;
    struct { const char *name; int score; } people[3] = {{"ann", 3}, {"bob", 5}, {"cy", 4}};
    union { int i; unsigned u; } u;
    struct { int id; struct { int x, y; } pos; } obj = {7, {1, 2}};
    ac_yield();
    w = v;
    w.a = id(10);
    u.i = id(-1);
    ac_yield();
    printf("v.a=%d v.b=%.2f w.a=%d w.b=%.2f u.u=%u sizeof v=%zu\n", v.a, v.b, w.a,
           w.b, u.u, sizeof v);
    int best = 0;
    for (int k = 1; k < 3; k++) {
        ac_yield();
        if (people[k].score > id(people[best].score))
            best = k;
    }
    printf("best=%s %d\n", people[best].name, people[best].score);
    obj.pos.y = id(20);
    obj.pos.x += id(obj.id);
    ac_delay(1);
    printf("obj=%d (%d,%d)\n", obj.id, obj.pos.x, obj.pos.y);
    return w.a + people[best].score + obj.pos.x;
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
// CHECK: v.a=1 v.b=2.50 w.a=10 w.b=2.50 u.u=4294967295 sizeof v=16
// CHECK-NEXT: best=bob 5
// CHECK-NEXT: obj=7 (8,20)
// CHECK-NEXT: result 23
// CHECK-NEXT: done
