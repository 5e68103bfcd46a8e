// ac_async + AC_AWAIT(int, d): awaiting the slower deferred first lets the faster one finish meanwhile; awaiting it afterwards yields its value at once; awaits inside expressions.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int compute(int x, int ms) {
    ac_delay(ms);
    printf("computed %d\n", x);
    return x * 2;
}

SUSPEND static int main_co(void) {
    int total = 0;
    ac_coroutine_scope(s) {
        ac_deferred *a = ac_async(s, compute(1, 30));
        ac_deferred *b = ac_async(s, compute(2, 10));
        printf("launched\n");
        int va = AC_AWAIT(int, a);
        printf("a=%d\n", va);
        int vb = AC_AWAIT(int, b);
        printf("b=%d\n", vb);
        ac_deferred *c = ac_async(s, compute(20, 10));
        ac_deferred *d = ac_async(s, compute(300, 20));
        total = va + vb + AC_AWAIT(int, c) * AC_AWAIT(int, d);
        printf("total=%d\n", total);
    }
    printf("after scope\n");
    return total;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// P launches a (30 ms) and b (10 ms), prints "launched", suspends awaiting a.
// a and b arm their timers; b wakes first ("computed 2"), then a ("computed 1"),
// which resumes P: a=2; b is already complete: b=4.
// c (10 ms) and d (20 ms) both run while P awaits them (in whichever order
// the two awaits are evaluated, c wakes before d): c=40, d=600.
// total = 2 + 4 + 40 * 600 = 24006.
// CHECK: launched
// CHECK-NEXT: computed 2
// CHECK-NEXT: computed 1
// CHECK-NEXT: a=2
// CHECK-NEXT: b=4
// CHECK-NEXT: computed 20
// CHECK-NEXT: computed 300
// CHECK-NEXT: total=24006
// CHECK-NEXT: after scope
// CHECK-NEXT: result=24006
// CHECK-NEXT: done
