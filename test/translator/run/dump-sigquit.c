// ASYNCC_DEBUG=1: SIGQUIT prints the coroutine dump on stderr and the
// program goes on.  The program sends itself SIGQUIT while its coroutines
// wait (one in ac_delay on the loop, one in a channel receive on Default),
// reads the dump back from its own stderr (a pipe) up to the dump's last
// line and prints it, then finishes normally.  A program that handles
// SIGQUIT itself keeps its handler; without ASYNCC_DEBUG the default action
// (terminate) is untouched.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: env ASYNCC_DEBUG=1 %run %t.gcc | FileCheck -DFILE=%s %s
// RUN: env ASYNCC_DEBUG=1 %run %t.gcc own | FileCheck --check-prefix=OWN %s
// RUN: env -u ASYNCC_DEBUG not --crash %run %t.gcc plain
#define _GNU_SOURCE
#include <asyncc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static ac_channel *ch;
static volatile sig_atomic_t own_ran;
static void own_handler(int sig) { (void)sig; own_ran = 1; }

SUSPEND static void sleeper(void) {
    ac_delay(100000);                                   // line 27
}

SUSPEND static void receiver(void) {
    int v;
    ac_channel_receive(ch, &v);                         // line 32
}

/* What the dump thread writes on stderr (a pipe), up to its last line. */
static void echo_dump(int fd) {
    static char buf[65536];
    size_t n = 0;
    while (n < sizeof buf - 1 && !strstr(buf, "end of coroutine dump\n")) {
        ssize_t r = read(fd, buf + n, sizeof buf - 1 - n);
        if (r <= 0)
            break;
        n += (size_t)r;
        buf[n] = '\0';
    }
    fputs(buf, stdout);
}

/* The pool's coroutine may still be ending its step: poll the dump. */
static int both_parked(void) {
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    ac_dump(m);
    fclose(m);
    int n = 0;
    for (const char *p = text; (p = strstr(p, ", suspended]")); p++)
        n++;
    free(text);
    return n == 2;
}

SUSPEND static int main_co(int fd) {
    ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
    ac_coroutine_scope(s) {
        ac_launch_ctx(s, ac_coroutine_name("sleeper"), AC_START_DEFAULT, sleeper());
        ac_launch_ctx(s, ac_ctx_plus(ac_coroutine_name("receiver"), ac_ctx_dispatcher(ac_dispatcher_default())),
                      AC_START_DEFAULT, receiver());
        for (int i = 0; i < 10000 && !both_parked(); i++)
            ac_delay(1);
        raise(SIGQUIT);
        echo_dump(fd);
        printf("still running\n");
        ac_job_cancel(ac_scope_job(s), NULL);
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "plain") == 0) {
        setrlimit(RLIMIT_CORE, &(struct rlimit){0, 0});
        int v;
        ac_run_blocking(({ ac_yield(); 0; }), &v);
        raise(SIGQUIT);                                 /* dies */
        printf("not reached\n");
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "own") == 0) {
        signal(SIGQUIT, own_handler);
        int v;
        ac_run_blocking(({ ac_yield(); 0; }), &v);
        raise(SIGQUIT);
        printf("own handler ran: %d\n", (int)own_ran);
        return 0;
    }
    int p[2];
    if (pipe(p) != 0)
        return 1;
    int saved = dup(2);
    dup2(p[1], 2);
    int v = 0;
    ac_error *e = ac_run_blocking(main_co(p[0]), &v);
    dup2(saved, 2);
    printf("cancelled=%d\n", e && ac_error_is(e, &AC_JOB_CANCELLATION));
    ac_error_free(e);
    ac_channel_release(ch);
    return 0;
}
// OWN: own handler ran: 1
// OWN-NOT: coroutine dump
// CHECK:      asyncc: coroutine dump: 3 coroutines
// CHECK-NEXT: #1 [active, running] on loop@main
// CHECK-NEXT:   #2 "sleeper" [active, suspended] on loop@main
// CHECK-NEXT:       at ac_delay
// CHECK-NEXT:       at sleeper ([[FILE]]:27)
// CHECK-NEXT:   #1 "receiver" [active, suspended] on Default
// CHECK-NEXT:       at ac_channel_receive
// CHECK-NEXT:       at receiver ([[FILE]]:32)
// CHECK-NEXT: asyncc: end of coroutine dump
// CHECK-NEXT: still running
// CHECK-NEXT: cancelled=1
