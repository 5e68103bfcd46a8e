// ac_await(d) awaits a deferred with no value (an async of a void call or of
// a void inline body, Kotlin's Deferred<Unit>): it waits, and rethrows the
// failure; awaiting again gives the same.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void work(int fail) {
    ac_delay(5);
    if (fail) ac_throw(ac_error_new(&AC_IO_ERROR, "disk full"));
    printf("work done\n");
}

SUSPEND static void main_co(void) {
    ac_supervisor_scope(s) {
        ac_deferred *ok = ac_async(s, work(0));
        ac_await(ok);
        printf("awaited ok: completed=%d\n", ac_job_is_completed(ok));
        ac_deferred *bad = ac_async(s, ({ ac_yield(); work(1); }));
        for (int i = 0; i < 2; i++) {
            ac_try {
                ac_await(bad);
                printf("not reached\n");
            } ac_catch (e) {
                printf("await %d: %s: %s\n", i, ac_error_type_name(e), ac_error_message(e));
            }
        }
    }
}

int main(void) {
    ac_error *err = ac_run_test(main_co(), NULL);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("done\n");
    return 0;
}
// CHECK: work done
// CHECK-NEXT: awaited ok: completed=1
// CHECK-NEXT: await 0: IOException: disk full
// CHECK-NEXT: await 1: IOException: disk full
// CHECK-NEXT: done
