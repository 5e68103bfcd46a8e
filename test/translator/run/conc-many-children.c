// 1000 children each yield once and then add to a shared counter: the parent sees 0 after its first yield (every child is parked after its yield), 500500 after its second; children add in launch order.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#define N 1000

static long counter;
static int order[N];
static int finished;

SUSPEND static void add(int k) {
    ac_yield();
    counter += k;
    order[finished++] = k;
}

SUSPEND static int main_co(void) {
    ac_coroutine_scope(s) {
        for (int i = 1; i <= N; i++)
            ac_launch(s, add(i));
        printf("launched counter=%ld\n", counter);
        ac_yield();
        printf("after one yield counter=%ld finished=%d\n", counter, finished);
        ac_yield();
        printf("after two yields counter=%ld finished=%d\n", counter, finished);
    }
    int in_order = 1;
    for (int i = 0; i < N; i++)
        if (order[i] != i + 1)
            in_order = 0;
    printf("after scope counter=%ld finished=%d in_order=%d\n", counter, finished, in_order);
    return finished;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// Queue after the launches: [c1 .. c1000]; P yields -> [c1 .. c1000 P].
// Each child runs to its ac_yield and goes to the back: [P c1 .. c1000].
// P prints 0, yields -> [c1 .. c1000 P]; each child adds and ends, in order;
// P prints 500500 (= 1000 * 1001 / 2).
// CHECK: launched counter=0
// CHECK-NEXT: after one yield counter=0 finished=0
// CHECK-NEXT: after two yields counter=500500 finished=1000
// CHECK-NEXT: after scope counter=500500 finished=1000 in_order=1
// CHECK-NEXT: result=1000
// CHECK-NEXT: done
