// Locals declared inside for/while/do bodies (scalars, arrays, anonymous structs, declarations after a suspension) are freshly initialised on every iteration and survive the suspensions inside the iteration
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    int total = 0;
    for (int i = 0; i < 3; i++) {
        int sq = id(i * i);
        int buf[3] = {i, i + 1, 0};
        ac_yield();
        buf[2] = sq + buf[0];
        int late = id(buf[2]) * 2;
        ac_yield();
        printf("for i=%d sq=%d buf=%d,%d,%d late=%d\n", i, sq, buf[0], buf[1],
               buf[2], late);
        total += late;
    }
    int n = 3;
    while (n > 0) {
        char word[8] = "ab";
        word[2] = (char)('a' + id(n));
        ac_yield();
        printf("while n=%d word=%s\n", n, word);
        n--;
    }
    do {
        struct { int a, b; } p = {n, n * 2};
        ac_yield();
        p.a += id(1);
        printf("do n=%d p=(%d,%d)\n", n, p.a, p.b);
        n++;
    } while (n < 2);
    return total + n;
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
// CHECK: for i=0 sq=0 buf=0,1,0 late=0
// CHECK-NEXT: for i=1 sq=1 buf=1,2,2 late=4
// CHECK-NEXT: for i=2 sq=4 buf=2,3,6 late=12
// CHECK-NEXT: while n=3 word=abd
// CHECK-NEXT: while n=2 word=abc
// CHECK-NEXT: while n=1 word=abb
// CHECK-NEXT: do n=0 p=(1,0)
// CHECK-NEXT: do n=1 p=(2,2)
// CHECK-NEXT: result 18
// CHECK-NEXT: done
