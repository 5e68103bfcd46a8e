// Parameters and results whose struct or union type has a const member, and const-qualified result types (found by scripts/csmith-diff.sh, csmith seeds 3, 4, 8, 10): neither the frame's copy of the parameter nor the store of the result can be an assignment.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

union U0 { const unsigned f0; };
struct S1 { int a; const short b; };

SUSPEND static int take_union(int x, union U0 u, int y) {
    ac_yield();
    return x + (int)u.f0 + y;
}

SUSPEND static struct S1 make(int a, struct S1 s) {
    ac_yield();
    struct S1 r = {a + s.a, (short)(s.b * 2)};
    return r;
}

SUSPEND static const struct S1 make_const(int a) {
    struct S1 r = {a, 7};
    ac_yield();
    return r;
}

SUSPEND static const int twice(int v) {
    ac_yield();
    return v * 2;
}

SUSPEND static int main_co(void) {
    union U0 u = {40};
    struct S1 s = {1, 3};
    int t = take_union(1, u, 2);
    struct S1 m = make(10, s);
    struct S1 c = make_const(5);
    int w = twice(21);
    printf("t=%d m=%d,%d c=%d,%d w=%d\n", t, m.a, m.b, c.a, c.b, w);
    return t + m.a + c.a + w;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("out=%d\n", out);
    return 0;
}
// CHECK: t=43 m=11,6 c=5,7 w=42
// CHECK-NEXT: out=101
