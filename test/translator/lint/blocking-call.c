// -Wasyncc-blocking-call: a call known to block the thread (sleep, read,
// pthread_mutex_lock, pthread_join, stdin reads, poll with no timeout, ...)
// in a suspend function or an inline coroutine body, outside
// ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())).  Fix-its:
// ac_delay for sleep/usleep, the runtime's suspending I/O for read/recv/
// accept/connect, an ac_mutex for pthread_mutex_lock, else the IO block.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/out.c 2>&1 | FileCheck --strict-whitespace --implicit-check-not=warning: --implicit-check-not=error: %s
// RUN: %clang -c %t/out.c -o %t/out.o
// RUN: %asyncc %s -o %t/no.c -Wno-blocking-call 2>&1 | FileCheck --allow-empty --implicit-check-not=warning: --check-prefix=NONE %s
// RUN: not %asyncc %s -o %t/err.c -Werror 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not test -e %t/err.c
// NONE-NOT: warning
// ERR: blocking-call.c:[[#@LINE+24]]:5: error: 'sleep' blocks the thread in a suspend function{{.*}} [-Werror,-Wasyncc-blocking-call]
// ERR: 8 errors generated.
#include <asyncc.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *thread_main(void *arg) { return arg; }

/* the user's own function of a blocking name is not the system's */
static int wait_for(int x) { return x; }

SUSPEND static int blocking(int fd, pthread_t t) {
    char buf[64];
    struct pollfd p = {fd, POLLIN, 0};
    int r = wait_for(0);
// CHECK: blocking-call.c:[[#@LINE+5]]:5: warning: 'sleep' blocks the thread in a suspend function: the other coroutines of its dispatcher cannot run meanwhile [-Wasyncc-blocking-call]
// CHECK-NEXT:{{^}}    sleep(1);
// CHECK-NEXT:{{^}}    ^~~~~~~~
// CHECK-NEXT:{{^}}    ac_delay(1 * 1000)
// CHECK-NEXT:blocking-call.c:[[#@LINE+1]]:5: note: ac_delay(ms) suspends the coroutine instead
    sleep(1);
// CHECK: blocking-call.c:[[#@LINE+4]]:5: warning: 'usleep' blocks
// CHECK-NEXT:{{^}}    usleep(r + 500);
// CHECK-NEXT:{{^}}    ^~~~~~~~~~~~~~~
// CHECK-NEXT:{{^}}    ac_delay((r + 500) / 1000)
    usleep(r + 500);
// CHECK: blocking-call.c:[[#@LINE+5]]:10: warning: 'read' blocks the thread in a suspend function: the other coroutines of its dispatcher cannot run meanwhile [-Wasyncc-blocking-call]
// CHECK-NEXT:{{^}}    r += read(fd, buf, sizeof buf);
// CHECK-NEXT:{{^}}         ^~~~~~~~~~~~~~~~~~~~~~~~~
// CHECK-NEXT:{{^}}         ac_read
// CHECK-NEXT:blocking-call.c:[[#@LINE+1]]:10: note: ac_read suspends until the fd is ready; the fd must be non-blocking (ac_fd_set_nonblocking); or run the call in ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())) { ... }
    r += read(fd, buf, sizeof buf);
// CHECK: blocking-call.c:[[#@LINE+4]]:5: warning: 'pthread_mutex_lock' blocks
// CHECK-NEXT:{{^}}    pthread_mutex_lock(&mu);
// CHECK-NEXT:{{^}}    ^~~~~~~~~~~~~~~~~~~~~~~
// CHECK-NEXT:blocking-call.c:[[#@LINE+1]]:5: note: use an ac_mutex, which suspends instead: ac_mutex_lock(m, NULL) ... ac_mutex_unlock(m, NULL), or ac_with_lock(m) { ... }
    pthread_mutex_lock(&mu);
    pthread_mutex_unlock(&mu);
// CHECK: blocking-call.c:[[#@LINE+4]]:5: warning: 'pthread_join' blocks
// CHECK-NEXT:{{^}}    pthread_join(t, NULL);
// CHECK-NEXT:{{^}}    ^~~~~~~~~~~~~~~~~~~~~
// CHECK-NEXT:blocking-call.c:[[#@LINE+1]]:5: note: run it on the IO dispatcher: ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())) { ... }
    pthread_join(t, NULL);
// CHECK: blocking-call.c:[[#@LINE+1]]:10: warning: 'fgets' blocks
    r += fgets(buf, sizeof buf, stdin) != NULL;
// CHECK: blocking-call.c:[[#@LINE+1]]:10: warning: 'poll' blocks
    r += poll(&p, 1, -1);
    /* not blocking: a timeout, a stream that is not stdin */
    r += poll(&p, 1, 0);
    r += fgets(buf, sizeof buf, stderr) != NULL;
    /* on the IO dispatcher, blocking is what it is for */
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())) {
        sleep(1);
        r += read(fd, buf, sizeof buf);
        pthread_join(t, NULL);
    }
    /* silenced at the site */
    sleep(2); // NOLINT(asyncc-blocking-call)
    // NOLINTNEXTLINE(asyncc-blocking-call)
    sleep(3);
    ac_coroutine_scope(s) {
// CHECK: blocking-call.c:[[#@LINE+4]]:25: warning: 'sleep' blocks the thread in an inline coroutine body: the other coroutines of its dispatcher cannot run meanwhile [-Wasyncc-blocking-call]
// CHECK-NEXT:{{^}}        ac_launch(s, ({ sleep(1); r; }));
// CHECK-NEXT:{{^}}                        ^~~~~~~~
// CHECK-NEXT:{{^}}                        ac_delay(1 * 1000)
        ac_launch(s, ({ sleep(1); r; }));
    }
    return r;
}

/* the fixed code */
SUSPEND static int fixed(int fd, ac_mutex *m) {
    char buf[64];
    ac_delay(1 * 1000);
    ac_fd_set_nonblocking(fd);
    int r = (int)ac_read(fd, buf, sizeof buf);
    ac_with_lock(m) { r++; }
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())) { r += fgets(buf, sizeof buf, stdin) != NULL; }
    return r;
}

/* a function that makes its fds non-blocking reads them when ready */
SUSPEND static int nonblocking(int fd) {
    char buf[64];
    ac_io_wait(fd, POLLIN);
    return (int)read(fd, buf, sizeof buf) + (int)recv(fd, buf, sizeof buf, MSG_DONTWAIT);
}

/* ordinary code may block */
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, thread_main, NULL);
    sleep(0);
    int r;
    ac_run_blocking(blocking(0, t), &r);
    ac_mutex *m = ac_mutex_new();
    ac_run_blocking(fixed(0, m), &r);
    ac_run_blocking(nonblocking(0), &r);
    return 0;
}
// CHECK: 8 warnings generated.
