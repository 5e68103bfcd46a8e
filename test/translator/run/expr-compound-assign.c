// Suspend calls on the right of every compound assignment operator, on array elements, pointers, struct members, and with the left operand also read by the call's argument.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static double did(double x) { ac_delay(1); return x; }

SUSPEND static int main_co(void) {
    int x = 5;
    x += id(1);
    printf("+= %d\n", x);
    x *= id(2);
    printf("*= %d\n", x);
    x <<= id(1);
    printf("<<= %d\n", x);
    x -= id(4);
    printf("-= %d\n", x);
    x /= id(3);
    printf("/= %d\n", x);
    x %= id(4);
    printf("%%= %d\n", x);
    x |= id(8);
    printf("|= %d\n", x);
    x &= id(14);
    printf("&= %d\n", x);
    x ^= id(3);
    printf("^= %d\n", x);
    x >>= id(1);
    printf(">>= %d\n", x);
    x += id(x);
    printf("self %d\n", x);

    int a[4] = {10, 20, 30, 40};
    int i = 2;
    a[i] -= id(3);
    a[id(0)] += id(5);
    a[id(1)] *= a[id(3)] - id(38);
    int *p = &a[3];
    *p += id(2);
    p[id(-1)] -= id(7);
    printf("a=%d %d %d %d\n", a[0], a[1], a[2], a[3]);

    double d = 1.5;
    d *= did(4.0);
    d -= id(1);
    printf("d=%.2f\n", d);

    unsigned u = 1;
    u <<= id(31);
    printf("u=%u\n", u);

    long long ll = 1;
    ll += (long long)id(1000000) * id(1000000);
    printf("ll=%lld\n", ll);

    char c = 'a';
    c += (char)id(2);
    printf("c=%c\n", c);

    struct { int f; double g; } s = { 1, 0.5 };
    s.f += id(41);
    s.g *= did(3.0);
    printf("s=%d %.1f\n", s.f, s.g);

    int acc = 0;
    for (int k = 1; k <= 5; k++)
        acc += id(k) * k;
    printf("acc=%d\n", acc);
    return x;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: += 6
// CHECK-NEXT: *= 12
// CHECK-NEXT: <<= 24
// CHECK-NEXT: -= 20
// CHECK-NEXT: /= 6
// CHECK-NEXT: %= 2
// CHECK-NEXT: |= 10
// CHECK-NEXT: &= 10
// CHECK-NEXT: ^= 9
// CHECK-NEXT: >>= 4
// CHECK-NEXT: self 8
// CHECK-NEXT: a=15 40 20 42
// CHECK-NEXT: d=5.00
// CHECK-NEXT: u=2147483648
// CHECK-NEXT: ll=1000000000001
// CHECK-NEXT: c=c
// CHECK-NEXT: s=42 1.5
// CHECK-NEXT: acc=55
// CHECK-NEXT: result=8
// CHECK-NEXT: done
