// ac_run_test and other dispatchers: a coroutine of the test that goes to
// Default (ac_with_context) runs there on real time, and the virtual clock
// waits for it to come back, so a timer of the test due meanwhile still
// fires after it (the order does not depend on how long the real work
// took).  ac_test_current_time() on Default reads the test's clock.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static long long now(void) { return (long long)ac_test_current_time(); }

SUSPEND static void body(void) {
    ac_coroutine_scope(s) {
        ac_launch(s, ({ ac_delay(10); printf("virtual timer at %lld\n", now()); }));
        ac_with_context(ac_ctx_dispatcher(ac_dispatcher_default())) {
            ac_delay(30);               /* 30 real ms on Default's timers */
            printf("on Default, test time %lld\n", now());
        }
        printf("back at %lld\n", now());
        ac_delay(5);
        printf("after delay %lld\n", now());
    }
    printf("end at %lld\n", now());
}

int main(void) {
    ac_error *err = ac_run_test(body(), NULL);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("done\n");
    return 0;
}
// CHECK: on Default, test time 0
// CHECK-NEXT: back at 0
// CHECK-NEXT: after delay 5
// CHECK-NEXT: virtual timer at 10
// CHECK-NEXT: end at 10
// CHECK-NEXT: done
