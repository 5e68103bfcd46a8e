// Shadowed names: nested blocks re-declaring a local (with other types) and a parameter, the same name in sibling blocks, and for-init declarations, each read after yields; outer variables are untouched
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int shadow(int n)
{
    int x = 1;
    const char *tag = "outer";
    {
        int x = 2;
        ac_yield();
        {
            double x = 3.5;
            int n = id(40);
            ac_yield();
            printf("inner: x=%.1f n=%d\n", x, n);
            {
                char x = 'z';
                ac_yield();
                printf("innermost: x=%c\n", x);
            }
            x += id(1);
            printf("inner again: x=%.1f n=%d\n", x, n);
        }
        ac_yield();
        printf("middle: x=%d n=%d\n", x, n);
        x = id(x * 10);
        printf("middle: x=%d\n", x);
    }
    ac_yield();
    printf("outer: x=%d tag=%s n=%d\n", x, tag, n);
    {
        long tag = 100L;
        ac_yield();
        tag += id(5);
        printf("sibling1: tag=%ld\n", tag);
        x += (int)tag;
    }
    {
        const char *tag = "sibling2";
        int x = id(-3);
        ac_yield();
        printf("sibling2: tag=%s x=%d\n", tag, x);
    }
    for (int k = 0; k < 2; k++) {
        int x = k * 100;
        ac_yield();
        printf("loop: k=%d x=%d\n", k, x);
    }
    for (int x = 5; x < 7; x++) {
        ac_yield();
        printf("for-x: %d\n", x);
    }
    printf("end: x=%d tag=%s\n", x, tag);
    return x + n;
}

SUSPEND static int main_co(void)
{
    return shadow(7);
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
// CHECK: inner: x=3.5 n=40
// CHECK-NEXT: innermost: x=z
// CHECK-NEXT: inner again: x=4.5 n=40
// CHECK-NEXT: middle: x=2 n=7
// CHECK-NEXT: middle: x=20
// CHECK-NEXT: outer: x=1 tag=outer n=7
// CHECK-NEXT: sibling1: tag=105
// CHECK-NEXT: sibling2: tag=sibling2 x=-3
// CHECK-NEXT: loop: k=0 x=0
// CHECK-NEXT: loop: k=1 x=100
// CHECK-NEXT: for-x: 5
// CHECK-NEXT: for-x: 6
// CHECK-NEXT: end: x=106 tag=outer
// CHECK-NEXT: result 113
// CHECK-NEXT: done
