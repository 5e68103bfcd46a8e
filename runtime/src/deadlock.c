/*
 * deadlock.c -- the error run_blocking returns when nothing can run.
 *
 * It names every coroutine that can never resume and where it waits (the
 * same description ac_shutdown uses for what it leaves behind): the
 * runtime primitive it is suspended in, and the innermost frame with a
 * source position (generated frames carry file and line; the runtime's
 * own frames do not).
 */
#include "internal.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>

#if defined(__SANITIZE_THREAD__)
#define AC__TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define AC__TSAN 1
#endif
#endif
#ifndef AC__TSAN
#define AC__TSAN 0
#endif

atomic_int ac__runtime_threads;

bool ac__other_user_threads(void)
{
    DIR *d = opendir("/proc/self/task");
    if (!d)
        return true;                /* cannot tell: do not call it a deadlock */
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        n += e->d_name[0] != '.';
    closedir(d);
    int others = n - 1 - atomic_load(&ac__runtime_threads);
    if (AC__TSAN && n > 1)
        others--;                   /* ThreadSanitizer's background thread,
                                       started with the first other thread */
    return others > 0;
}

typedef struct {
    char *p;
    size_t n, cap;
    bool failed;
} buf;

static void append(buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void append(buf *b, const char *fmt, ...)
{
    if (b->failed)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->p ? b->p + b->n : NULL, b->p ? b->cap - b->n : 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if (b->n + (size_t)n + 1 > b->cap) {    /* grow, then print again */
        size_t cap = 2 * (b->n + (size_t)n + 1);
        char *p = ac__realloc(b->p, cap);
        if (!p) {
            b->failed = true;
            return;
        }
        b->p = p;
        b->cap = cap;
        va_start(ap, fmt);
        vsnprintf(b->p + b->n, b->cap - b->n, fmt, ap);
        va_end(ap);
    }
    b->n += (size_t)n;
}

const char *ac__frame_primitive(const ac_frame *f)
{
    if (f->resume == ac__join_resume)
        return "ac_join";
    if (f->resume == ac__await_resume)
        return "AC_AWAIT";
    if (f->resume == ac__scope_join_resume)
        return "the end of a coroutine scope";
    if (f->resume == ac__delay_resume)
        return "ac_delay";
    if (f->resume == ac__yield_resume)
        return "ac_yield";
    return ac__frame_file(f) ? NULL : ac__frame_func(f); /* a runtime frame naming itself */
}

void ac__coro_describe(const ac_coro *co, char *out, size_t n)
{
    const char *name = ac_ctx_get_name(co->job.ctx);
    const ac_frame *f = co->frames.top;
    const char *what = f ? ac__frame_primitive(f) : NULL;
    while (f && !ac__frame_file(f))
        f = f->caller;
    char id[80], at[400];
    if (name)
        snprintf(id, sizeof id, "coroutine \"%.40s\" #%llu", name, (unsigned long long)co->id);
    else
        snprintf(id, sizeof id, "coroutine #%llu", (unsigned long long)co->id);
    if (f)
        snprintf(at, sizeof at, " at %.360s:%d", ac__frame_file(f), f->line);
    else
        snprintf(at, sizeof at, " at ?");
    snprintf(out, n, "%s%s%s%s", id, what ? " waits in " : "", what ? what : "", at);
}

static void describe(buf *b, const ac_coro *co)
{
    char line[512];
    ac__coro_describe(co, line, sizeof line);
    append(b, "\n  %s", line);
}

ac_error *ac__deadlock_error(ac__loop *l)
{
    buf b = {0};
    append(&b, "%zu coroutine%s can never resume (nothing is ready, no timer is pending):",
           l->live, l->live == 1 ? "" : "s");
    for (const ac_coro *c = l->live_head; c; c = c->next_live)
        describe(&b, c);
    ac_error *e = b.failed ? ac__error_oom() : ac_error_new(&AC_DEADLOCK, "%s", b.p);
    ac__free(b.p);
    return e;
}
