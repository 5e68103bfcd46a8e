// Ordinary macros inside suspend functions: MIN/MAX (argument duplication re-evaluates suspend calls, counted), stringizing a suspend call does not call it, token pasting, ARRAY_LEN, constant macros.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define VERSION 42
#define SQUARE(x) ((x) * (x))

static int calls;

SUSPEND static int id(int x) { calls++; ac_yield(); return x; }

SUSPEND static int main_co(void) {
    int a = id(3), b = id(7);
    printf("min=%d max=%d\n", MIN(a, b), MAX(a, b));

    calls = 0;
    int m = MAX(id(2), id(5));
    printf("max=%d calls=%d\n", m, calls);

    calls = 0;
    int sq = SQUARE(id(6));
    printf("sq=%d calls=%d\n", sq, calls);

    calls = 0;
    printf("str=%s calls=%d\n", STR(id(1) + 2), calls);
    printf("xstr=%s\n", XSTR(VERSION));

    int CAT(var, 1) = id(11);
    int CAT(var, 2) = id(VERSION);
    printf("var1=%d var2=%d\n", var1, var2);

    int vals[] = { 4, 8, 15, 16, 23, 42 };
    int total = 0;
    for (unsigned i = 0; i < ARRAY_LEN(vals); i++)
        total += id(vals[i]);
    printf("len=%zu total=%d\n", ARRAY_LEN(vals), total);
    return MIN(id(total), id(1000));
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: min=3 max=7
// CHECK-NEXT: max=5 calls=3
// CHECK-NEXT: sq=36 calls=2
// CHECK-NEXT: str=id(1) + 2 calls=0
// CHECK-NEXT: xstr=42
// CHECK-NEXT: var1=11 var2=42
// CHECK-NEXT: len=6 total=108
// CHECK-NEXT: result=108
// CHECK-NEXT: done
