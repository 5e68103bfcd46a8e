// ac_with_context(ac_ctx_dispatcher(d)) runs its block on d's thread and comes
// back to the caller's dispatcher at its end (kotlinx's withContext): the block's
// delays use d's timers, its children inherit d, its value and its failure cross
// back, a cancellation reaches it there, blocks nest.  A closed dispatcher: a
// block switching to it throws IllegalStateException; a coroutine started on it
// is cancelled before it runs.  ac_dispatcher_close waits for what runs on it.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <pthread.h>
#include <stdio.h>

static pthread_t main_thread;
static ac_dispatcher *worker, *other, *closed;

static const char *where(void) {
    if (pthread_equal(pthread_self(), main_thread)) return "main";
    ac_dispatcher *d = ac_current_dispatcher();
    return d ? ac_dispatcher_name(d) : "?";
}

SUSPEND static int square_on_child(int x) {
    printf("child on %s\n", where());
    ac_delay(5);
    return x * x;
}

SUSPEND static int compute(void) {
    int r = 0;
    printf("before: %s\n", where());
    ac_with_context(ac_ctx_dispatcher(worker)) {
        printf("in block: %s\n", where());
        ac_delay(10);
        printf("after delay: %s\n", where());
        ac_coroutine_scope(s) {
            ac_deferred *d = ac_async(s, square_on_child(7));
            r = AC_AWAIT(int, d);
        }
        ac_with_context(ac_ctx_dispatcher(other)) {
            printf("nested: %s\n", where());
        }
        printf("back from nested: %s\n", where());
    }
    printf("after block: %s r=%d\n", where(), r);
    return r;
}

SUSPEND static void fails_there(void) {
    ac_with_context(ac_ctx_dispatcher(worker)) {
        ac_yield();
        ac_throw(ac_error_new(&AC_IO_ERROR, "boom on %s", where()));
    }
}

SUSPEND static void waits_there(void) {
    ac_with_context(ac_ctx_dispatcher(worker)) {
        ac_try {
            ac_delay(10000);
        } ac_finally {
            printf("cancelled block cleans up on %s\n", where());
        }
    }
}

SUSPEND static void never(void) { printf("never runs\n"); }

SUSPEND static int main_co(void) {
    int r = compute();
    ac_try {
        fails_there();
    } ac_catch (e) {
        printf("caught on %s: %s: %s\n", where(), ac_error_type_name(e), ac_error_message(e));
    }
    ac_coroutine_scope(s) {
        ac_job *j = ac_launch(s, waits_there());
        ac_delay(20);
        ac_cancel_and_join(j);
        printf("joined on %s, cancelled=%d\n", where(), ac_job_is_cancelled(j));
        ac_try {
            ac_with_context(ac_ctx_dispatcher(closed)) {
                printf("not reached\n");
            }
        } ac_catch (e) {
            printf("closed: %s: %s, on %s\n", ac_error_type_name(e), ac_error_message(e), where());
        }
        ac_job *k = ac_launch_ctx(s, ac_ctx_dispatcher(closed), AC_START_DEFAULT, never());
        ac_join(k);
        printf("start on closed: cancelled=%d\n", ac_job_is_cancelled(k));
    }
    return r;
}

SUSPEND static void slow(void) {
    ac_delay(30);
    printf("slow done on %s\n", where());
}

int main(void) {
    main_thread = pthread_self();
    worker = ac_dispatcher_new_single_thread("worker");
    other = ac_dispatcher_new_single_thread("other");
    closed = ac_dispatcher_new_single_thread("gone");
    if (!worker || !other || !closed) return 1;
    ac_dispatcher *kept = closed;
    ac_ctx *keep = ac_ctx_dispatcher(kept);           /* keeps it after close */
    printf("close: %d\n", ac_dispatcher_close(closed));
    int r = 0;
    ac_error *err = ac_run_blocking(main_co(), &r);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("result %d\n", r);

    ac_scope *sc = ac_scope_new(ac_ctx_dispatcher(other));
    ac_launch(sc, slow());
    ac_scope_release(sc);
    printf("close other: %d\n", ac_dispatcher_close(other));  /* waits for slow */
    printf("close worker: %d\n", ac_dispatcher_close(worker));
    printf("close default: %d\n", ac_dispatcher_close(ac_dispatcher_default()));
    ac_ctx_release(keep);
    return 0;
}
// CHECK:      close: 0
// CHECK-NEXT: before: main
// CHECK-NEXT: in block: worker
// CHECK-NEXT: after delay: worker
// CHECK-NEXT: child on worker
// CHECK-NEXT: nested: other
// CHECK-NEXT: back from nested: worker
// CHECK-NEXT: after block: main r=49
// CHECK-NEXT: caught on main: IOException: boom on worker
// CHECK-NEXT: cancelled block cleans up on worker
// CHECK-NEXT: joined on main, cancelled=1
// CHECK-NEXT: closed: IllegalStateException: dispatcher gone is closed, on main
// CHECK-NEXT: start on closed: cancelled=1
// CHECK-NEXT: result 49
// CHECK-NEXT: slow done on other
// CHECK-NEXT: close other: 0
// CHECK-NEXT: close worker: 0
// CHECK-NEXT: close default: -1
