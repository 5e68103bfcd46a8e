// ac_run_test still reports a deadlock as ac_run_blocking does: after an
// hour of virtual time, a receive nothing will ever end, with no timer
// left, ends the test with a DeadlockError naming where it waited; the
// coroutines' finally blocks run.  A virtual-time waiter does not hide it.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc 2>&1 | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static long long now(void) { return (long long)ac_test_current_time(); }

SUSPEND static void stuck(ac_channel *ch) {
    int v;
    ac_try {
        ac_delay(3600 * 1000);
        printf("waiting at %lld\n", now());
        ac_channel_receive(ch, &v);
    } ac_finally {
        printf("finally at %lld\n", now());
    }
}

SUSPEND static void body(void) {
    ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_try {
        ac_coroutine_scope(s) {
            ac_launch(s, stuck(ch));
            ac_test_advance_until_idle();
            printf("idle at %lld\n", now());
        }
    } ac_finally {
        ac_channel_release(ch);
    }
}

int main(void) {
    ac_error *err = ac_run_test(body(), NULL);
    if (!err) { printf("no deadlock?\n"); return 1; }
    printf("%s\n", ac_error_type_name(err));
    ac_error_print(err, stdout);
    ac_error_free(err);
    printf("done\n");
    return 0;
}
// CHECK: waiting at 3600000
// CHECK-NEXT: idle at 3600000
// CHECK-NEXT: finally at 3600000
// CHECK-NEXT: DeadlockError
// CHECK: ac_channel_receive
// CHECK-SAME: vtime-deadlock.c:
// CHECK: done
