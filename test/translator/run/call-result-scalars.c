// Suspend functions returning int, double, float, char, long long, unsigned, unsigned long long, short, _Bool, size_t, long double; results kept across later suspensions and chained.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stddef.h>
#include <stdio.h>

SUSPEND static int ri(int x) { ac_yield(); return -x; }
SUSPEND static double rd(double x) { ac_yield(); return x * 0.5; }
SUSPEND static float rf(float x) { ac_delay(1); return x + 0.25f; }
SUSPEND static char rc(char c) { ac_yield(); return (char)(c + 1); }
SUSPEND static long long rll(long long x) { ac_yield(); return x * 3; }
SUSPEND static unsigned ru(unsigned x) { ac_yield(); return x - 1u; }
SUSPEND static unsigned long long rull(void) { ac_yield(); return ~0ULL; }
SUSPEND static short rs(int x) { ac_yield(); return (short)(x * 2); }
SUSPEND static _Bool rb(int x) { ac_yield(); return x != 0; }
SUSPEND static size_t rsz(const char *s) {
    size_t n = 0;
    while (s[n]) { ac_yield(); n++; }
    return n;
}
SUSPEND static long double rld(long double x) { ac_yield(); return x / 4; }
SUSPEND static signed char rsc(int x) { ac_yield(); return (signed char)x; }

SUSPEND static int main_co(void) {
    int i = ri(5);
    double d = rd(3.0);
    float f = rf(1.0f);
    char c = rc('a');
    long long ll = rll(1LL << 40);
    unsigned u = ru(0);
    unsigned long long ull = rull();
    short sh = rs(-300);
    _Bool b0 = rb(0), b1 = rb(42);
    size_t n = rsz("seven!!");
    long double ld = rld(10.0L);
    signed char sc = rsc(-100);
    ac_yield();
    ac_delay(1);
    printf("int %d\n", i);
    printf("double %.3f\n", d);
    printf("float %.2f\n", (double)f);
    printf("char %c\n", c);
    printf("long long %lld\n", ll);
    printf("unsigned %u\n", u);
    printf("ull %llu\n", ull);
    printf("short %d\n", sh);
    printf("bool %d %d\n", b0, b1);
    printf("size_t %zu\n", n);
    printf("long double %.3Lf\n", ld);
    printf("signed char %d\n", sc);
    printf("chain double %.3f\n", rd(rd(8.0)));
    printf("chain ll %lld\n", rll(rll(1LL << 40)));
    printf("mixed %.2f\n", ri(2) + rd(1.0) + rf(0.5f));
    printf("char arith %d\n", rc('x') - rc('a'));
    return i;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: int -5
// CHECK-NEXT: double 1.500
// CHECK-NEXT: float 1.25
// CHECK-NEXT: char b
// CHECK-NEXT: long long 3298534883328
// CHECK-NEXT: unsigned 4294967295
// CHECK-NEXT: ull 18446744073709551615
// CHECK-NEXT: short -600
// CHECK-NEXT: bool 0 1
// CHECK-NEXT: size_t 7
// CHECK-NEXT: long double 2.500
// CHECK-NEXT: signed char -100
// CHECK-NEXT: chain double 2.000
// CHECK-NEXT: chain ll 9895604649984
// CHECK-NEXT: mixed -0.75
// CHECK-NEXT: char arith 23
// CHECK-NEXT: result=-5
// CHECK-NEXT: done
