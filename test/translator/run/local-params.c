// Parameters of many types (int, char, long long, double, float, unsigned short, pointer, struct by value, out-pointer) keep their values across suspensions, and keep their types when modified after one
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct pair { int a; long b; };

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int deep2(int x) { ac_yield(); return id(x); }
SUSPEND static int deep3(int x) { int y = deep2(x); ac_yield(); return y; }

SUSPEND static double params(int i, char c, long long ll, double d, float f,
                             unsigned short us, const char *s, struct pair p,
                             int *out)
{
    ac_yield();
    printf("entry: i=%d c=%c ll=%lld d=%.3f f=%.2f us=%u s=%s p={%d,%ld}\n",
           i, c, ll, d, f, (unsigned)us, s, p.a, p.b);
    i += id(10);
    c = (char)(c + deep3(1));
    ll *= id(3);
    ac_delay(1);
    d = d / 2;
    f = f * (float)deep2(2);
    us = (unsigned short)(us + id(1000)); /* 66000 wraps to 464 */
    s = s + id(2);
    p.a = deep3(p.a * 2);
    p.b -= id(5);
    ac_yield();
    printf("modified: i=%d c=%c ll=%lld d=%.3f f=%.2f us=%u s=%s p={%d,%ld}\n",
           i, c, ll, d, f, (unsigned)us, s, p.a, p.b);
    *out = i + p.a;
    return d + f;
}

SUSPEND static int three(int a, int b, int c)
{
    int x = id(a);
    int y = deep3(b);
    int z = id(c);
    printf("three: a=%d b=%d c=%d x=%d y=%d z=%d\n", a, b, c, x, y, z);
    return a * 100 + b * 10 + c;
}

SUSPEND static int main_co(void)
{
    int out = 0;
    double r = params(-7, 'x', 123456789012LL, 2.5, 1.25f, 65000, "abcdef",
                      (struct pair){3, -40L}, &out);
    printf("out=%d r=%.3f\n", out, r);
    int t = three(1, 2, 3);
    printf("t=%d\n", t);
    return (int)(r * 4) + t;
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
// CHECK: entry: i=-7 c=x ll=123456789012 d=2.500 f=1.25 us=65000 s=abcdef p={3,-40}
// CHECK-NEXT: modified: i=3 c=y ll=370370367036 d=1.250 f=2.50 us=464 s=cdef p={6,-45}
// CHECK-NEXT: out=9 r=3.750
// CHECK-NEXT: three: a=1 b=2 c=3 x=1 y=2 z=3
// CHECK-NEXT: t=123
// CHECK-NEXT: result 138
// CHECK-NEXT: done
