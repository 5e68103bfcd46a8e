// ac_run_test: delays of hours take no real time.  The virtual clock jumps
// to the earliest timer whenever nothing is ready; ac_test_current_time()
// reads it (ms since the test began).  The values are exact: that is the
// check, not a timing assertion.  ac_test_current_time() outside a test
// is -1, and a plain ac_run_blocking's loop is not virtual.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#define HOUR (3600 * 1000LL)

SUSPEND static void sleeper(const char *name, int64_t ms) {
    ac_delay(ms);
    printf("%s at %lld\n", name, (long long)ac_test_current_time());
}

SUSPEND static int main_co(void) {
    printf("start at %lld\n", (long long)ac_test_current_time());
    ac_delay(HOUR);
    printf("one hour: %lld\n", (long long)ac_test_current_time());
    ac_coroutine_scope(s) {
        ac_launch(s, sleeper("day", 24 * HOUR));
        ac_launch(s, sleeper("week", 7 * 24 * HOUR));
        ac_launch(s, sleeper("minute", 60 * 1000));
    }
    printf("scope over at %lld\n", (long long)ac_test_current_time());
    ac_delay(0);                        /* does not suspend, no time passes */
    ac_yield();
    printf("after yield %lld\n", (long long)ac_test_current_time());
    return 7;
}

int main(void) {
    printf("outside %lld\n", (long long)ac_test_current_time());
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    /* a second test starts at 0 again */
    err = ac_run_test(({ ac_delay(5); printf("second test at %lld\n", (long long)ac_test_current_time()); }), NULL);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    /* run_blocking is not a test: -1 */
    err = ac_run_blocking(({ ac_delay(1); printf("run_blocking %lld\n", (long long)ac_test_current_time()); }), NULL);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    return 0;
}
// CHECK: outside -1
// CHECK-NEXT: start at 0
// CHECK-NEXT: one hour: 3600000
// CHECK-NEXT: minute at 3660000
// CHECK-NEXT: day at 90000000
// CHECK-NEXT: week at 608400000
// CHECK-NEXT: scope over at 608400000
// CHECK-NEXT: after yield 608400000
// CHECK-NEXT: result=7
// CHECK-NEXT: second test at 5
// CHECK-NEXT: run_blocking -1
