// A loop the program drives (ac_loop_new): coroutines given it run only inside
// ac_loop_run_once, on the thread calling it; a program's own poll() on
// ac_loop_fd with ac_loop_next_timeout as its timeout wakes for timers and for
// work handed over by other threads (a coroutine on another dispatcher switching
// to the loop with ac_with_context).  ac_dispatcher_close drives it to the end.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>

static pthread_t main_thread;
static ac_dispatcher *ui;
static int finished;

static const char *where(void) {
    return pthread_equal(pthread_self(), main_thread) ? "main thread" : "another thread";
}

SUSPEND static void ticker(const char *name, int n) {
    for (int i = 0; i < n; i++) {
        ac_delay(5);
        printf("%s tick %d on %s\n", name, i, where());
    }
    finished++;
}

SUSPEND static void from_elsewhere(void) {
    printf("worker starts on %s\n", where());
    ac_with_context(ac_ctx_dispatcher(ui)) {
        printf("worker hops to the ui loop: %s\n", where());
    }
    printf("worker back on %s\n", where());
}

SUSPEND static void last(void) {
    ac_delay(20);
    printf("last on %s\n", where());
}

int main(void) {
    main_thread = pthread_self();
    ui = ac_loop_new("ui");
    if (!ui) return 1;
    printf("fd ok: %d, nothing scheduled: %lld\n", ac_loop_fd(ui) >= 0, (long long)ac_loop_next_timeout(ui));
    ac_scope *sc = ac_scope_new(ac_ctx_dispatcher(ui));
    ac_launch(sc, ticker("a", 2));
    printf("ready now: %lld\n", (long long)ac_loop_next_timeout(ui));
    ac_scope *bg = ac_scope_new(NULL);                  /* the default dispatcher */
    ac_job *w = ac_launch(bg, from_elsewhere());
    int turns = 0, runs = 0;
    while ((finished < 1 || !ac_job_is_completed(w)) && turns < 10000) {
        struct pollfd p = { .fd = ac_loop_fd(ui), .events = POLLIN };
        int64_t t = ac_loop_next_timeout(ui);
        poll(&p, 1, t < 0 ? 1000 : (int)t);
        int n = ac_loop_run_once(ui, 0);
        if (n < 0) { printf("run_once failed\n"); return 1; }
        runs += n;
        turns++;
    }
    printf("done: ticker finished=%d, worker completed=%d, some runs=%d\n", finished,
           ac_job_is_completed(w), runs > 0);
    printf("run_once on a thread loop: %d\n", ac_loop_run_once(ac_dispatcher_default(), 0));
    ac_launch(sc, last());
    ac_scope_release(sc);
    ac_scope_release(bg);
    printf("close: %d\n", ac_dispatcher_close(ui));
    return 0;
}
// CHECK:      fd ok: 1, nothing scheduled: -1
// CHECK-NEXT: ready now: 0
// CHECK-DAG:  a tick 0 on main thread
// CHECK-DAG:  a tick 1 on main thread
// CHECK-DAG:  worker starts on another thread
// CHECK-DAG:  worker hops to the ui loop: main thread
// CHECK-DAG:  worker back on another thread
// CHECK:      done: ticker finished=1, worker completed=1, some runs=1
// CHECK-NEXT: run_once on a thread loop: -1
// CHECK-NEXT: last on main thread
// CHECK-NEXT: close: 0
