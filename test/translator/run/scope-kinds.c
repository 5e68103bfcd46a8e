// The other scope blocks: ac_supervisor_scope (a child's failure stays
// with the child), ac_with_timeout (the block is cancelled and throws a
// timeout), ac_with_timeout_or_null (a timeout ends the block quietly:
// ok = 0, or nothing with ok NULL; a timeout of 0 skips the block), ac_with_context with
// NonCancellable (its arguments are evaluated once, when the block opens).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void failing(void) {
    ac_yield();
    ac_throw(ac_error_new(&AC_ERROR, "supervised child failed"));
}

SUSPEND static void worker(void) {
    ac_delay(5);
    printf("sibling done\n");
}

static int evaluations;
static int64_t ms(int64_t v) {
    evaluations++;
    return v;
}

SUSPEND static int main_co(void) {
    ac_supervisor_scope(s) {
        ac_launch(s, failing());
        ac_launch(s, worker());
    }
    printf("supervisor scope ended\n");

    ac_try {
        ac_with_timeout(ms(10)) {
            ac_delay(1000);
            printf("not reached\n");
        }
    } ac_catch (e) {
        printf("timeout: %d\n", ac_error_is(e, &AC_TIMEOUT));
    }

    int ok = -1;
    ac_with_timeout_or_null(ms(10), &ok) {
        ac_delay(1000);
        printf("not reached\n");
    }
    printf("timed out quietly: ok=%d\n", ok);
    ac_with_timeout_or_null(ms(1000), &ok) {
        ac_delay(1);
    }
    printf("in time: ok=%d\n", ok);
    ac_with_timeout_or_null(0, &ok) {
        printf("not run\n");
    }
    printf("zero timeout: ok=%d\n", ok);
    ac_with_timeout_or_null(10, NULL) {         /* nobody asks: no store */
        ac_delay(1000);
    }
    ac_with_timeout_or_null(0, NULL) {
        printf("not run\n");
    }
    printf("timed out quietly, ok not asked for\n");

    ac_with_context(ac_non_cancellable) {
        ac_delay(1);
        printf("non-cancellable block\n");
    }
    printf("evaluations=%d\n", evaluations);
    return 0;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("done\n");
    return out;
}
// CHECK:      sibling done
// CHECK-NEXT: supervisor scope ended
// CHECK-NEXT: timeout: 1
// CHECK-NEXT: timed out quietly: ok=0
// CHECK-NEXT: in time: ok=1
// CHECK-NEXT: zero timeout: ok=0
// CHECK-NEXT: timed out quietly, ok not asked for
// CHECK-NEXT: non-cancellable block
// CHECK-NEXT: evaluations=3
// CHECK-NEXT: done
