// ASYNCC_DEBUG=1: coroutines still alive when the program exits (here one
// launched in the global scope and one launched on the IO pool, both still
// waiting when main returns) are reported on stderr with where they wait;
// a program whose coroutines have all ended prints nothing, and without
// ASYNCC_DEBUG nothing is printed either.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: env ASYNCC_DEBUG=1 %run %t.gcc 2>&1 | FileCheck -DFILE=%s %s
// RUN: env ASYNCC_DEBUG=1 %run %t.gcc clean 2>&1 | FileCheck --allow-empty --check-prefix=CLEAN %s
// RUN: env -u ASYNCC_DEBUG %t.gcc 2>&1 | FileCheck --check-prefix=QUIET %s
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

static ac_channel *started, *never;   /* buffered: a send goes on in its step */

SUSPEND static void nap(int ms) {
    ac_delay(ms);                                       // line 18
}

SUSPEND static void leaky(void) {
    ac_channel_send(started, &(int){1});
    nap(1000000);                                       // line 23
}

SUSPEND static void waits_for_io(void) {
    int v;
    ac_channel_send(started, &(int){2});
    ac_channel_receive(never, &v);                      // line 29
}

SUSPEND static int wait_started(void) {
    int a, b;
    ac_channel_receive(started, &a);
    ac_channel_receive(started, &b);
    return a + b;
}

int main(int argc, char **argv) {
    int v = 0;
    if (argc > 1 && strcmp(argv[1], "clean") == 0) {
        ac_run_blocking(({
            ac_coroutine_scope(s) {
                ac_launch_ctx(s, ac_ctx_dispatcher(ac_dispatcher_default()), AC_START_DEFAULT, nap(1));
            }
            0;
        }), &v);
        printf("clean\n");
        fflush(stdout);
        return 0;
    }
    started = ac_channel_new(sizeof(int), 4);
    never = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_launch_ctx(ac_global_scope(), ac_coroutine_name("leaky"), AC_START_DEFAULT, leaky());
    ac_launch_ctx(ac_global_scope(), ac_ctx_plus(ac_coroutine_name("io-waiter"), ac_ctx_dispatcher(ac_dispatcher_io())),
                  AC_START_DEFAULT, waits_for_io());
    ac_error *e = ac_run_blocking(wait_started(), &v);
    printf("started %d\n", v);
    fflush(stdout);
    ac_error_free(e);
    return 0;                       /* both still wait */
}
// CHECK:      started 3
// CHECK-NEXT: asyncc: 2 coroutines still alive at exit:
// CHECK-NEXT: #1 "leaky" [active, suspended] on Default
// CHECK-NEXT:     at ac_delay
// CHECK-NEXT:     at nap ([[FILE]]:18)
// CHECK-NEXT:     at leaky ([[FILE]]:23)
// CHECK-NEXT: #1 "io-waiter" [active, suspended] on IO
// CHECK-NEXT:     at ac_channel_receive
// CHECK-NEXT:     at waits_for_io ([[FILE]]:29)
// CHECK-NOT:  {{.}}
// CLEAN:      clean
// CLEAN-NOT:  {{.}}
// QUIET:      started 3
// QUIET-NOT:  {{.}}
