/*
 * asyncc.h -- Kotlin-style coroutines for C.
 *
 * Functions marked SUSPEND are rewritten by the `asyncc` translator into
 * stackless state machines that run on this runtime.  A suspend function is
 * entered from ordinary C only through a builder (ac_run_blocking, ac_launch,
 * ac_async); from another suspend function it is called like any function.
 *
 *     SUSPEND static int twice(int x) { ac_delay(10); return 2 * x; }
 *
 *     int main(void) {
 *         int v;
 *         ac_error *err = ac_run_blocking(twice(21), &v);
 *         if (err) { ac_error_print(err, stderr); return 1; }
 *         printf("%d\n", v);                         // 42
 *     }
 *
 * The header has three faces:
 *   - __ASYNCC__ defined (the translator parsing a source): SUSPEND is an
 *     annotation and the builders expand to markers the translator rewrites.
 *   - ASYNCC_SEQUENTIAL defined: SUSPEND is empty, ac_yield/ac_delay do
 *     nothing and ac_run_blocking calls its argument.  A program built this
 *     way is the sequential reference the test suite compares against.
 *   - otherwise (compiling translated output): the runtime API below; any
 *     suspend function or builder left untranslated is a compile error.
 *
 * Everything named ac__* is internal: the contract between the translator's
 * generated code and the runtime, not for hand-written code.
 */
#ifndef ASYNCC_H
#define ASYNCC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h> /* memcpy in generated code */

#ifdef __cplusplus
extern "C" {
#endif

#define ASYNCC_VERSION "0.1.0"

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

/* An error type is a static descriptor; `parent` makes types a tree so a
 * test can ask "is this a cancellation?" with ac_error_is. */
typedef struct ac_error_type {
    const char *name;
    const struct ac_error_type *parent;
} ac_error_type;

extern const ac_error_type AC_ERROR;           /* root of all error types */
extern const ac_error_type AC_OUT_OF_MEMORY;   /* an allocation failed */
extern const ac_error_type AC_ILLEGAL_STATE;   /* runtime misuse */
extern const ac_error_type AC_ILLEGAL_ARGUMENT;
extern const ac_error_type AC_DEADLOCK;        /* run_blocking: nothing can run */
extern const ac_error_type AC_CANCELLATION;

typedef struct ac_error ac_error;

/* A new error with a printf-style message.  Never returns NULL: when memory
 * is exhausted it returns a static out-of-memory error instead. */
ac_error *ac_error_new(const ac_error_type *type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
const ac_error_type *ac_error_type_of(const ac_error *e);
const char *ac_error_message(const ac_error *e);
/* 1 if e's type is `type` or a descendant of it. */
int ac_error_is(const ac_error *e, const ac_error_type *type);
/* "Type: message" and what else the error carries, one item a line. */
void ac_error_print(const ac_error *e, FILE *out);
/* Errors returned to the program (by ac_run_blocking) are owned by it. */
void ac_error_free(ac_error *e);

/* ------------------------------------------------------------------ */
/* Jobs, deferreds, scopes                                             */
/* ------------------------------------------------------------------ */

typedef struct ac_job ac_job;          /* a launched coroutine */
typedef struct ac_job ac_deferred;     /* a coroutine with a result */
typedef struct ac_scope ac_scope;      /* where coroutines are launched */

/* Job handles stay valid until the scope they were launched into ends. */
int ac_job_is_active(const ac_job *job);
int ac_job_is_completed(const ac_job *job);

/* ------------------------------------------------------------------ */
/* The frame ABI used by generated code                                */
/* ------------------------------------------------------------------ */

typedef enum ac_status {
    AC_DONE = 0,      /* the frame finished; its result is stored */
    AC_SUSPENDED = 1, /* the coroutine waits; its innermost frame resumes later */
    AC_CALL = 2,      /* a callee frame was pushed; the trampoline runs it */
    AC_THROW = 3      /* the coroutine failed; its error is recorded */
} ac_status;

typedef struct ac_coro ac_coro;
typedef struct ac_frame ac_frame;

/* Every suspend function's frame begins with this header.  Frames of one
 * coroutine are strictly LIFO and live in the coroutine's frame arena. */
struct ac_frame {
    ac_status (*resume)(ac_frame *self); /* continue at `state` */
    ac_frame *caller;                    /* NULL for a coroutine's root frame */
    ac_coro *coro;                       /* the coroutine this frame runs in */
    void *result;                        /* where `return` stores the value */
    int state;                           /* 0 = start, k = after suspension k */
    int line;                            /* source line of the current state */
    const char *file;                    /* source file of the function */
};

/* A new coroutine whose result (for ac_async / ac_run_blocking) takes
 * result_size bytes.  NULL if memory is exhausted. */
ac_coro *ac__coro_new(size_t result_size);

/* Allocates a frame of `size` bytes (header included) in co's arena and
 * fills its header: resume, coro, state 0, result (`result`, or the
 * coroutine's result area when NULL).  Returns NULL when co is NULL or
 * memory is exhausted; a coroutine that had no frame yet is freed then, so
 * `f__ac_new(ac__coro_new(n), ...)` leaks nothing when it fails. */
void *ac__frame_alloc(ac_coro *co, size_t size,
                      ac_status (*resume)(ac_frame *), void *result);
/* The same for a frame whose type needs `align` (a power of two) bytes of
 * alignment: generated frames with _Alignas locals. */
void *ac__frame_alloc_aligned(ac_coro *co, size_t size, size_t align,
                              ac_status (*resume)(ac_frame *), void *result);

/* Runs `callee` (just allocated in caller's coroutine) on behalf of caller.
 * Returns AC_DONE when it completed at once (the callee is popped and the
 * caller continues without a trip through the scheduler); otherwise the
 * status the caller must return to the trampoline, which resumes the caller
 * at its saved state once the callee is done.  Bounded C recursion: deep
 * chains bounce through the trampoline. */
ac_status ac__call(ac_frame *caller, ac_frame *callee);

/* A resume function was entered with a state it never saved: reports the
 * corruption on fr's coroutine and returns AC_THROW. */
ac_status ac__bad_state(ac_frame *fr);

/* Records an out-of-memory failure on fr's coroutine; returns AC_THROW. */
ac_status ac__fail_oom(ac_frame *fr);

/* Builders, called with a root frame made by f__ac_new(ac__coro_new(..)).
 * A NULL root means allocation failed: the builder reports it. */
ac_error *ac__run_blocking(ac_frame *root, void *out, size_t result_size);
ac_job *ac__launch(ac_scope *scope, ac_frame *root);
ac_deferred *ac__async(ac_scope *scope, ac_frame *root);

/* Scope blocks: storage lives in the enclosing frame. */
struct ac_scope {
    ac_coro *owner;        /* coroutine running the scope block */
    ac_job *children;      /* launched coroutines, newest first */
    size_t active;         /* children not yet completed */
    ac_frame *waiter;      /* frame suspended in ac__scope_join */
    ac_error *failure;     /* first child failure (rethrown at scope end) */
};
void ac__scope_open(ac_scope *scope, ac_frame *owner);
/* ac__scope_close releases the children's handles; returns AC_DONE, or
 * AC_THROW with the first child failure recorded on the owner. */
ac_status ac__scope_close(ac_scope *scope, ac_frame *owner);

/* Generated entry points of the runtime's own suspend functions.  The
 * translator calls NAME__ac_new for every suspend function NAME. */
ac_frame *ac_delay__ac_new(ac_coro *co, void *res, int64_t ms);
ac_frame *ac_yield__ac_new(ac_coro *co, void *res);
ac_frame *ac_join__ac_new(ac_coro *co, void *res, ac_job *job);
ac_frame *ac__await_ptr__ac_new(ac_coro *co, void **res, ac_deferred *d);
ac_frame *ac__scope_join__ac_new(ac_coro *co, void *res, ac_scope *scope);

/* ------------------------------------------------------------------ */
/* The surface: what annotated C is written with                       */
/* ------------------------------------------------------------------ */

#if defined(ASYNCC_SEQUENTIAL)

#define SUSPEND
#define ac_delay(ms) ((void)(ms))
#define ac_yield() ((void)0)
#define ac_run_blocking(call, out) (*(out) = (call), (ac_error *)0)

#else /* translated or being translated */

#if defined(__ASYNCC__)
#define SUSPEND __attribute__((annotate("ac_suspend")))
#define AC__BUILDER
#elif defined(__clang__)
#define SUSPEND __attribute__((unavailable("suspend function used in a file not translated by asyncc")))
#define AC__BUILDER __attribute__((unavailable("coroutine builder used in a file not translated by asyncc")))
#elif defined(__GNUC__)
#define SUSPEND __attribute__((error("suspend function used in a file not translated by asyncc")))
#define AC__BUILDER __attribute__((error("coroutine builder used in a file not translated by asyncc")))
#else
#define SUSPEND
#define AC__BUILDER
#endif

/* Suspend for `ms` milliseconds (timer heap of the event loop). */
SUSPEND void ac_delay(int64_t ms);
/* Let the other ready coroutines of this loop run, then continue. */
SUSPEND void ac_yield(void);
/* Wait until `job` has completed. */
SUSPEND void ac_join(ac_job *job);
/* Internal: wait for d and return the address of its result. */
SUSPEND void *ac__await_ptr(ac_deferred *d);
/* Internal: wait until every child of the scope has completed. */
SUSPEND void ac__scope_join(ac_scope *scope);

/* Markers the translator rewrites.  `call` is a call of a suspend
 * function; the `, 0` lets it be void. */
AC__BUILDER ac_error *ac__run_blocking_builder(int call, void *out);
AC__BUILDER ac_job *ac__launch_builder(ac_scope *scope, int call);
AC__BUILDER ac_deferred *ac__async_builder(ac_scope *scope, int call);
AC__BUILDER ac_scope *ac__scope_builder(void);

/* ac_run_blocking(CALL, OUT): run the suspend call CALL on an event loop on
 * this thread until it and everything it launched completed; store its
 * value through OUT (NULL to drop it, or for void).  Returns NULL on
 * success, else the failure, which the caller frees. */
#define ac_run_blocking(call, out) ac__run_blocking_builder(((call), 0), (out))

/* ac_launch(scope, CALL): start CALL as a new coroutine in `scope`. */
#define ac_launch(scope, call) ac__launch_builder((scope), ((call), 0))

/* ac_async(scope, CALL): like ac_launch, with a result for AC_AWAIT. */
#define ac_async(scope, call) ac__async_builder((scope), ((call), 0))

/* AC_AWAIT(T, d): suspend until deferred d completes; its value, of type T. */
#define AC_AWAIT(T, d) (*(T *)ac__await_ptr(d))

/* ac_coroutine_scope(s) { ... }: the block may launch into `s`; it ends only
 * when every coroutine launched into `s` has ended.  Leaving the block by
 * break, return or goto also waits for them. */
#define ac_coroutine_scope(s) \
    for (ac_scope *s = ac__scope_builder(); s; s = 0)

#endif /* !ASYNCC_SEQUENTIAL */

#ifdef __cplusplus
}
#endif
#endif /* ASYNCC_H */
