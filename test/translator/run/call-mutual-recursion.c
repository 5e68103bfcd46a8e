// Mutual recursion between suspend functions declared by prototype first: is_even/is_odd 1000 deep (one yields every level), and a three-way cycle.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int is_odd(int n);

SUSPEND static int is_even(int n) {
    if (n == 0)
        return 1;
    ac_yield();
    return is_odd(n - 1);
}

SUSPEND static int is_odd(int n) {
    if (n == 0)
        return 0;
    return is_even(n - 1);
}

SUSPEND static long cyc_b(int n, long acc);
SUSPEND static long cyc_c(int n, long acc);

SUSPEND static long cyc_a(int n, long acc) {
    if (n <= 0)
        return acc;
    long mine = acc + 1;
    ac_yield();
    return cyc_b(n - 1, mine);
}
SUSPEND static long cyc_b(int n, long acc) {
    if (n <= 0)
        return acc;
    long r = cyc_c(n - 1, acc + 10);
    return r;
}
SUSPEND static long cyc_c(int n, long acc) {
    if (n <= 0)
        return acc;
    ac_delay(0);
    return cyc_a(n - 1, acc + 100);
}

SUSPEND static int main_co(void) {
    printf("is_even(1000)=%d\n", is_even(1000));
    printf("is_odd(1000)=%d\n", is_odd(1000));
    printf("is_even(999)=%d\n", is_even(999));
    printf("is_odd(999)=%d\n", is_odd(999));
    printf("is_even(0)=%d\n", is_even(0));
    printf("cycle(300)=%ld\n", cyc_a(300, 0));
    printf("cycle(7)=%ld\n", cyc_a(7, 0));
    return is_even(1000) + is_odd(999);
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: is_even(1000)=1
// CHECK-NEXT: is_odd(1000)=0
// CHECK-NEXT: is_even(999)=0
// CHECK-NEXT: is_odd(999)=1
// CHECK-NEXT: is_even(0)=1
// CHECK-NEXT: cycle(300)=11100
// CHECK-NEXT: cycle(7)=223
// CHECK-NEXT: result=2
// CHECK-NEXT: done
