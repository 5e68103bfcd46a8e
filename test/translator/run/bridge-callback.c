// The callback bridge (ac_suspend_cancellable, Kotlin's
// suspendCancellableCoroutine): a continuation resumed from another thread
// (run_blocking waits for it instead of calling it a deadlock), resumed
// inside its start function, resumed with an error, on the default pool;
// a cancelled wait runs the cancellation hook and makes the late resume a
// no-op (1); a second resume is reported (-1 and a message), not a crash.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc 2>&1 | FileCheck %s
#include <asyncc.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

static void nap_ms(int ms) {
    struct timespec ts = {0, ms * 1000000L};
    nanosleep(&ts, NULL);
}

/* A "C library": answers on its own thread after a while. */
typedef struct { ac_continuation *c; int answer; int ms; int rc; } request;

static void *library_thread(void *arg) {
    request *r = arg;
    nap_ms(r->ms);
    r->rc = ac_continuation_resume(r->c, (void *)(intptr_t)r->answer);
    ac_continuation_release(r->c);
    return NULL;
}

static pthread_t last_thread;

static void start_async(ac_continuation *c, void *arg) {
    request *r = arg;
    r->c = c;
    pthread_create(&last_thread, NULL, library_thread, r);
}

static void start_sync(ac_continuation *c, void *arg) {
    ac_continuation_resume(c, arg);
    ac_continuation_release(c);
}

static void start_fail(ac_continuation *c, void *arg) {
    (void)arg;
    ac_continuation_resume_error(c, ac_error_new(&AC_IO_ERROR, "the library said no"));
    ac_continuation_release(c);
}

static void hook(ac_continuation *c, void *arg) {
    (void)c;
    printf("cancellation hook ran: %s\n", (const char *)arg);
}

static void start_hooked(ac_continuation *c, void *arg) {
    request *r = arg;
    ac_continuation_invoke_on_cancellation(c, hook, "abort the request");
    printf("second hook refused: %s\n", ac_continuation_invoke_on_cancellation(c, hook, "x") < 0 ? "yes" : "no");
    start_async(c, r);
}

SUSPEND static int ask(request *r) {
    return (int)(intptr_t)ac_suspend_cancellable(start_async, r);
}

SUSPEND static void waits_forever(request *r) {
    ac_try {
        ac_suspend_cancellable(start_hooked, r);
        printf("not reached\n");
    } ac_finally {
        printf("waiter: finally after cancellation\n");
    }
}

SUSPEND static void body(void) {
    request r1 = {.answer = 42, .ms = 30};
    printf("from another thread: %d\n", ask(&r1));
    pthread_join(last_thread, NULL);
    printf("resume returned %d\n", r1.rc);

    printf("inside start: %d\n", (int)(intptr_t)ac_suspend_cancellable(start_sync, (void *)(intptr_t)7));

    ac_try {
        ac_suspend_cancellable(start_fail, NULL);
    } ac_catch (e) {
        printf("error: %s: %s\n", ac_error_type_name(e), ac_error_message(e));
    }

    request r2 = {.answer = 5, .ms = 10};
    int on_pool = 0;
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_default())) {
        on_pool = ask(&r2);
    }
    pthread_join(last_thread, NULL);
    printf("on the default pool: %d\n", on_pool);

    request r3 = {.answer = 9, .ms = 200};
    ac_job *j = ac_launch(ac_global_scope(), waits_forever(&r3));
    ac_delay(20);
    ac_cancel_and_join(j);
    pthread_join(last_thread, NULL);
    printf("late resume returned %d\n", r3.rc);
}

/* A second resume: reported, not a crash. */
static ac_continuation *kept;
static void start_keep(ac_continuation *c, void *arg) {
    (void)arg;
    kept = c;
    ac_continuation_resume(c, (void *)(intptr_t)1);
}

SUSPEND static void twice(void) {
    ac_suspend_cancellable(start_keep, NULL);
    fflush(stdout);
    int rc = ac_continuation_resume(kept, (void *)(intptr_t)2);
    ac_continuation_release(kept);
    printf("second resume returned %d\n", rc);
}

int main(void) {
    ac_error *e = ac_run_blocking(body(), NULL);
    if (!e) e = ac_run_blocking(twice(), NULL);
    if (e) { ac_error_print(e, stdout); ac_error_release(e); return 1; }
    return 0;
}
// CHECK: from another thread: 42
// CHECK-NEXT: resume returned 0
// CHECK-NEXT: inside start: 7
// CHECK-NEXT: error: IOException: the library said no
// CHECK-NEXT: on the default pool: 5
// CHECK-NEXT: second hook refused: yes
// CHECK-NEXT: cancellation hook ran: abort the request
// CHECK-NEXT: waiter: finally after cancellation
// CHECK-NEXT: late resume returned 1
// CHECK-NEXT: asyncc: continuation {{.*}} resumed twice (ignored)
// CHECK-NEXT: second resume returned -1
