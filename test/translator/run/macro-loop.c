// A macro expanding to a for loop whose body statement (a macro argument) contains suspend calls and uses the macro's loop variable; nested use with a second loop macro; loop count from a suspend call.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

#define REPEAT(n, stmt) for (int i_ = 0; i_ < (n); i_++) { stmt; }
#define REPEAT_J(n, stmt) for (int j_ = 0; j_ < (n); j_++) { stmt; }
#define FOR_EACH(arr, len, var, stmt) \
    for (int k_ = 0; k_ < (len); k_++) { int var = (arr)[k_]; stmt; }

SUSPEND static int main_co(void) {
    int total = 0;
    REPEAT(3, total += id(i_));
    printf("total=%d\n", total);

    REPEAT(id(4), printf("tick %d\n", id(i_ * 10)));

    int grid = 0;
    REPEAT(3, REPEAT_J(id(i_ + 1), grid += id(i_ * 10 + j_)));
    printf("grid=%d\n", grid);

    int vals[4] = { 5, 6, 7, 8 };
    int prod = 1;
    FOR_EACH(vals, 4, v, prod *= id(v) - 4);
    printf("prod=%d\n", prod);
    return total + grid;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: total=3
// CHECK-NEXT: tick 0
// CHECK-NEXT: tick 10
// CHECK-NEXT: tick 20
// CHECK-NEXT: tick 30
// grid: i=0: 0; i=1: 10+11; i=2: 20+21+22 -> 84
// CHECK-NEXT: grid=84
// CHECK-NEXT: prod=24
// CHECK-NEXT: result=87
// CHECK-NEXT: done
