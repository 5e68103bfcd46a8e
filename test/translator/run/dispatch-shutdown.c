// ac_shutdown stops the default dispatcher and joins its thread: it says how
// many coroutines it leaves behind (listed on stderr with where they wait when
// ASYNCC_DEBUG=1); a coroutine started on it afterwards is cancelled before it
// runs; a second call changes nothing; called from the dispatcher itself it
// refuses (it would wait for itself).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: env ASYNCC_DEBUG=1 %run %t.gcc 2> %t.err | FileCheck %s
// RUN: FileCheck --check-prefix=ERR %s < %t.err
#include <asyncc.h>
#include <stdio.h>
#include <time.h>

static int from_inside = 99;

SUSPEND static void forever(void) { ac_delay(100000); }
SUSPEND static void quick(void) { from_inside = ac_shutdown(); }
SUSPEND static void never(void) { printf("never runs\n"); }

static void wait_done(ac_job *j) {
    while (!ac_job_is_completed(j)) {
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
}

int main(void) {
    ac_scope *g = ac_global_scope();
    ac_job *f = ac_launch_ctx(g, ac_coroutine_name("sleeper"), AC_START_DEFAULT, forever());
    ac_job *q = ac_launch(g, quick());
    wait_done(q);
    printf("from inside: %d\n", from_inside);
    printf("left: %d\n", ac_shutdown());
    printf("sleeper completed: %d\n", ac_job_is_completed(f));
    ac_job *late = ac_launch(g, never());
    wait_done(late);
    printf("late cancelled: %d\n", ac_job_is_cancelled(late));
    printf("again: %d\n", ac_shutdown());
    return 0;
}
// CHECK:      from inside: -1
// CHECK-NEXT: left: 1
// CHECK-NEXT: sleeper completed: 0
// CHECK-NEXT: late cancelled: 1
// CHECK-NEXT: again: 1
// ERR:      asyncc: 1 coroutine still alive at shutdown:
// ERR-NEXT: asyncc:   coroutine "sleeper" #{{[0-9]+}} waits in ac_delay at {{.*}}dispatch-shutdown.c:16{{$}}
