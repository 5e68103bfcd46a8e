// do { ... } while (0) statement macros containing suspension points: in if/else branches without braces, a TRY macro that returns from inside the macro after a suspend call, and break-free early exits.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int slow(int x) { ac_delay(1); return x; }
SUSPEND static int id(int x) { ac_yield(); return x; }

#define STEP(msg, v)              \
    do {                          \
        printf("%s\n", msg);      \
        acc += slow(v);           \
        ac_yield();               \
    } while (0)

#define TRY(expr)                                  \
    do {                                           \
        int r_ = (expr);                           \
        if (r_ < 0) {                              \
            printf("fail %d\n", r_);               \
            return r_;                             \
        }                                          \
    } while (0)

SUSPEND static int step(int n, int fail_at) {
    ac_yield();
    printf("step %d\n", n);
    return n == fail_at ? -n : n;
}

SUSPEND static int pipeline(int fail_at) {
    int progress = 0;
    TRY(step(1, fail_at));
    progress++;
    TRY(step(2, fail_at));
    progress++;
    TRY(step(3, fail_at));
    progress++;
    return progress * 100;
}

SUSPEND static int main_co(void) {
    int acc = 0;
    int cond = id(1);
    if (cond)
        STEP("then", 1);
    else
        STEP("else", 2);
    if (!cond)
        STEP("then2", 10);
    else
        STEP("else2", 20);
    for (int i = 0; i < 3; i++)
        STEP("loop", 100);
    printf("acc=%d\n", acc);

    printf("pipeline(0)=%d\n", pipeline(0));
    printf("pipeline(2)=%d\n", pipeline(2));
    return acc;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: then
// CHECK-NEXT: else2
// CHECK-NEXT: loop
// CHECK-NEXT: loop
// CHECK-NEXT: loop
// CHECK-NEXT: acc=321
// CHECK-NEXT: step 1
// CHECK-NEXT: step 2
// CHECK-NEXT: step 3
// CHECK-NEXT: pipeline(0)=300
// CHECK-NEXT: step 1
// CHECK-NEXT: step 2
// CHECK-NEXT: fail -2
// CHECK-NEXT: pipeline(2)=-2
// CHECK-NEXT: result=321
// CHECK-NEXT: done
