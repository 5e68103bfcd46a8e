// Designated-initialised struct and array locals (out-of-order and nested designators, suspend calls in designated initialisers, implicit zeroing, size from a designator, GNU ranges) hold the right values after suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct cfg {
    int w, h;
    const char *title;
    double scale;
    int flags[4];
    struct { int x, y; } pos;
};
struct pt { int x, y; };

SUSPEND static int id(int x) { ac_yield(); return x; }

static void print_ints(const char *tag, const int *a, int n)
{
    printf("%s:", tag);
    for (int i = 0; i < n; i++)
        printf(" %d", a[i]);
    printf("\n");
}

SUSPEND static int main_co(void)
{
    struct cfg c = {.title = "win", .h = id(480), .pos.y = id(7), .flags[2] = 1, .w = 640};
    int arr[8] = {[5] = id(50), [1] = 10, [2] = id(20), 30};
    int sized[] = {[4] = 4};
    int range[6] = {[1 ... 3] = 9};
    struct pt pts[3] = {[2] = {.y = id(2)}, [0].x = 1};
    ac_yield();
    printf("c: w=%d h=%d title=%s scale=%.1f flags=%d,%d,%d,%d pos=(%d,%d)\n", c.w,
           c.h, c.title, c.scale, c.flags[0], c.flags[1], c.flags[2], c.flags[3],
           c.pos.x, c.pos.y);
    print_ints("arr", arr, 8);
    printf("sizeof sized=%zu sized[4]=%d\n", sizeof sized, sized[4]);
    print_ints("range", range, 6);
    printf("pts: (%d,%d) (%d,%d) (%d,%d)\n", pts[0].x, pts[0].y, pts[1].x, pts[1].y,
           pts[2].x, pts[2].y);
    c.scale = 1.5 * id(2);
    arr[7] = id(arr[5] + 1);
    pts[1] = (struct pt){.y = id(11), .x = id(12)};
    ac_yield();
    printf("scale=%.1f arr[7]=%d pts[1]=(%d,%d)\n", c.scale, arr[7], pts[1].x,
           pts[1].y);
    return c.h + arr[7];
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
// CHECK: c: w=640 h=480 title=win scale=0.0 flags=0,0,1,0 pos=(0,7)
// CHECK-NEXT: arr: 0 10 20 30 0 50 0 0
// CHECK-NEXT: sizeof sized=20 sized[4]=4
// CHECK-NEXT: range: 0 9 9 9 0 0
// CHECK-NEXT: pts: (1,0) (0,0) (0,2)
// CHECK-NEXT: scale=3.0 arr[7]=51 pts[1]=(12,11)
// CHECK-NEXT: result 531
// CHECK-NEXT: done
