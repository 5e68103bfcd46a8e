// A cross-TU suspend function returning a struct with an array inside, and one taking such a struct by value and returning an updated copy; results kept across suspensions in this file.
// RUN: %asyncc %s -o %t.main.c -- -I%inputs
// RUN: %asyncc %inputs/xtu_lib.c -o %t.lib.c -- -I%inputs
// RUN: %gcc -I%inputs %t.main.c %t.lib.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang -I%inputs %t.main.c %t.lib.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc -I%inputs %s %inputs/xtu_lib.c %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#include "xtu_lib.h"

static void show(const char *what, struct xtu_point p) {
    printf("%s %s (%d,%d) [%ld %ld %ld %ld]\n", what, p.label, p.x, p.y,
           p.history[0], p.history[1], p.history[2], p.history[3]);
}

SUSPEND static struct xtu_point walk(struct xtu_point p, int steps) {
    for (int i = 0; i < steps; i++) {
        p = xtu_move(p, 1, 2);
        ac_yield();
    }
    return p;
}

SUSPEND static int main_co(void) {
    struct xtu_point a = xtu_make_point(3, 4, "alpha");
    ac_yield();
    show("made", a);
    struct xtu_point b = xtu_move(a, 10, -1);
    show("moved", b);
    show("orig", a);
    struct xtu_point c = walk(xtu_make_point(0, 0, "walker"), 3);
    show("walked", c);
    printf("member=%d\n", xtu_make_point(6, 7, "m").y + xtu_move(a, 0, 0).x);
    return c.x + c.y;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: made alpha (3,4) [3 4 7 12]
// CHECK-NEXT: moved alpha (13,3) [4 7 12 16]
// CHECK-NEXT: orig alpha (3,4) [3 4 7 12]
// walker: (0,0) [0 0 0 0] -> (1,2) [0 0 0 3] -> (2,4) [0 0 3 6] -> (3,6) [0 3 6 9]
// CHECK-NEXT: walked walker (3,6) [0 3 6 9]
// CHECK-NEXT: member=10
// CHECK-NEXT: result=9
// CHECK-NEXT: done
