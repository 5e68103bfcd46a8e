// A dispatcher's thread is named after it ("ac-default-N" for the default pool's workers, a single-thread
// dispatcher's name); with ASYNCC_DEBUG=1 it carries the name of the coroutine
// it runs while it runs it (coroutine name, or coroutine#N), as Kotlin's debug
// mode names threads.  Idle dispatchers sleep: over a second with nothing to do
// (the pools' threads parked, one of Default's waiting for a timer a minute
// away, IO's threads idle) the process uses (almost) no CPU time.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: env ASYNCC_DEBUG=1 %run %t.gcc | FileCheck --check-prefix=DEBUG %s
// RUN: env ASYNCC_DEBUG=0 %run %t.gcc | FileCheck --check-prefix=PLAIN %s
#include <asyncc.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static void thread_name(char *buf, size_t n) {
    FILE *f = fopen("/proc/thread-self/comm", "r");
    buf[0] = '\0';
    if (f) {
        if (fgets(buf, (int)n, f)) buf[strcspn(buf, "\n")] = '\0';
        fclose(f);
    }
}

SUSPEND static void report(const char *what) {
    char name[32];
    thread_name(name, sizeof name);
    printf("%s runs on thread '%s'\n", what, name);
}

SUSPEND static void sleeper(void) {
    ac_delay(60000);
}

static double cpu_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(void) {
    ac_dispatcher *w = ac_dispatcher_new_single_thread("io-worker");
    if (!w) return 1;
    ac_scope *sc = ac_scope_new(ac_ctx_dispatcher(w));
    ac_job *a = ac_launch_ctx(sc, ac_coroutine_name("fetcher"), AC_START_DEFAULT, report("named"));
    ac_job *b = ac_launch(sc, report("unnamed"));
    ac_scope *bg = ac_scope_new(NULL);
    ac_job *c = ac_launch(bg, report("default"));
    ac_job *d = ac_launch_ctx(bg, ac_ctx_dispatcher(ac_dispatcher_io()), AC_START_DEFAULT, report("io"));
    ac_job *z = ac_launch(bg, sleeper());
    while (!ac_job_is_completed(a) || !ac_job_is_completed(b) || !ac_job_is_completed(c) ||
           !ac_job_is_completed(d)) {
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
    /* both dispatcher threads exist and have nothing to do */
    double before = cpu_seconds();
    struct timespec one = {1, 0};
    nanosleep(&one, NULL);
    double used = cpu_seconds() - before;
    printf("idle second used under 0.1 s of CPU: %s\n", used < 0.1 ? "yes" : "no");
    ac_job_cancel(z, NULL);
    ac_scope_release(sc);
    ac_scope_release(bg);
    return ac_dispatcher_close(w);
}
// DEBUG-DAG: named runs on thread 'fetcher#{{[0-9]+}}'
// DEBUG-DAG: unnamed runs on thread 'coroutine#{{[0-9]+}}'
// DEBUG-DAG: default runs on thread 'coroutine#{{[0-9]+}}'
// DEBUG-DAG: io runs on thread 'coroutine#{{[0-9]+}}'
// PLAIN-DAG: named runs on thread 'io-worker'
// PLAIN-DAG: unnamed runs on thread 'io-worker'
// PLAIN-DAG: default runs on thread 'ac-default-{{[0-9]+}}'
// PLAIN-DAG: io runs on thread 'ac-io-{{[0-9]+}}'
// DEBUG: idle second used under 0.1 s of CPU: yes
// PLAIN: idle second used under 0.1 s of CPU: yes
