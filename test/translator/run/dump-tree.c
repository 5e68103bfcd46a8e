// ac_dump from a coroutine while others wait: on the run_blocking loop a
// coroutine in ac_delay under a nested suspend call, one in ac_join, one in
// a channel receive, a coroutine scope with a grandchild; on Default one in
// ac_delay under a nested call.  Checked: the tree (children indented under
// their parent), ids, names, job states, dispatchers, the dumping coroutine
// shown as running without frames, and every suspension point's function
// and file:line.  The dump is polled until every coroutine has parked (the
// pool's may still be finishing its step), then printed.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck -DFILE=%s %s
#define _GNU_SOURCE
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ac_job *sleeper_job;
static ac_channel *ch;

SUSPEND static void nap(int ms) {
    ac_yield();
    ac_delay(ms);                                       // line 22
}

SUSPEND static void sleeper(void) {
    nap(100000);                                        // line 26
}

SUSPEND static void joiner(void) {
    ac_join(sleeper_job);                               // line 30
}

SUSPEND static void receiver(void) {
    int v;
    ac_channel_receive(ch, &v);                         // line 35
}

SUSPEND static void grandchild(void) {
    nap(200000);                                        // line 39
}

SUSPEND static void middle(void) {
    ac_coroutine_scope(s) {                             // line 43
        ac_launch_ctx(s, ac_coroutine_name("grandchild"), AC_START_DEFAULT, grandchild());
    }
}

SUSPEND static void pooled(void) {
    nap(300000);                                        // line 49
}

static int count(const char *text, const char *what) {
    int n = 0;
    for (const char *p = text; (p = strstr(p, what)); p++)
        n++;
    return n;
}

SUSPEND static int main_co(void) {
    ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_coroutine_scope(s) {                             // line 61
        sleeper_job = ac_launch_ctx(s, ac_coroutine_name("sleeper"), AC_START_DEFAULT, sleeper());
        ac_launch_ctx(s, ac_coroutine_name("joiner"), AC_START_DEFAULT, joiner());
        ac_launch_ctx(s, ac_coroutine_name("receiver"), AC_START_DEFAULT, receiver());
        ac_launch_ctx(s, ac_coroutine_name("middle"), AC_START_DEFAULT, middle());
        ac_launch_ctx(s, ac_ctx_plus(ac_coroutine_name("pooled"), ac_ctx_dispatcher(ac_dispatcher_default())),
                      AC_START_DEFAULT, pooled());
        for (int i = 0; i < 10000; i++) {               /* until all 6 have parked */
            char *text = NULL;
            size_t len = 0;
            FILE *m = open_memstream(&text, &len);
            ac_dump(m);
            fclose(m);
            int parked = count(text, ", suspended]");
            free(text);
            if (parked == 6)
                break;
            ac_delay(1);
        }
        ac_dump(stdout);
        ac_job_cancel(ac_scope_job(s), NULL);
    }
    return 0;
}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking_ctx(ac_coroutine_name("main"), main_co(), &v);
    printf("cancelled=%d\n", e && ac_error_is(e, &AC_JOB_CANCELLATION));
    ac_error_free(e);
    ac_channel_release(ch);
    return 0;
}
// CHECK:      asyncc: coroutine dump: 7 coroutines
// CHECK-NEXT: #1 "main" [active, running] on loop@main
// CHECK-NEXT:   #2 "sleeper" [active, suspended] on loop@main
// CHECK-NEXT:       at ac_delay
// CHECK-NEXT:       at nap ([[FILE]]:22)
// CHECK-NEXT:       at sleeper ([[FILE]]:26)
// CHECK-NEXT:   #3 "joiner" [active, suspended] on loop@main
// CHECK-NEXT:       at ac_join
// CHECK-NEXT:       at joiner ([[FILE]]:30)
// CHECK-NEXT:   #4 "receiver" [active, suspended] on loop@main
// CHECK-NEXT:       at ac_channel_receive
// CHECK-NEXT:       at receiver ([[FILE]]:35)
// CHECK-NEXT:   #5 "middle" [active, suspended] on loop@main
// CHECK-NEXT:       at the end of a coroutine scope
// CHECK-NEXT:       at middle ([[FILE]]:43)
// CHECK-NEXT:     #6 "grandchild" [active, suspended] on loop@main
// CHECK-NEXT:         at ac_delay
// CHECK-NEXT:         at nap ([[FILE]]:22)
// CHECK-NEXT:         at grandchild ([[FILE]]:39)
// CHECK-NEXT:   #1 "pooled" [active, suspended] on Default
// CHECK-NEXT:       at ac_delay
// CHECK-NEXT:       at nap ([[FILE]]:22)
// CHECK-NEXT:       at pooled ([[FILE]]:49)
// CHECK-NEXT: asyncc: end of coroutine dump
// CHECK-NEXT: cancelled=1
