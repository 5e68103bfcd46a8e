// Macros whose bodies name locals of the enclosing suspend function (counter, total, a struct) and assign to them from suspend calls; the locals keep their values across the suspensions.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

#define BUMP() (counter += id(1))
#define ADD_TO_TOTAL(v) (total += id(v) * scale)
#define SHOW(name) printf(#name "=%d\n", name)
#define SET_FIELD(f, v) (st.f = id(v))

SUSPEND static int helper(int scale) {
    int total = 0;
    ADD_TO_TOTAL(1);
    ADD_TO_TOTAL(2);
    return total;
}

SUSPEND static int main_co(void) {
    int counter = 0;
    BUMP();
    BUMP();
    int x = BUMP() * 10;
    SHOW(counter);
    SHOW(x);

    int total = 100, scale = 2;
    ADD_TO_TOTAL(5);
    ADD_TO_TOTAL(counter);
    SHOW(total);

    struct { int a, b; } st = { 0, 0 };
    SET_FIELD(a, 7);
    SET_FIELD(b, st.a + 1);
    printf("st=%d,%d\n", st.a, st.b);

    int h = helper(3);
    SHOW(h);
    for (int i = 0; i < 4; i++)
        BUMP();
    SHOW(counter);
    return counter;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: counter=3
// CHECK-NEXT: x=30
// CHECK-NEXT: total=116
// CHECK-NEXT: st=7,8
// CHECK-NEXT: h=9
// CHECK-NEXT: counter=7
// CHECK-NEXT: result=7
// CHECK-NEXT: done
