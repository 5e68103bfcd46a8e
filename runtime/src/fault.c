/*
 * fault.c -- failure injection for robustness tests (issue 7).
 *
 * Compiled in only in the test variant of the runtime, libasyncc-faults.a
 * (CMake option ASYNCC_FAULT_INJECTION, target asyncc_runtime_faults, built
 * with -DAC__FAULTS); in libasyncc.a ac__fault() is the constant false and
 * the hooks compile to nothing.
 *
 *   ASYNCC_FAIL=<kind>:<n>[+][,<kind>:<n>[+]...]
 *       the n-th call (counted from 1, process-wide, all threads) of that
 *       kind fails; with `+` it and every later one fail.  Kinds:
 *         alloc    ac__malloc / ac__realloc, the pools' own calloc
 *         thread   pthread_create (workers, single-thread dispatchers,
 *                  the reactor, the dump thread)
 *         epoll    epoll_create1 / epoll_ctl / epoll_wait of the reactor
 *         eventfd  eventfd() of a driven loop
 *         io       the syscall of ac_read/ac_write/ac_recv/ac_send/
 *                  ac_accept/ac_connect/ac_io_wait (fails with EIO), and
 *                  the read/write of a driven loop's eventfd (EINTR, the
 *                  only way those can fail)
 *   ASYNCC_FAIL_COUNT=1
 *       at exit, print to stderr how many calls of each kind were made:
 *       "asyncc-faults: alloc=N thread=N epoll=N eventfd=N io=N"
 *
 * With ASYNCC_FAIL set, an API that hands a failure back to the program as
 * a NULL result (ac_launch/ac_async) also prints "asyncc-faults: note: ..."
 * to stderr, so that the sweep can tell a program that ignored the NULL.
 */
#include "internal.h"

#ifdef AC__FAULTS

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[AC__FAULT_KINDS] = {
    "alloc", "thread", "epoll", "eventfd", "io"};

static struct {
    pthread_once_t once;
    bool on;                            /* ASYNCC_FAIL or _COUNT set */
    long at[AC__FAULT_KINDS];           /* 0: never */
    bool from[AC__FAULT_KINDS];         /* `+`: at and after */
    atomic_long calls[AC__FAULT_KINDS];
} F = {.once = PTHREAD_ONCE_INIT};

static void report(void)
{
    fprintf(stderr, "asyncc-faults:");
    for (int k = 0; k < AC__FAULT_KINDS; k++)
        fprintf(stderr, " %s=%ld", kind_names[k], atomic_load(&F.calls[k]));
    fputc('\n', stderr);
}

static void parse(const char *spec)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", spec);
    for (char *save = NULL, *item = strtok_r(buf, ",", &save); item;
         item = strtok_r(NULL, ",", &save)) {
        char *colon = strchr(item, ':');
        if (!colon)
            goto bad;
        *colon = '\0';
        int k = 0;
        while (k < AC__FAULT_KINDS && strcmp(item, kind_names[k]) != 0)
            k++;
        char *end;
        long n = strtol(colon + 1, &end, 10);
        bool plus = *end == '+';
        if (k == AC__FAULT_KINDS || n < 1 || end == colon + 1 || end[plus] != '\0')
            goto bad;
        F.at[k] = n;
        F.from[k] = plus;
        F.on = true;
        continue;
    bad:
        fprintf(stderr, "asyncc-faults: ignoring ASYNCC_FAIL item '%s' "
                "(want <alloc|thread|epoll|eventfd|io>:<n>[+])\n", item);
    }
}

static void init(void)
{
    const char *spec = getenv("ASYNCC_FAIL");
    if (spec && *spec)
        parse(spec);
    const char *count = getenv("ASYNCC_FAIL_COUNT");
    if (count && *count && strcmp(count, "0") != 0) {
        F.on = true;
        atexit(report);
    }
}

void ac__fault_note(const char *what)
{
    pthread_once(&F.once, init);
    for (int k = 0; k < AC__FAULT_KINDS; k++)
        if (F.at[k]) {
            fprintf(stderr, "asyncc-faults: note: %s\n", what);
            return;
        }
}

bool ac__fault(enum ac__fault_kind k)
{
    pthread_once(&F.once, init);
    if (!F.on)
        return false;
    long n = atomic_fetch_add_explicit(&F.calls[k], 1, memory_order_relaxed) + 1;
    return F.at[k] && (n == F.at[k] || (F.from[k] && n > F.at[k]));
}

#else
typedef int ac__fault_c_is_empty;       /* ISO C wants a declaration */
#endif
