// Children delaying 30, 10 and 20 ms finish in 10, 20, 30 order; two children that each delay twice interleave by deadline.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void sleeper(int ms) {
    ac_delay(ms);
    printf("woke %d\n", ms);
}

SUSPEND static void twice(const char *name, int first, int second) {
    ac_delay(first);
    printf("%s first\n", name);
    ac_delay(second);
    printf("%s second\n", name);
}

SUSPEND static int main_co(void) {
    ac_coroutine_scope(s) {
        ac_launch(s, sleeper(30));
        ac_launch(s, sleeper(10));
        ac_launch(s, sleeper(20));
        printf("launched\n");
    }
    printf("first scope over\n");
    ac_coroutine_scope(s) {
        ac_launch(s, twice("X", 10, 40));
        ac_launch(s, twice("Y", 30, 40));
    }
    printf("second scope over\n");
    return 0;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// First scope: all three arm their timers at ~t0, deadlines t0+30, t0+10,
// t0+20, so they wake in deadline order 10, 20, 30.
// Second scope: X wakes at ~10 and re-arms for ~50; Y wakes at ~30 and
// re-arms for ~70: X first (10), Y first (30), X second (50), Y second (70).
// CHECK: launched
// CHECK-NEXT: woke 10
// CHECK-NEXT: woke 20
// CHECK-NEXT: woke 30
// CHECK-NEXT: first scope over
// CHECK-NEXT: X first
// CHECK-NEXT: Y first
// CHECK-NEXT: X second
// CHECK-NEXT: Y second
// CHECK-NEXT: second scope over
// CHECK-NEXT: result=0
// CHECK-NEXT: done
