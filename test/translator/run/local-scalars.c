// Scalar locals of every basic type (char, signed/unsigned char, short, int, unsigned, long, long long, unsigned long long, float, double, long double, _Bool, size_t) keep value and type across suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static double idd(double x) { ac_delay(1); return x; }

SUSPEND static int main_co(void)
{
    int i = -123456;
    char c = 'Q';
    signed char sc = -100;
    unsigned char uc = 250;
    short sh = -30000;
    unsigned u = 4000000000u;
    long l = -1234567L;
    long long ll = -9000000000000000000LL;
    unsigned long long ull = 18000000000000000000ULL;
    float f = 3.5f;
    double d = -0.125;
    long double ld = 1.5L;
    _Bool b = 1;
    size_t z = sizeof(long long);
    ac_yield();
    printf("i=%d c=%c sc=%d uc=%u sh=%d u=%u\n", i, c, sc, uc, sh, u);
    printf("l=%ld ll=%lld ull=%llu\n", l, ll, ull);
    printf("f=%.3f d=%.4f ld=%.2Lf b=%d z=%zu\n", f, d, ld, b, z);

    i = i * id(2);
    c = (char)(c + id(2));
    sc = (signed char)(sc + id(27));
    uc = (unsigned char)(uc + id(10));          /* 260 wraps to 4 */
    sh = (short)(sh + id(1000));
    u = u + (unsigned)id(500000000);            /* wraps modulo 2^32 */
    l = l - id(3);
    ll = ll / id(1000);
    ull = ull + (unsigned long long)id(1);
    f = f + (float)idd(0.25);
    d = d * idd(8.0);
    ld = ld * (long double)idd(3.0);
    b = !id(b);
    _Bool b2 = id(5);                           /* any non-zero becomes 1 */
    z = z + (size_t)id(2);
    ac_delay(1);
    printf("i=%d c=%c sc=%d uc=%u sh=%d u=%u\n", i, c, sc, uc, sh, u);
    printf("l=%ld ll=%lld ull=%llu\n", l, ll, ull);
    printf("f=%.3f d=%.4f ld=%.2Lf b=%d b2=%d z=%zu\n", f, d, ld, b, b2, z);
    return c + uc;
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
// CHECK: i=-123456 c=Q sc=-100 uc=250 sh=-30000 u=4000000000
// CHECK-NEXT: l=-1234567 ll=-9000000000000000000 ull=18000000000000000000
// CHECK-NEXT: f=3.500 d=-0.1250 ld=1.50 b=1 z=8
// CHECK-NEXT: i=-246912 c=S sc=-73 uc=4 sh=-29000 u=205032704
// CHECK-NEXT: l=-1234570 ll=-9000000000000000 ull=18000000000000000001
// CHECK-NEXT: f=3.750 d=-1.0000 ld=4.50 b=0 b2=1 z=10
// CHECK-NEXT: result 87
// CHECK-NEXT: done
