// Arrays whose size comes from the initializer (char s[] = "hello", concatenated literals, brace lists, lists of suspend calls) keep size and contents across suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    char s[] = "hello";
    ac_yield();
    char u[] = "hello" ", " "world";
    int a[] = {1, 2, 3, 4, 5};
    char t[] = {'a', 'b', 'c'};
    char big[32] = "xy";
    int v[] = {id(10), id(20), id(30)};
    ac_yield();
    printf("sizes s=%zu u=%zu a=%zu t=%zu big=%zu v=%zu\n", sizeof s, sizeof u,
           sizeof a, sizeof t, sizeof big, sizeof v);
    printf("s=%s u=%s strlen(u)=%zu t=%c%c%c big=%s big[31]=%d\n", s, u,
           strlen(u), t[0], t[1], t[2], big, big[31]);
    s[0] = (char)id('j');
    u[5] = (char)id('!');
    big[2] = (char)id('z');
    ac_yield();
    int sum = 0;
    for (size_t i = 0; i < sizeof a / sizeof a[0]; i++)
        sum += a[i] * id(1);
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        sum += v[i];
    printf("s=%s u=%s big=%s sum=%d\n", s, u, big, sum);
    return sum;
}

int main(void)
{
    int r = 0;
    ac_error *err = ac_run_blocking(main_co(), &r);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result %d\n", r);
    puts("done");
    return 0;
}
// CHECK: sizes s=6 u=13 a=20 t=3 big=32 v=12
// CHECK-NEXT: s=hello u=hello, world strlen(u)=12 t=abc big=xy big[31]=0
// CHECK-NEXT: s=jello u=hello! world big=xyz sum=75
// CHECK-NEXT: result 75
// CHECK-NEXT: done
