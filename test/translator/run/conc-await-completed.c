// Awaiting a deferred that already completed (after a yield and after a delay) returns its value without waiting; awaiting the same deferred twice gives the same value.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int quick(int v) {
    printf("quick %d\n", v);
    return v * 3;
}

SUSPEND static int slowv(int v, int ms) {
    ac_delay(ms);
    printf("slowv %d\n", v);
    return v + 1000;
}

SUSPEND static int main_co(void) {
    int sum = 0;
    ac_coroutine_scope(s) {
        ac_deferred *d = ac_async(s, quick(5));
        printf("completed before=%d\n", ac_job_is_completed(d));
        ac_yield();
        printf("completed after yield=%d\n", ac_job_is_completed(d));
        int v = AC_AWAIT(int, d);
        printf("v=%d\n", v);
        int again = AC_AWAIT(int, d);
        printf("again=%d\n", again);

        ac_deferred *e = ac_async(s, slowv(7, 10));
        ac_delay(40);
        printf("after delay completed=%d\n", ac_job_is_completed(e));
        int w = AC_AWAIT(int, e);
        printf("w=%d\n", w);
        sum = v + again + w;
    }
    printf("after scope sum=%d\n", sum);
    return sum;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// d is queued, not run, until P yields: [d P].  d runs to completion
// ("quick 5"), then P sees it completed; both awaits return 15 at once.
// e (10 ms) completes while P sleeps 40 ms; the await returns 1007.
// CHECK: completed before=0
// CHECK-NEXT: quick 5
// CHECK-NEXT: completed after yield=1
// CHECK-NEXT: v=15
// CHECK-NEXT: again=15
// CHECK-NEXT: slowv 7
// CHECK-NEXT: after delay completed=1
// CHECK-NEXT: w=1007
// CHECK-NEXT: after scope sum=1037
// CHECK-NEXT: result=1037
// CHECK-NEXT: done
