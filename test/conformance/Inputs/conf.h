/*
 * conf.h -- shared helpers of the conformance scenarios (test/conformance/).
 *
 * They print what the Kotlin side's helpers print (see ../README.md, "Output
 * conventions"), so that a scenario's C half can print the same lines:
 *   ex(e)      "SimpleName: message", or "SimpleName" when there is no message
 *   st(job)    "active=B completed=B cancelled=B"
 *   tf(b)      "true" / "false"
 *   names(e)   the suppressed errors' type names as a Kotlin list "[A, B]"
 *   has_child(parent, child), own_scope()
 * The strings live in a ring of static buffers, so a few may appear in one
 * printf; the scenarios that print from two threads at once do not use them.
 *
 * Error types that Kotlin has and the runtime does not are declared here with
 * Kotlin's names; the runtime's own types already carry Kotlin's names
 * (IOException, ArithmeticException, IllegalStateException, ...).
 */
#ifndef CONF_H
#define CONF_H

#include <asyncc.h>
#include <stdio.h>
#include <string.h>

static const ac_error_type IndexOutOfBoundsException = {"IndexOutOfBoundsException", &AC_ERROR};
static const ac_error_type AssertionError = {"AssertionError", &AC_ERROR};

#define CONF_BUFS 8
#define CONF_BUFLEN 256

static char *conf_buf(void)
{
    static char bufs[CONF_BUFS][CONF_BUFLEN];
    static unsigned next;
    return bufs[next++ % CONF_BUFS];
}

static inline const char *tf(int b) { return b ? "true" : "false"; }

static inline const char *ex(const ac_error *e)
{
    if (!e)
        return "null";
    char *b = conf_buf();
    const char *m = ac_error_message(e);
    if (m[0])
        snprintf(b, CONF_BUFLEN, "%s: %s", ac_error_type_name(e), m);
    else
        snprintf(b, CONF_BUFLEN, "%s", ac_error_type_name(e));
    return b;
}

static inline const char *st(const ac_job *j)
{
    char *b = conf_buf();
    snprintf(b, CONF_BUFLEN, "active=%s completed=%s cancelled=%s",
             tf(ac_job_is_active(j)), tf(ac_job_is_completed(j)),
             tf(ac_job_is_cancelled(j)));
    return b;
}

static inline const char *names(const ac_error *e)
{
    char *b = conf_buf();
    size_t n = ac_error_suppressed_count(e), len = 0;
    b[len++] = '[';
    b[len] = '\0';
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(b + len, CONF_BUFLEN - len, "%s%s", i ? ", " : "",
                                ac_error_type_name(ac_error_suppressed(e, i)));
    snprintf(b + len, CONF_BUFLEN - len, "]");
    return b;
}

/* parent.children.contains(child) */
static inline int has_child(ac_job *parent, ac_job *child)
{
    ac_job *kids[16];
    size_t n = ac_job_children(parent, kids, 16);
    int found = 0;
    for (size_t i = 0; i < n && i < 16; i++) {
        found |= kids[i] == child;
        ac_job_release(kids[i]);
    }
    return found;
}

/* The current coroutine as a scope object, for a launched coroutine that
 * launches children of its own (Kotlin's `this` in `launch { launch { } }`):
 * its job is the coroutine's, so the children are the coroutine's own.  The
 * caller releases it once its launches are done. */
static inline ac_scope *own_scope(void)
{
    return ac_scope_new(ac_ctx_plus(ac_ctx_retain(ac_current_context()),
                                    ac_ctx_job(ac_current_job())));
}

/* The end of every scenario's main, after runBlocking { body() }:
 *     int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
 * Exit 0 as the Kotlin program does.  A failure of runBlocking is printed by
 * the scenario itself where Kotlin catches it; reaching here it is a test
 * failure. */
static inline int conf_exit(ac_error *err)
{
    if (!err)
        return 0;
    fprintf(stderr, "conformance: runBlocking failed: ");
    ac_error_print(err, stderr);
    ac_error_release(err);
    return 1;
}

#endif
