// Struct locals (nested structs, array members, arrays of structs, struct assignment and copies, compound literals) keep their contents across suspensions; copies stay independent
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct vec { double x, y; };
struct rect { struct vec lo, hi; char name[8]; int tags[3]; };

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int slow(int x) { ac_delay(1); return id(x); }

static void print_rect(const char *tag, const struct rect *r)
{
    printf("%s: lo=(%.1f,%.1f) hi=(%.1f,%.1f) name=%s tags=%d,%d,%d\n", tag,
           r->lo.x, r->lo.y, r->hi.x, r->hi.y, r->name, r->tags[0], r->tags[1],
           r->tags[2]);
}

SUSPEND static int main_co(void)
{
    struct vec v = {1.5, -2.0};
    struct rect r = {{0, 0}, {4, 3}, "box", {7, 8, 9}};
    struct rect arr[2];
    ac_yield();
    printf("v=(%.1f,%.1f) sizeof r=%zu\n", v.x, v.y, sizeof r);
    print_rect("r", &r);
    arr[0] = r;
    arr[1] = (struct rect){{1, 1}, {2, 2}, "tiny", {1, 2, 3}};
    arr[0].hi.x = id(10);
    struct rect copy = arr[0];
    ac_yield();
    copy.tags[1] = slow(80);
    copy.name[0] = 'B';
    r.lo = v;
    ac_delay(1);
    print_rect("r", &r);
    print_rect("arr0", &arr[0]);
    print_rect("arr1", &arr[1]);
    print_rect("copy", &copy);
    double area = (r.hi.x - r.lo.x) * (r.hi.y - r.lo.y);
    v.x = slow(100);
    printf("area=%.2f v.x=%.1f r.lo.x=%.1f\n", area, v.x, r.lo.x);
    return (int)(area * 2);
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
// CHECK: v=(1.5,-2.0) sizeof r=56
// CHECK-NEXT: r: lo=(0.0,0.0) hi=(4.0,3.0) name=box tags=7,8,9
// CHECK-NEXT: r: lo=(1.5,-2.0) hi=(4.0,3.0) name=box tags=7,8,9
// CHECK-NEXT: arr0: lo=(0.0,0.0) hi=(10.0,3.0) name=box tags=7,8,9
// CHECK-NEXT: arr1: lo=(1.0,1.0) hi=(2.0,2.0) name=tiny tags=1,2,3
// CHECK-NEXT: copy: lo=(0.0,0.0) hi=(10.0,3.0) name=Box tags=7,80,9
// CHECK-NEXT: area=12.50 v.x=100.0 r.lo.x=1.5
// CHECK-NEXT: result 25
// CHECK-NEXT: done
