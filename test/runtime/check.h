/*
 * check.h -- the runtime unit tests' assertions and frame helpers.
 *
 * A failed check prints file:line and both values, and exits 1.  The frame
 * helpers write hand-made suspend functions in exactly the shape the
 * translator generates (see asyncc.h): a struct starting with ac_frame, a
 * resume function switching on hdr.state, and NAME__ac_new.
 */
#ifndef ASYNCC_TEST_CHECK_H
#define ASYNCC_TEST_CHECK_H

#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,         \
                    __LINE__, #cond);                                      \
            exit(1);                                                       \
        }                                                                  \
    } while (0)

#define T_FAIL(msg)                                                        \
    do {                                                                   \
        fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, (msg));         \
        exit(1);                                                           \
    } while (0)

#define CHECK_INT(actual, expected)                                        \
    do {                                                                   \
        long long a_ = (long long)(actual), e_ = (long long)(expected);    \
        if (a_ != e_) {                                                    \
            fprintf(stderr, "%s:%d: %s is %lld, expected %lld\n",          \
                    __FILE__, __LINE__, #actual, a_, e_);                  \
            exit(1);                                                       \
        }                                                                  \
    } while (0)

#define CHECK_STR(actual, expected)                                        \
    do {                                                                   \
        const char *a_ = (actual), *e_ = (expected);                       \
        if (!a_ || strcmp(a_, e_) != 0) {                                  \
            fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n",      \
                    __FILE__, __LINE__, #actual, a_ ? a_ : "(null)", e_);  \
            exit(1);                                                       \
        }                                                                  \
    } while (0)

#define CHECK_CONTAINS(haystack, needle)                                   \
    do {                                                                   \
        const char *h_ = (haystack), *n_ = (needle);                       \
        if (!h_ || !strstr(h_, n_)) {                                      \
            fprintf(stderr, "%s:%d: %s is \"%s\", lacks \"%s\"\n",         \
                    __FILE__, __LINE__, #haystack, h_ ? h_ : "(null)",     \
                    n_);                                                   \
            exit(1);                                                       \
        }                                                                  \
    } while (0)

/* Everything the runtime allocated on this thread has been freed, and every
 * coroutine by its reference count, except the ones a test expects a
 * deadlock to leave behind (t_torn_down). */
static _Thread_local uint64_t t_torn_down;
#define CHECK_NO_LEAK()                                                    \
    do {                                                                   \
        CHECK_INT(ac__stat.mallocs - ac__stat.frees, 0);                   \
        CHECK_INT(ac__stat.torn_down, t_torn_down);                        \
    } while (0)

/* An event log: tests record what ran, then compare the whole string. */
static char t_log[4096];

static void t_logf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2), unused))
#endif
    ;
static void t_logf(const char *fmt, ...)
{
    size_t n = strlen(t_log);
    if (n && n < sizeof t_log - 1)
        t_log[n++] = ' ';
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t_log + n, sizeof t_log - n, fmt, ap);
    va_end(ap);
}

#if defined(__GNUC__) && __GNUC__ >= 7 || defined(__clang__)
#define T_FALLTHROUGH __attribute__((fallthrough))
#else
#define T_FALLTHROUGH ((void)0)
#endif

/* Allocates frame type T in co's arena (NULL if co is NULL or OOM). */
#define T_NEW(T, co, res, resume)                                          \
    ((T *)ac__frame_alloc((co), sizeof(T), (resume), (res)))

/* The generated shape of a suspend call: make the callee's frame, save the
 * state, run it; resume at `case K` if it did not complete at once. */
#define T_CALL(fr, K, new_callee)                                          \
    do {                                                                   \
        ac_frame *t_cf = (new_callee);                                     \
        if (!t_cf)                                                         \
            return ac__fail_oom(&(fr)->hdr);                               \
        (fr)->hdr.state = (K);                                             \
        (fr)->hdr.line = __LINE__;                                         \
        ac_status t_st = ac__call(&(fr)->hdr, t_cf);                       \
        if (t_st != AC_DONE)                                               \
            return t_st;                                                   \
    } while (0);                                                           \
    T_FALLTHROUGH;                                                         \
    case K:

/* T_CALL whose failure (inline, or after suspending: state -K) goes to
 * `handler`, as generated code does inside a try or scope block. */
#define T_CALL_H(fr, K, new_callee, handler)                               \
    do {                                                                   \
        ac_frame *t_cf = (new_callee);                                     \
        if (!t_cf) {                                                       \
            ac__fail_oom(&(fr)->hdr);                                      \
            goto handler;                                                  \
        }                                                                  \
        (fr)->hdr.state = (K);                                             \
        (fr)->hdr.line = __LINE__;                                         \
        ac_status t_st = ac__call(&(fr)->hdr, t_cf);                       \
        if (t_st == AC_THROW)                                              \
            goto handler;                                                  \
        if (t_st != AC_DONE)                                               \
            return t_st;                                                   \
    } while (0);                                                           \
    T_FALLTHROUGH;                                                         \
    case -(K):                                                             \
        if ((fr)->hdr.state < 0)                                           \
            goto handler;                                                  \
        T_FALLTHROUGH;                                                     \
    case K:

/* How many children of a scope have not completed. */
static inline size_t t_children(ac_scope *s)
{
    return ac_job_children(ac_scope_job(s), NULL, 0);
}

/* The frame of the current function, named fr, typed from the struct. */
#define T_FRAME(T) T *fr = (T *)self

#endif /* ASYNCC_TEST_CHECK_H */
