// Try statements inside for, while and do loops, with suspension points in
// the try, catch and finally blocks, thousands of iterations: every
// iteration's error is caught once and every finally block runs once.  The
// totals match a plain C computation of the same sums.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>

SUSPEND static int work(int i) {
    if (i % 3 == 0)
        ac_yield();
    if (i % 5 == 4)
        ac_throw(ac_error_new(&AC_ERROR, "%d", i));
    return i;
}

struct totals { long sum; int caught, finallies; };

SUSPEND static struct totals run(int n) {
    struct totals t = {0, 0, 0};
    for (int i = 0; i < n; i++) {
        ac_try {
            t.sum += work(i);
        } ac_catch (e) {
            ac_yield();
            t.caught++;
            t.sum -= atoi(ac_error_message(e));
        } ac_finally {
            if (i % 2)
                ac_yield();
            t.finallies++;
        }
    }
    int i = 0;
    while (work(i * 5) >= 0 && i < n) { /* work(5k) never throws */
        ac_try {
            if (work(i) > 0)
                ac_yield();
        } ac_catch (e) {
            t.caught++;
            ac_yield();
            t.sum -= 2 * atoi(ac_error_message(e));
        } ac_finally {
            t.finallies++;
            ac_yield();
        }
        i++;
    }
    i = 0;
    do {
        ac_try {
            t.sum += work(i) * 3;
        } ac_catch (e) {
            (void)e;
            t.caught++;
        } ac_finally {
            ac_yield();
            t.finallies++;
        }
    } while (++i < n);
    return t;
}

int main(void) {
    int n = 3000;
    struct totals t;
    ac_error *err = ac_run_blocking(run(n), &t);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    long sum = 0;
    int caught = 0;
    for (int i = 0; i < n; i++) sum += i % 5 == 4 ? (caught++, -i) : i;
    for (int i = 0; i < n; i++) if (i % 5 == 4) { caught++; sum -= 2 * i; }
    for (int i = 0; i < n; i++) if (i % 5 == 4) caught++; else sum += 3 * i;
    printf("sum=%ld expected=%ld\n", t.sum, sum);
    printf("caught=%d expected=%d\n", t.caught, caught);
    printf("finallies=%d expected=%d\n", t.finallies, 3 * n);
    return 0;
}
// CHECK:      sum=[[SUM:-?[0-9]+]] expected=[[SUM]]{{$}}
// CHECK-NEXT: caught=[[C:[0-9]+]] expected=[[C]]{{$}}
// CHECK-NEXT: finallies=9000 expected=9000
