// Suspend functions with many parameters (10 of mixed types incl. structs, double, float, short, pointer, array parameter); params survive suspensions, are modified locally, and are passed suspend-call arguments.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct Vec { double x, y, z; };
struct Tag { char name[8]; int n; };

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static struct Vec mkvec(double x, double y, double z) {
    ac_yield();
    struct Vec v = { x, y, z };
    return v;
}

SUSPEND static double many(int a, double b, char c, long long d, struct Vec v,
                           unsigned e, const char *s, struct Tag t, float f, short g) {
    ac_yield();
    printf("a=%d b=%.2f c=%c d=%lld v=(%.1f,%.1f,%.1f) e=%u s=%s t=%s/%d f=%.2f g=%d\n",
           a, b, c, d, v.x, v.y, v.z, e, s, t.name, t.n, (double)f, g);
    ac_delay(1);
    return a + b + c + (double)d + v.x + v.y + v.z + (double)e + t.n + f + g;
}

SUSPEND static int mutate(int a, int b, int c, int d, int e, int f, int g, int h, int i) {
    a += id(1);
    b *= id(2);
    ac_yield();
    c = c - d;
    d = id(e + f);
    g++;
    ac_yield();
    h = h * i;
    return a + b + c + d + e + f + g + h + i;
}

SUSPEND static int sum_arr(int n, int arr[8], const int *other) {
    int s = 0;
    for (int k = 0; k < n; k++) {
        s += arr[k] * other[k];
        ac_yield();
    }
    arr[0] = s;
    return s;
}

SUSPEND static long chain10(long a, long b, long c, long d, long e,
                            long f, long g, long h, long i, long j) {
    if (a == 0)
        return b + c + d + e + f + g + h + i + j;
    ac_yield();
    return chain10(a - 1, c, d, e, f, g, h, i, j, b + 1);
}

SUSPEND static int main_co(void) {
    struct Vec v = { 1.0, 2.0, 3.0 };
    struct Tag tag = { "tag", 9 };
    double r = many(1, 2.5, 'A', 4LL, v, 5u, "six", tag, 7.25f, (short)8);
    printf("r=%.2f\n", r);

    struct Tag tag2 = { "t2", 1 };
    double r2 = many(id(2), (double)id(3), (char)id('z'), (long long)id(1) << 40, mkvec(0.5, id(1), 2.0),
                     (unsigned)id(7), "arg", tag2, 0.5f, (short)id(-3));
    printf("r2=%.2f\n", r2);

    int m = mutate(1, 2, 3, 4, 5, 6, 7, 8, 9);
    printf("mutate=%d\n", m);

    int arr[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    int other[8] = { 8, 7, 6, 5, 4, 3, 2, 1 };
    int s = sum_arr(8, arr, other);
    printf("sum_arr=%d arr0=%d\n", s, arr[0]);

    printf("chain10=%ld\n", chain10(20, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    printf("v=(%.1f,%.1f,%.1f) tag=%s/%d\n", v.x, v.y, v.z, tag.name, tag.n);
    return m;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: a=1 b=2.50 c=A d=4 v=(1.0,2.0,3.0) e=5 s=six t=tag/9 f=7.25 g=8
// CHECK-NEXT: r=107.75
// CHECK-NEXT: a=2 b=3.00 c=z d=1099511627776 v=(0.5,1.0,2.0) e=7 s=arg t=t2/1 f=0.50 g=-3
// CHECK-NEXT: r2=1099511627912.00
// CHECK-NEXT: mutate=116
// CHECK-NEXT: sum_arr=120 arr0=120
// CHECK-NEXT: chain10=65
// CHECK-NEXT: v=(1.0,2.0,3.0) tag=tag/9
// CHECK-NEXT: result=116
// CHECK-NEXT: done
