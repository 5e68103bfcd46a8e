// tools/asyncc-gdb.py: `asyncc coroutines` prints the coroutine tree from
// the stopped process's memory (no function of the program is called) and
// `asyncc bt ID` one coroutine's suspension points.  The program stops
// itself with SIGTRAP once its coroutines wait (polled with ac_dump), on
// the run_blocking loop (ac_delay under a nested call, a coroutine scope
// with a child in a channel receive) and on Default (ac_join).
// asyncc-gdb-core.c reads the same from a core file.
// REQUIRES: gdb
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: gdb -batch -nx -ex 'source %S/../../tools/asyncc-gdb.py' -ex run -ex 'asyncc coroutines' -ex 'asyncc bt 2' %t.gcc 2>&1 | FileCheck -DFILE=%S/asyncc-gdb.c %S/asyncc-gdb.c
#define _GNU_SOURCE
#include <asyncc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ac_channel *ch;
static ac_job *sleeper_job;

SUSPEND static void nap(int ms) {
    ac_delay(ms);                                       // line 23
}

SUSPEND static void sleeper(void) {
    nap(100000);                                        // line 27
}

SUSPEND static void receiver(void) {
    int v;
    ac_channel_receive(ch, &v);                         // line 32
}

SUSPEND static void middle(void) {
    ac_coroutine_scope(s) {                             // line 36
        ac_launch_ctx(s, ac_coroutine_name("receiver"), AC_START_DEFAULT, receiver());
    }
}

SUSPEND static void joiner(void) {
    ac_join(sleeper_job);                               // line 42
}

static int parked(void) {
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    ac_dump(m);
    fclose(m);
    int n = 0;
    for (const char *p = text; (p = strstr(p, ", suspended]")); p++)
        n++;
    free(text);
    return n;
}

SUSPEND static int main_co(void) {
    ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_coroutine_scope(s) {
        sleeper_job = ac_launch_ctx(s, ac_coroutine_name("sleeper"), AC_START_DEFAULT, sleeper());
        ac_launch_ctx(s, ac_coroutine_name("middle"), AC_START_DEFAULT, middle());
        ac_launch_ctx(s, ac_ctx_plus(ac_coroutine_name("joiner"), ac_ctx_dispatcher(ac_dispatcher_default())),
                      AC_START_DEFAULT, joiner());
        for (int i = 0; i < 10000 && parked() < 4; i++)
            ac_delay(1);
        raise(SIGTRAP);
        ac_job_cancel(ac_scope_job(s), NULL);
    }
    return 0;
}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking_ctx(ac_coroutine_name("main"), main_co(), &v);
    ac_error_free(e);
    ac_channel_release(ch);
    return 0;
}
// CHECK:      asyncc: coroutine dump: 5 coroutines
// CHECK-NEXT: #1 "main" [active, running] on loop@main
// CHECK-NEXT:   #2 "sleeper" [active, suspended] on loop@main
// CHECK-NEXT:       at ac_delay
// CHECK-NEXT:       at nap ([[FILE]]:23)
// CHECK-NEXT:       at sleeper ([[FILE]]:27)
// CHECK-NEXT:   #3 "middle" [active, suspended] on loop@main
// CHECK-NEXT:       at the end of a coroutine scope
// CHECK-NEXT:       at middle ([[FILE]]:36)
// CHECK-NEXT:     #4 "receiver" [active, suspended] on loop@main
// CHECK-NEXT:         at ac_channel_receive
// CHECK-NEXT:         at receiver ([[FILE]]:32)
// CHECK-NEXT:   #1 "joiner" [active, suspended] on Default
// CHECK-NEXT:       at ac_join
// CHECK-NEXT:       at joiner ([[FILE]]:42)
// CHECK-NEXT: asyncc: end of coroutine dump
// CHECK-NEXT: #2 "sleeper" [active, suspended] on loop@main
// CHECK-NEXT:     at ac_delay
// CHECK-NEXT:     at nap ([[FILE]]:23)
// CHECK-NEXT:     at sleeper ([[FILE]]:27)
