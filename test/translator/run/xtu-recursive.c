// A recursive cross-TU call chain: this file's recursive suspend function calls the library's xtu_chain, which recurses 10000 deep inside the other translation unit, yielding on every level.
// RUN: %asyncc %s -o %t.main.c -- -I%inputs
// RUN: %asyncc %inputs/xtu_lib.c -o %t.lib.c -- -I%inputs
// RUN: %gcc -I%inputs %t.main.c %t.lib.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang -I%inputs %t.main.c %t.lib.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc -I%inputs %s %inputs/xtu_lib.c %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#include "xtu_lib.h"

/* levels of this file's recursion, each adding xtu_chain(10000) */
SUSPEND static long outer(int levels) {
    if (levels == 0)
        return 0;
    long mine = xtu_chain(10000);
    ac_yield();
    return mine + outer(levels - 1);
}

SUSPEND static int main_co(void) {
    printf("chain(0)=%ld\n", xtu_chain(0));
    printf("chain(10)=%ld\n", xtu_chain(10));
    xtu_calls = 0;
    long big = xtu_chain(10000);
    printf("chain(10000)=%ld calls=%d\n", big, xtu_calls);
    printf("outer(3)=%ld\n", outer(3));
    return (int)(big % 1000);
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: chain(0)=0
// CHECK-NEXT: chain(10)=55
// CHECK-NEXT: chain(10000)=50005000 calls=10001
// CHECK-NEXT: outer(3)=150015000
// CHECK-NEXT: result=0
// CHECK-NEXT: done
