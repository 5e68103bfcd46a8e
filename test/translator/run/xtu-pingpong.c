// Mutual recursion across translation units: xtu_ping (in Inputs/xtu_pingpong.c) and xtu_pong (here) call each other 1000 levels deep, both declared SUSPEND in a shared header.
// RUN: %asyncc %s -o %t.main.c -- -I%inputs
// RUN: %asyncc %inputs/xtu_pingpong.c -o %t.lib.c -- -I%inputs
// RUN: %gcc -I%inputs %t.main.c %t.lib.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang -I%inputs %t.main.c %t.lib.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc -I%inputs %s %inputs/xtu_pingpong.c %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#include "xtu_pingpong.h"

static int pongs;

SUSPEND long xtu_pong(long n) {
    if (n == 0)
        return 0;
    pongs++;
    ac_delay(0);
    return xtu_ping(n - 1) + 2;
}

SUSPEND static int main_co(void) {
    printf("ping(0)=%ld\n", xtu_ping(0));
    printf("ping(1)=%ld\n", xtu_ping(1));
    printf("pong(3)=%ld\n", xtu_pong(3));
    pongs = 0;
    long r = xtu_ping(1000);
    printf("ping(1000)=%ld pongs=%d\n", r, pongs);
    return (int)r;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// ping(1) = pong(0) + 1 = 1; pong(3) = ping(2) + 2 = pong(1) + 3 = ping(0) + 5 = 5
// ping(1000): 500 pings (+1) at even n, 500 pongs (+2) at odd n
// CHECK: ping(0)=0
// CHECK-NEXT: ping(1)=1
// CHECK-NEXT: pong(3)=5
// CHECK-NEXT: ping(1000)=1500 pongs=500
// CHECK-NEXT: result=1500
// CHECK-NEXT: done
