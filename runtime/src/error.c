/*
 * error.c -- ac_error: a type, a message, a cause, suppressed errors, the
 * throw position and the async stack, under a reference count.
 *
 * Errors are shared (a failed async child's error is kept by its job and
 * thrown again in every awaiter), hence the count.  It is atomic because an
 * error may be handed to another thread.  The throw position and async
 * stack are only changed by whoever holds the single reference (the
 * coroutine unwinding with it).  The suppressed list grows on shared
 * errors (a job finishing attaches its later failures to the first, which
 * awaiters may be printing), so it has a lock of its own.  When memory runs out the runtime still has
 * to report *something*: a static out-of-memory error, never counted, never
 * changed, never freed.
 */
#include "internal.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

const ac_error_type AC_ERROR = {"Error", NULL};
const ac_error_type AC_OUT_OF_MEMORY = {"OutOfMemoryError", &AC_ERROR};
const ac_error_type AC_ILLEGAL_STATE = {"IllegalStateException", &AC_ERROR};
const ac_error_type AC_ILLEGAL_ARGUMENT = {"IllegalArgumentException", &AC_ERROR};
const ac_error_type AC_ARITHMETIC = {"ArithmeticException", &AC_ERROR};
const ac_error_type AC_IO_ERROR = {"IOException", &AC_ERROR};
const ac_error_type AC_DEADLOCK = {"DeadlockError", &AC_ERROR};
const ac_error_type AC_CANCELLATION = {"CancellationException", &AC_ERROR};
const ac_error_type AC_JOB_CANCELLATION = {"JobCancellationException", &AC_CANCELLATION};
const ac_error_type AC_TIMEOUT = {"TimeoutCancellationException", &AC_CANCELLATION};

#define MAX_FRAMES 64       /* async stack entries kept; the rest counted */

typedef struct {
    const char *func, *file;
    int line;
} stack_entry;

struct ac_error {
    const ac_error_type *type;
    atomic_uint refs;
    bool immortal;          /* the static out-of-memory error */
    ac_error *cause;
    ac__lock lock;          /* the suppressed list */
    ac_error **suppressed;
    size_t nsuppressed, suppressed_cap;
    const char *file;       /* throw position */
    int line;
    stack_entry *stack;
    size_t nstack, stack_cap, stack_dropped;
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

static ac_error *error_vnew(const ac_error_type *type, ac_error *cause,
                            const char *fmt, va_list ap)
{
    va_list ap2;
    int n = 0;
    va_copy(ap2, ap);
    if (fmt) {                       /* measure, then allocate and print */
        n = vsnprintf(NULL, 0, fmt, ap);
        if (n < 0)
            n = 0;
    }
    ac_error *e = ac__malloc(sizeof *e + (size_t)n + 1);
    if (!e) {
        va_end(ap2);
        ac_error_release(cause);
        return &oom_error;
    }
    memset(e, 0, sizeof *e);
    ac__lock_init(&e->lock);
    e->type = type ? type : &AC_ERROR;
    atomic_init(&e->refs, 1);
    e->cause = cause;
    e->text[0] = '\0';
    if (fmt && n > 0)
        vsnprintf(e->text, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    e->message = e->text;
    return e;
}

ac_error *ac_error_new(const ac_error_type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ac_error *e = error_vnew(type, NULL, fmt, ap);
    va_end(ap);
    return e;
}

ac_error *ac_error_new_cause(const ac_error_type *type, ac_error *cause,
                             const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ac_error *e = error_vnew(type, cause, fmt, ap);
    va_end(ap);
    return e;
}

ac_error *ac_error_retain(ac_error *e)
{
    if (e && !e->immortal)
        atomic_fetch_add_explicit(&e->refs, 1, memory_order_relaxed);
    return e;
}

void ac_error_release(ac_error *e)
{
    /* a loop, not recursion, down the cause chain */
    while (e && !e->immortal &&
           atomic_fetch_sub_explicit(&e->refs, 1, memory_order_acq_rel) == 1) {
        ac_error *cause = e->cause;
        for (size_t i = 0; i < e->nsuppressed; i++)
            ac_error_release(e->suppressed[i]);
        ac__free(e->suppressed);
        ac__free(e->stack);
        ac__free(e);
        e = cause;
    }
}

void ac_error_free(ac_error *e)
{
    ac_error_release(e);
}

bool ac__error_exclusive(const ac_error *e)
{
    return e && !e->immortal &&
           atomic_load_explicit(&e->refs, memory_order_acquire) == 1;
}

const ac_error_type *ac_error_type_of(const ac_error *e)
{
    return e ? e->type : NULL;
}

const char *ac_error_type_name(const ac_error *e)
{
    return e ? e->type->name : "";
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

ac_error *ac_error_cause(const ac_error *e)
{
    return e ? e->cause : NULL;
}

/* The lock of a const error: the list it guards is not part of what
 * `const` promises (suppressed errors are only ever added). */
static ac__lock *suppressed_lock(const ac_error *e)
{
    return &((ac_error *)e)->lock;
}

size_t ac_error_suppressed_count(const ac_error *e)
{
    if (!e || e->immortal)
        return 0;
    ac__lock_acquire(suppressed_lock(e));
    size_t n = e->nsuppressed;
    ac__lock_release(suppressed_lock(e));
    return n;
}

/* Stays valid as long as e: suppressed errors are never removed. */
ac_error *ac_error_suppressed(const ac_error *e, size_t i)
{
    if (!e || e->immortal)
        return NULL;
    ac__lock_acquire(suppressed_lock(e));
    ac_error *s = i < e->nsuppressed ? e->suppressed[i] : NULL;
    ac__lock_release(suppressed_lock(e));
    return s;
}

int ac_error_add_suppressed(ac_error *e, ac_error *s)
{
    if (!e || !s || e == s || e->immortal) {
        ac_error_release(s);
        return -1;
    }
    int rc = 0;
    ac__lock_acquire(&e->lock);
    if (e->nsuppressed == e->suppressed_cap) {
        size_t cap = e->suppressed_cap ? 2 * e->suppressed_cap : 4;
        ac_error **v = ac__realloc(e->suppressed, cap * sizeof *v);
        if (v) {
            e->suppressed = v;
            e->suppressed_cap = cap;
        } else {
            rc = -1;
        }
    }
    if (rc == 0)
        e->suppressed[e->nsuppressed++] = s;
    ac__lock_release(&e->lock);
    if (rc != 0)
        ac_error_release(s);
    return rc;
}

const char *ac_error_file(const ac_error *e)
{
    return e ? e->file : NULL;
}

int ac_error_line(const ac_error *e)
{
    return e ? e->line : 0;
}

void ac__error_set_position(ac_error *e, const char *file, int line)
{
    if (e && !e->immortal && !e->file && file && ac__error_exclusive(e)) {
        e->file = file;
        e->line = line;
    }
}

void ac__error_push_frame(ac_error *e, const char *func, const char *file,
                          int line)
{
    if (!ac__error_exclusive(e) || !file)
        return;
    if (e->nstack == MAX_FRAMES) {
        e->stack_dropped++;
        return;
    }
    if (e->nstack == e->stack_cap) {
        size_t cap = e->stack_cap ? 2 * e->stack_cap : 8;
        stack_entry *v = ac__realloc(e->stack, cap * sizeof *v);
        if (!v) {
            e->stack_dropped++;     /* a shorter trace, not a failure */
            return;
        }
        e->stack = v;
        e->stack_cap = cap;
    }
    e->stack[e->nstack++] = (stack_entry){func, file, line};
}

size_t ac_error_frame_count(const ac_error *e)
{
    return e ? e->nstack : 0;
}

int ac_error_frame(const ac_error *e, size_t i, const char **func,
                   const char **file, int *line)
{
    if (!e || i >= e->nstack)
        return -1;
    if (func)
        *func = e->stack[i].func;
    if (file)
        *file = e->stack[i].file;
    if (line)
        *line = e->stack[i].line;
    return 0;
}

static void print_head(const ac_error *e, FILE *out, const char *prefix,
                       const char *indent)
{
    if (e->message[0])
        fprintf(out, "%s%s%s: %s\n", indent, prefix, e->type->name, e->message);
    else
        fprintf(out, "%s%s%s\n", indent, prefix, e->type->name);
    if (e->file)
        fprintf(out, "%s\tthrown at %s:%d\n", indent, e->file, e->line);
    for (size_t i = 0; i < e->nstack; i++)
        fprintf(out, "%s\tat %s (%s:%d)\n", indent,
                e->stack[i].func ? e->stack[i].func : "?", e->stack[i].file,
                e->stack[i].line);
    if (e->stack_dropped)
        fprintf(out, "%s\t... %zu more\n", indent, e->stack_dropped);
}

/* Suppressed errors indented one tab under their error; causes follow as
 * "Caused by:" at the same level, as the JVM prints them. */
static void print_error(const ac_error *e, FILE *out, const char *prefix,
                        int depth)
{
    char indent[16];
    int n = depth < 15 ? depth : 15;
    memset(indent, '\t', (size_t)n);
    indent[n] = '\0';
    for (int guard = 0; e && guard < 32; guard++) {
        print_head(e, out, prefix, indent);
        ac_error *sup;
        for (size_t i = 0; (sup = ac_error_suppressed(e, i)); i++)
            print_error(sup, out, "Suppressed: ", depth + 1);
        e = e->cause;
        prefix = "Caused by: ";
    }
}

void ac_error_print(const ac_error *e, FILE *out)
{
    if (e)
        print_error(e, out, "", 0);
}
