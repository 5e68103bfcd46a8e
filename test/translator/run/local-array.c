// One-dimensional array locals (int, double, char buffer, partially initialised long array) keep their contents and array type (sizeof) across suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

static void print_ints(const char *tag, const int *a, int n)
{
    printf("%s:", tag);
    for (int i = 0; i < n; i++)
        printf(" %d", a[i]);
    printf("\n");
}

SUSPEND static int main_co(void)
{
    int a[10];
    double w[4] = {0.5, 1.5, 2.5, 3.5};
    char buf[16];
    long big[100] = {1, 2};
    for (int i = 0; i < 10; i++)
        a[i] = id(i * i);
    ac_yield();
    printf("sizeof a=%zu w=%zu buf=%zu big=%zu n=%zu\n", sizeof a, sizeof w,
           sizeof buf, sizeof big, sizeof a / sizeof a[0]);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
        sum += a[i];
        ac_yield();
    }
    double ws = 0;
    for (int i = 0; i < 4; i++)
        ws += w[i] * id(i + 1);
    snprintf(buf, sizeof buf, "s%d", sum);
    ac_yield();
    buf[0] = (char)id('S');
    long bigsum = 0;
    for (int i = 0; i < 100; i++)
        bigsum += big[i];
    big[99] = id(7);
    ac_yield();
    printf("sum=%d ws=%.2f buf=%s bigsum=%ld big[98]=%ld big[99]=%ld\n", sum,
           ws, buf, bigsum, big[98], big[99]);
    int *p = a + id(3);
    *p = -1;
    ac_yield();
    print_ints("a", a, 10);
    for (int i = 0, j = 9; i < j; i++, j--) {
        int t = a[i];
        a[i] = id(a[j]);
        a[j] = t;
    }
    print_ints("reversed", a, 10);
    return a[0];
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
// CHECK: sizeof a=40 w=32 buf=16 big=800 n=10
// CHECK-NEXT: sum=285 ws=25.00 buf=S285 bigsum=3 big[98]=0 big[99]=7
// CHECK-NEXT: a: 0 1 4 -1 16 25 36 49 64 81
// CHECK-NEXT: reversed: 81 64 49 36 25 16 -1 4 1 0
// CHECK-NEXT: result 81
// CHECK-NEXT: done
