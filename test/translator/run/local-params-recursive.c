// Every activation of a recursive suspend function keeps its own parameters and locals across the suspensions of deeper activations
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static long rec(int n, char tag, long scale)
{
    int mine = n * 1000;
    if (n == 0) {
        ac_yield();
        return 0;
    }
    long below = rec(n - 1, (char)(tag + 1), scale * 2);
    ac_yield();
    printf("level n=%d tag=%c scale=%ld mine=%d below=%ld\n", n, tag, scale, mine, below);
    return below + id(n) * scale;
}

SUSPEND static int main_co(void)
{
    int before = id(5);
    long v = rec(4, 'a', 1);
    printf("before=%d v=%ld\n", before, v);
    return (int)v;
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
// CHECK: level n=1 tag=d scale=8 mine=1000 below=0
// CHECK-NEXT: level n=2 tag=c scale=4 mine=2000 below=8
// CHECK-NEXT: level n=3 tag=b scale=2 mine=3000 below=16
// CHECK-NEXT: level n=4 tag=a scale=1 mine=4000 below=22
// CHECK-NEXT: before=5 v=26
// CHECK-NEXT: result 26
// CHECK-NEXT: done
