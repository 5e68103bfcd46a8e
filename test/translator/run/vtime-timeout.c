// ac_run_test: ac_with_timeout, ac_with_timeout_or_null and select's
// ac_on_timeout run on the virtual clock, and fire at exactly the virtual
// ms.  A timeout and a delay due at the same instant: the one armed first
// wins (the timeout, as in kotlinx-coroutines-test).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static long long now(void) { return (long long)ac_test_current_time(); }

SUSPEND static void producer(ac_channel *ch, int64_t ms, int v) {
    ac_delay(ms);
    ac_channel_send(ch, &v);
}

SUSPEND static int main_co(void) {
    ac_try {
        ac_with_timeout(250) {
            ac_delay(3600 * 1000);
            printf("not reached\n");
        }
    } ac_catch (e) {
        printf("%s at %lld: %s\n", ac_error_type_name(e), now(), ac_error_message(e));
    }
    int ok = -1;
    ac_with_timeout_or_null(100, &ok) {
        ac_delay(99);
        printf("body done at %lld\n", now());
    }
    printf("ok=%d at %lld\n", ok, now());
    ac_with_timeout_or_null(100, &ok) {
        ac_delay(100);
        printf("not reached\n");
    }
    printf("equal deadline: ok=%d at %lld\n", ok, now());
    ac_with_timeout_or_null(100, &ok) {
        ac_delay(40);
        ac_with_timeout_or_null(30, &ok) ac_delay(1000);
        printf("inner ok=%d at %lld\n", ok, now());
        ac_delay(1000);
    }
    printf("outer ok=%d at %lld\n", ok, now());

    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_coroutine_scope(s) {
        ac_launch(s, producer(ch, 100, 1));
        for (int round = 0; round < 3; round++) {
            int v = 0;
            ac_select {
                ac_on_receive(ch, &v) printf("received %d at %lld\n", v, now());
                ac_on_timeout(40) printf("select timeout at %lld\n", now());
            }
        }
    }
    ac_channel_release(ch);
    printf("end at %lld\n", now());
    return 0;
}

int main(void) {
    ac_error *err = ac_run_test(main_co(), NULL);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("done\n");
    return 0;
}
// CHECK: TimeoutCancellationException at 250: Timed out waiting for 250 ms
// CHECK-NEXT: body done at 349
// CHECK-NEXT: ok=1 at 349
// CHECK-NEXT: equal deadline: ok=0 at 449
// CHECK-NEXT: inner ok=0 at 519
// CHECK-NEXT: outer ok=0 at 549
// CHECK-NEXT: select timeout at 589
// CHECK-NEXT: select timeout at 629
// CHECK-NEXT: received 1 at 649
// CHECK-NEXT: end at 649
// CHECK-NEXT: done
