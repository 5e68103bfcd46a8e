/*
 * error.c -- ac_error: a type, a message and a reference count.
 *
 * Errors are shared (a failed async child's error is kept by its job, by
 * its scope and by whoever awaits it), hence the count.  It is atomic
 * because an error may be handed to another thread (the program that
 * called run_blocking, later other dispatchers).  When memory runs out the
 * runtime still has to report *something*: a static out-of-memory error
 * that is never counted nor freed.
 */
#include "internal.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>

const ac_error_type AC_ERROR = {"Error", NULL};
const ac_error_type AC_OUT_OF_MEMORY = {"OutOfMemoryError", &AC_ERROR};
const ac_error_type AC_ILLEGAL_STATE = {"IllegalStateException", &AC_ERROR};
const ac_error_type AC_ILLEGAL_ARGUMENT = {"IllegalArgumentException", &AC_ERROR};
const ac_error_type AC_DEADLOCK = {"DeadlockError", &AC_ERROR};
const ac_error_type AC_CANCELLATION = {"CancellationException", &AC_ERROR};

struct ac_error {
    const ac_error_type *type;
    atomic_uint refs;
    bool immortal;          /* the static out-of-memory error */
    const char *message;    /* points into text[] (or a literal) */
    char text[];
};

static ac_error oom_error = {
    .type = &AC_OUT_OF_MEMORY,
    .immortal = true,
    .message = "out of memory",
};

ac_error *ac__error_oom(void)
{
    return &oom_error;
}

ac_error *ac_error_new(const ac_error_type *type, const char *fmt, ...)
{
    va_list ap;
    int n = 0;
    if (fmt) {                       /* measure, then allocate and print */
        va_start(ap, fmt);
        n = vsnprintf(NULL, 0, fmt, ap);
        va_end(ap);
        if (n < 0)
            n = 0;
    }
    ac_error *e = ac__malloc(sizeof *e + (size_t)n + 1);
    if (!e)
        return &oom_error;
    e->type = type ? type : &AC_ERROR;
    atomic_init(&e->refs, 1);
    e->immortal = false;
    e->text[0] = '\0';
    if (fmt && n > 0) {
        va_start(ap, fmt);
        vsnprintf(e->text, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    e->message = e->text;
    return e;
}

ac_error *ac__error_retain(ac_error *e)
{
    if (e && !e->immortal)
        atomic_fetch_add_explicit(&e->refs, 1, memory_order_relaxed);
    return e;
}

void ac__error_release(ac_error *e)
{
    if (!e || e->immortal)
        return;
    if (atomic_fetch_sub_explicit(&e->refs, 1, memory_order_acq_rel) == 1)
        ac__free(e);
}

void ac_error_free(ac_error *e)
{
    ac__error_release(e);
}

const ac_error_type *ac_error_type_of(const ac_error *e)
{
    return e ? e->type : NULL;
}

const char *ac_error_message(const ac_error *e)
{
    return e ? e->message : "";
}

int ac_error_is(const ac_error *e, const ac_error_type *type)
{
    if (!e)
        return 0;
    for (const ac_error_type *t = e->type; t; t = t->parent)
        if (t == type)
            return 1;
    return 0;
}

void ac_error_print(const ac_error *e, FILE *out)
{
    if (!e)
        return;
    if (e->message[0])
        fprintf(out, "%s: %s\n", e->type->name, e->message);
    else
        fprintf(out, "%s\n", e->type->name);
}
