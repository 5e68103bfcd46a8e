// sizeof(f(1)), sizeof f(2), __typeof__ and _Generic controlling expressions containing suspend calls are not evaluated: the call counter stays 0 until a real call.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct Big { char data[100]; };

static int calls;

SUSPEND static int f(int v) { calls++; ac_yield(); return v; }
SUSPEND static double fd(double v) { calls++; ac_yield(); return v; }
SUSPEND static struct Big big(void) {
    calls++;
    struct Big b = {{0}};
    ac_yield();
    return b;
}
SUSPEND static int mixed(void) { return (int)sizeof(f(9)) + f(1); }

SUSPEND static int main_co(void) {
    int arr[6] = {0};
    size_t a = sizeof(f(1));
    size_t b = sizeof f(2);
    size_t c = sizeof(fd(1.0));
    size_t d = sizeof(big());
    size_t e = sizeof(big().data);
    size_t g = sizeof(f(1) + fd(2.0));
    size_t h = sizeof(arr[f(0)]);
    size_t i = sizeof(char[sizeof(f(3))]);
    printf("sizes %zu %zu %zu %zu %zu %zu %zu %zu calls=%d\n", a, b, c, d, e, g, h, i, calls);

    __typeof__(f(3)) y = 7;
    __typeof__(fd(1.0)) z = 0.5;
    int gen = _Generic(f(1), int: 1, default: 0) + _Generic(fd(1.0), double: 10, default: 0);
    printf("typeof y=%d z=%.1f gen=%d calls=%d\n", y, z, gen, calls);

    int real = f(5);
    printf("real=%d calls=%d\n", real, calls);
    double rd = fd(2.5);
    struct Big bb = big();
    printf("rd=%.1f bb=%d calls=%d\n", rd, bb.data[99], calls);

    calls = 0;
    int m = mixed();
    printf("mixed=%d calls=%d\n", m, calls);
    return (int)a;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: sizes 4 4 8 100 100 8 4 4 calls=0
// CHECK-NEXT: typeof y=7 z=0.5 gen=11 calls=0
// CHECK-NEXT: real=5 calls=1
// CHECK-NEXT: rd=2.5 bb=0 calls=3
// CHECK-NEXT: mixed=5 calls=1
// CHECK-NEXT: result=4
// CHECK-NEXT: done
