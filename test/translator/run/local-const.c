// const-qualified locals (const int initialised from a suspend call, const double, const array, const struct, const pointer, pointer to const, const pointer to const) and a volatile local keep their values across suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct pt { int x, y; };

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    const int k = id(5);
    const double half = 0.5;
    const int primes[] = {2, 3, 5, 7};
    const struct pt origin = {id(1), 2};
    int x = 10;
    int *const cp = &x;
    const int *pc = &k;
    const char *const msg = "const";
    volatile int vv = 3;
    ac_yield();
    printf("k=%d half=%.1f primes=%d,%d,%d,%d origin=(%d,%d)\n", k, half,
           primes[0], primes[1], primes[2], primes[3], origin.x, origin.y);
    *cp = id(11);
    ac_yield();
    printf("x=%d *cp=%d *pc=%d msg=%s\n", x, *cp, *pc, msg);
    pc = &primes[id(3)];
    vv += id(4);
    ac_yield();
    int sum = 0;
    for (int i = 0; i < 4; i++)
        sum += primes[i] * id(k);
    printf("*pc=%d vv=%d sum=%d\n", *pc, vv, sum);
    return sum + k + origin.x;
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
// CHECK: k=5 half=0.5 primes=2,3,5,7 origin=(1,2)
// CHECK-NEXT: x=11 *cp=11 *pc=5 msg=const
// CHECK-NEXT: *pc=7 vv=7 sum=85
// CHECK-NEXT: result 91
// CHECK-NEXT: done
