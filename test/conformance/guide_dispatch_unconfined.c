// Conformance pair of guide_dispatch_unconfined.kt: Unconfined starts at once in the
// launching thread, resumes after a delay on another thread (the timer's) and after
// withContext(IO) on the thread that finished the block; an Unconfined launch inside an
// Unconfined step runs once that step is over (002).
// RUN: %conformance
// The order depends on real time (the IO hop must end within the 150 ms
// between the delays); under memcheck the first use of the IO pool (thread
// start-up, serialised threads) takes longer than that.
// UNSUPPORTED: valgrind
#include "conf.h"
#include <pthread.h>

static pthread_t main_thread;

static const char *where(void)
{
    return pthread_equal(pthread_self(), main_thread) ? "main" : "another thread";
}

SUSPEND static void unconfined_body(void)
{
    printf("Unconfined      : I'm working in thread %s\n", where());
    ac_delay(50);
    printf("Unconfined      : After delay in thread %s\n", where());
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())) {
        printf("Unconfined      : in IO in thread %s\n", where());
    }
    printf("Unconfined      : after IO in thread %s\n", where());
}

SUSPEND static void confined_body(void)
{
    printf("main runBlocking: I'm working in thread %s\n", where());
    ac_delay(200);
    printf("main runBlocking: After delay in thread %s\n", where());
}

SUSPEND static void inner(void)
{
    printf("inner: start in %s\n", where());
}

SUSPEND static void outer(void)
{
    printf("outer: start in %s\n", where());
    ac_scope *self = own_scope();
    ac_launch_ctx(self, ac_ctx_dispatcher(ac_dispatcher_unconfined()), AC_START_DEFAULT, inner());
    ac_scope_release(self);
    printf("outer: end of its first step\n");
}

SUSPEND static void body(void)
{
    ac_scope *scope = own_scope();
    ac_launch_ctx(scope, ac_ctx_dispatcher(ac_dispatcher_unconfined()), AC_START_DEFAULT,
                  unconfined_body());
    printf("main runBlocking: launch returned\n");
    ac_launch(scope, confined_body());
    ac_delay(300);
    ac_join(ac_launch_ctx(scope, ac_ctx_dispatcher(ac_dispatcher_unconfined()),
                          AC_START_DEFAULT, outer()));
    ac_scope_release(scope);
    printf("done\n");
}

int main(void)
{
    main_thread = pthread_self();
    return conf_exit(ac_run_blocking(body(), NULL));
}
