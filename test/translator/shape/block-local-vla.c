// A VLA in a block that does not suspend stays an ordinary C local of the
// resume function; frame variables in its size expression (and in a typeof
// operand of a declaration) are rewritten to the frame like any other use.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck --check-prefix=OUT %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck --check-prefix=OUT %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck --check-prefix=OUT %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND int work(int n)
{
    int extra = 2;
    ac_yield();
    int total = 0;
    // CHECK: {{^}}        int a[ac__fr->n_{{[0-9]+}} + ac__fr->extra_{{[0-9]+}}];{{$}}
    // CHECK: {{^}}        __typeof__(ac__fr->extra_{{[0-9]+}}) k;{{$}}
    {
        int a[n + extra];
        __typeof__(extra) k;
        for (k = 0; k < n + extra; k++)
            a[k] = k * k;
        for (k = 0; k < n + extra; k++)
            total += a[k];
        printf("vla of %zu ints\n", sizeof a / sizeof a[0]);
    }
    ac_yield();
    return total;
}

int main(void)
{
    int r = 0;
    if (ac_run_blocking(work(3), &r)) return 1;
    // OUT: vla of 5 ints
    // OUT-NEXT: total=30
    printf("total=%d\n", r);
    return 0;
}
