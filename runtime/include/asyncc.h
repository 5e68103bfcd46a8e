/*
 * asyncc.h -- Kotlin-style coroutines for C.
 *
 * Functions marked SUSPEND are rewritten by the `asyncc` translator into
 * stackless state machines that run on this runtime.  A suspend function is
 * entered from ordinary C only through a builder (ac_run_blocking, ac_launch,
 * ac_async), given a call of it or an inline body ({ ... }); from another
 * suspend function it is called like any function.
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
#include <sys/socket.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ASYNCC_VERSION "0.1.0"

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

/* An error type is a static descriptor; `parent` makes types a tree so a
 * catch can ask "is this a cancellation?" with ac_error_is.  A program
 * defines its own the same way:
 *
 *     const ac_error_type MY_PARSE_ERROR = {"ParseError", &AC_ERROR};
 */
typedef struct ac_error_type {
    const char *name;
    const struct ac_error_type *parent;
} ac_error_type;

extern const ac_error_type AC_ERROR;           /* root of all error types */
extern const ac_error_type AC_OUT_OF_MEMORY;   /* an allocation failed */
extern const ac_error_type AC_ILLEGAL_STATE;   /* misuse, e.g. a bad state */
extern const ac_error_type AC_ILLEGAL_ARGUMENT;
extern const ac_error_type AC_ARITHMETIC;
extern const ac_error_type AC_IO_ERROR;        /* I/O failed; errno in message */
extern const ac_error_type AC_DEADLOCK;        /* run_blocking: nothing can run */
extern const ac_error_type AC_CANCELLATION;    /* a coroutine was cancelled */
extern const ac_error_type AC_JOB_CANCELLATION;/* ... by its job (child of it) */
extern const ac_error_type AC_TIMEOUT;         /* ac_with_timeout (a cancellation) */

typedef struct ac_error ac_error;

/* Ownership: errors are reference counted.  A function that returns an
 * ac_error * hands the caller one reference (release it with
 * ac_error_release) unless its comment says "borrowed".  ac_throw and the
 * functions documented as "consumes" take over the caller's reference.  An
 * error caught by ac_catch is borrowed for the catch block: the block's end
 * releases it; ac_rethrow(e) throws it on, ac_error_retain keeps it. */

/* A new error with a printf-style message.  Never returns NULL: when memory
 * is exhausted it returns a static out-of-memory error instead. */
ac_error *ac_error_new(const ac_error_type *type, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The same with a cause (consumed; NULL for none). */
ac_error *ac_error_new_cause(const ac_error_type *type, ac_error *cause,
                             const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
ac_error *ac_error_retain(ac_error *e);        /* returns e */
void ac_error_release(ac_error *e);            /* NULL is fine */
void ac_error_free(ac_error *e);               /* = ac_error_release */

const ac_error_type *ac_error_type_of(const ac_error *e);
const char *ac_error_type_name(const ac_error *e);
const char *ac_error_message(const ac_error *e);      /* "" if none */
/* 1 if e's type is `type` or a descendant of it. */
int ac_error_is(const ac_error *e, const ac_error_type *type);
ac_error *ac_error_cause(const ac_error *e);          /* borrowed, or NULL */
size_t ac_error_suppressed_count(const ac_error *e);
ac_error *ac_error_suppressed(const ac_error *e, size_t i); /* borrowed */
/* Attaches s (consumed) to e as a suppressed error.  0, or -1 if out of
 * memory (s is released then), e == s, or e is the static OOM error. */
int ac_error_add_suppressed(ac_error *e, ac_error *s);
/* Where it was first thrown (ac_throw's position, or the runtime function
 * that raised it): NULL/0 for an error never thrown. */
const char *ac_error_file(const ac_error *e);
int ac_error_line(const ac_error *e);
/* The async stack: the suspend functions it unwound through, innermost
 * first, each as function, file and line of the call it was in. */
size_t ac_error_frame_count(const ac_error *e);
int ac_error_frame(const ac_error *e, size_t i, const char **func,
                   const char **file, int *line);
/* "Type: message", the throw position, the async stack, the suppressed
 * errors and the cause chain, Java-style, one item a line. */
void ac_error_print(const ac_error *e, FILE *out);

/* ------------------------------------------------------------------ */
/* Jobs                                                                */
/* ------------------------------------------------------------------ */

/* A job is a cancellable thing with a lifecycle that ends in completion,
 * and a node in the tree of structured concurrency (see job.c for the
 * state machine).  Every coroutine has one; ac_job_new makes one without a
 * coroutine; scope blocks make one for their children.
 *
 *   state (Kotlin's)       is_active  is_completed  is_cancelled
 *   New (lazy, unstarted)      0           0             0
 *   Active                     1           0             0
 *   Completing (children)      1           0             0
 *   Cancelling                 0           0             1
 *   Cancelled (final)          0           1             1
 *   Completed (final)          0           1             0
 *
 * Handles: a builder's handle stays valid until the scope it was launched
 * into ends (a scope block's end, ac_scope_release for a scope object).
 * A builder whose value is not used makes a detached job, freed when it
 * completes.  ac_job_retain keeps a handle longer; ac_job_detach gives it
 * up early.  Jobs from ac_job_new / ac_supervisor_job_new belong to the
 * caller (ac_job_release).  Every function here is thread-safe. */
typedef struct ac_job ac_job;          /* a job */
typedef struct ac_job ac_deferred;     /* the job of an ac_async: has a result */
typedef struct ac_scope ac_scope;      /* where coroutines are launched */
typedef struct ac_ctx ac_ctx;          /* a coroutine context */

typedef enum ac_start {
    AC_START_DEFAULT = 0,  /* scheduled at once */
    AC_START_LAZY = 1      /* started by ac_job_start, ac_join or await */
} ac_start;

/* Job() / SupervisorJob(): a job with no coroutine, child of `parent`
 * (NULL: a root).  It stays active until ac_job_complete or a cancel; a
 * supervisor's children fail alone.  NULL if memory is exhausted. */
ac_job *ac_job_new(ac_job *parent);
ac_job *ac_supervisor_job_new(ac_job *parent);
/* Completes a job made by ac_job_new (it then waits for its children).
 * 1 if this call completed it, 0 if it was already completing or done. */
int ac_job_complete(ac_job *job);
/* Completes it with a failure (consumed), like a failed coroutine. */
int ac_job_complete_exceptionally(ac_job *job, ac_error *cause);

ac_job *ac_job_retain(ac_job *job);    /* returns job */
void ac_job_release(ac_job *job);      /* NULL is fine */
/* Gives up a builder's handle before its scope ends. */
void ac_job_detach(ac_job *job);

int ac_job_is_active(const ac_job *job);
int ac_job_is_completed(const ac_job *job);
int ac_job_is_cancelled(const ac_job *job);
/* Starts a lazy job: 1 if this call started it, 0 if it already was. */
int ac_job_start(ac_job *job);
/* The parent job (borrowed), NULL for a root. */
ac_job *ac_job_parent(const ac_job *job);
/* Stores up to `cap` of job's children that have not completed, in the
 * order they were attached (each a new reference: release them), and
 * returns how many there are. */
size_t ac_job_children(ac_job *job, ac_job **out, size_t cap);
/* A name for reports: the coroutine's name (ac_coroutine_name), else its
 * kind as kotlinx names it ("StandaloneCoroutine", "JobImpl", ...). */
const char *ac_job_name(const ac_job *job);

/* Cancels the job and all its descendants with `cause` (consumed; NULL
 * means a cancellation error "Job was cancelled").  A cause that is not a
 * cancellation makes it a failure, as when a child fails.  1 if the job
 * was active or completing; 0 if it was already cancelling or done. */
int ac_job_cancel(ac_job *job, ac_error *cause);
void ac_job_cancel_children(ac_job *job, ac_error *cause);
/* For a cancelling or completed job: why it was cancelled, as a
 * cancellation error (a failure is wrapped as its cause), or NULL if it
 * completed normally; for a new or active one an illegal-state error. */
ac_error *ac_job_get_cancellation_error(ac_job *job);
/* The failure of a completed deferred, borrowed (NULL: none). */
ac_error *ac_deferred_error(const ac_deferred *d);

typedef void ac_completion_fn(ac_job *job, const ac_error *cause, void *arg);
/* Runs fn(job, cause, arg) once when the job completes (after all its
 * children): cause NULL, a cancellation, or the failure.  If it has
 * already completed, fn runs now.  0, or -1 if out of memory. */
int ac_job_invoke_on_completion(ac_job *job, ac_completion_fn *fn, void *arg);
/* Unregisters a handler that has not run yet (Kotlin's dispose() of the
 * handle invokeOnCompletion returns): the latest registration of fn with
 * arg.  1 if one was removed, 0 if none is pending (it ran already). */
int ac_job_remove_completion(ac_job *job, ac_completion_fn *fn, void *arg);

/* ------------------------------------------------------------------ */
/* Context                                                             */
/* ------------------------------------------------------------------ */

/* An immutable set of elements, one per key: job, dispatcher, name,
 * exception handler, user keys.  NULL is the empty context.  Every
 * function that takes an ac_ctx * consumes the caller's reference (so
 * contexts compose in one expression); ac_ctx_retain to reuse one.
 *
 * The functions that make a context never return NULL.  When one cannot
 * (memory ran out, or ac_ctx_dispatcher(NULL), ac_ctx_job(NULL)) it
 * returns a failed context: ac_ctx_valid() is 0 for it, a + b of a failed
 * context is that failed context, and a builder given one fails with its
 * error (OutOfMemoryError, or IllegalArgumentException naming the call)
 * instead of running the coroutine somewhere nobody asked for. */
typedef void ac_exception_handler_fn(ac_ctx *ctx, ac_error *e, void *arg);
typedef struct ac_ctx_key {
    const char *name;
} ac_ctx_key;

ac_ctx *ac_ctx_retain(ac_ctx *ctx);
void ac_ctx_release(ac_ctx *ctx);
/* a + b: the elements of both; where both have a key, b's wins.  If a
 * or b is a failed context, that one (the other is released). */
ac_ctx *ac_ctx_plus(ac_ctx *a, ac_ctx *b);
/* 1 for a usable context (NULL, the empty context, included), 0 for a
 * failed one (see above). */
int ac_ctx_valid(const ac_ctx *ctx);
/* One-element contexts (a failed context when memory is exhausted). */
ac_ctx *ac_coroutine_name(const char *name);  /* copied */
ac_ctx *ac_exception_handler(ac_exception_handler_fn *fn, void *arg);
ac_ctx *ac_ctx_job(ac_job *job);              /* takes a reference; NULL job: failed */
ac_ctx *ac_ctx_value(const ac_ctx_key *key, void *value);
/* NonCancellable: a job element that is never cancelled (for cleanup). */
extern struct ac_ctx ac__non_cancellable_ctx;
#define ac_non_cancellable (&ac__non_cancellable_ctx)

/* Lookups; all borrowed.  ac_ctx_get_job of NonCancellable is NULL. */
ac_job *ac_ctx_get_job(const ac_ctx *ctx);
const char *ac_ctx_get_name(const ac_ctx *ctx);
void *ac_ctx_get(const ac_ctx *ctx, const ac_ctx_key *key);
int ac_ctx_is_non_cancellable(const ac_ctx *ctx);
/* The exception handler's function (NULL: none); its arg through `arg`. */
ac_exception_handler_fn *ac_ctx_get_handler(const ac_ctx *ctx, void **arg);

/* Keys of the built-in elements (user keys are the program's own
 * ac_ctx_key objects).  The job key also names NonCancellable. */
extern const ac_ctx_key AC_CTX_JOB_KEY;
extern const ac_ctx_key AC_CTX_NAME_KEY;
extern const ac_ctx_key AC_CTX_HANDLER_KEY;
extern const ac_ctx_key AC_CTX_DISPATCHER_KEY;
/* minusKey: ctx (consumed) without the element of `key`.  A context with
 * no element left is an empty context that is not NULL; a failed context
 * when memory is exhausted or ctx is one. */
ac_ctx *ac_ctx_minus_key(ac_ctx *ctx, const ac_ctx_key *key);

/* From inside a coroutine (a suspend function or what it calls): its
 * context and job, borrowed; NULL outside any coroutine.  The context's
 * job is not one of its elements (ac_ctx_get_job of it is NULL): the
 * current job is ac_current_job(), the innermost scope block's job inside
 * one. */
ac_ctx *ac_current_context(void);
ac_job *ac_current_job(void);

/* ------------------------------------------------------------------ */
/* Callback bridge (suspendCancellableCoroutine)                       */
/* ------------------------------------------------------------------ */

/* ac_suspend_cancellable(start, arg) suspends the calling coroutine and
 * calls start(c, arg) with a continuation c, which any code (a C callback
 * API, another thread, a timer of some library) resumes once:
 *
 *     static void on_done(void *user, int result) {
 *         ac_continuation *c = user;
 *         ac_continuation_resume(c, (void *)(intptr_t)result);
 *         ac_continuation_release(c);
 *     }
 *     static void start(ac_continuation *c, void *arg) {
 *         lib_start_request(arg, on_done, c);     // calls on_done later
 *     }
 *     SUSPEND int request(void *req) {
 *         return (int)(intptr_t)ac_suspend_cancellable(start, req);
 *     }
 *
 * The call returns the resumed value, or throws the error given to
 * ac_continuation_resume_error.  The wait is cancellable: a cancellation
 * of the coroutine throws a cancellation error at once, runs the hook set
 * with ac_continuation_invoke_on_cancellation (to abort the request), and
 * makes a later resume a no-op.  A resume made inside start itself, or on
 * another thread before the coroutine has finished suspending, is fine:
 * the coroutine continues once it has.
 *
 * start owns one reference to c and must drop it with
 * ac_continuation_release once nothing will touch c again (after resuming,
 * or after giving up).  Until then every call on c is safe, whatever the
 * coroutine did meanwhile. */
typedef struct ac_continuation ac_continuation;
typedef void ac_suspend_fn(ac_continuation *c, void *arg);
typedef void ac_continuation_cancel_fn(ac_continuation *c, void *arg);

/* Resumes with a value: 0; 1 if the coroutine was cancelled meanwhile
 * (the value is dropped); -1, with a message on stderr, if c was already
 * resumed. */
int ac_continuation_resume(ac_continuation *c, void *value);
/* Resumes by throwing `error` (consumed) in the coroutine; same returns. */
int ac_continuation_resume_error(ac_continuation *c, ac_error *error);
/* fn(c, arg) runs if the coroutine is cancelled while waiting (at once if
 * it already was), on the thread that ends the wait; it should cancel
 * whatever would resume c.  One hook per continuation: 0, or -1 if one is
 * set already. */
int ac_continuation_invoke_on_cancellation(ac_continuation *c,
                                           ac_continuation_cancel_fn *fn, void *arg);
void ac_continuation_release(ac_continuation *c);

/* ------------------------------------------------------------------ */
/* Dispatchers                                                         */
/* ------------------------------------------------------------------ */

/* A dispatcher runs coroutines on its thread(s): a context element, like
 * Kotlin's.  A coroutine runs on its context's dispatcher; children
 * inherit it; ac_with_context(ac_ctx_dispatcher(d)) { } runs a block on d
 * and comes back.  Without one, run_blocking's coroutines run on its
 * event loop and scope objects' on the default dispatcher. */
typedef struct ac__loop ac_dispatcher;

/* The default dispatcher (Dispatchers.Default): a work-stealing pool of
 * one worker thread per core (ASYNCC_DEFAULT_THREADS=n in the environment
 * overrides the count); for CPU work.  Never closed; borrowed. */
ac_dispatcher *ac_dispatcher_default(void);
/* The IO dispatcher (Dispatchers.IO), for blocking calls: an elastic pool
 * that starts a thread whenever a coroutine arrives and no worker is idle,
 * up to 64 threads (or the core count if larger; ASYNCC_IO_THREADS=n sets
 * the limit), and ends threads idle for 5 seconds (ASYNCC_IO_KEEPALIVE_MS)
 * except the last, which wakes the coroutines suspended there.  Blocking
 * work there never holds up Default.  Never closed; borrowed. */
ac_dispatcher *ac_dispatcher_io(void);
/* Dispatchers.Unconfined: a coroutine starts at once on the launching
 * thread and runs there until it first suspends; afterwards it runs on
 * whatever thread wakes it, once that thread's current step is over (a
 * thread running no dispatcher hands it to Default).  For coroutines
 * that need no particular thread.  Borrowed. */
ac_dispatcher *ac_dispatcher_unconfined(void);
/* limitedParallelism(n): a view of d that runs at most n of its
 * coroutines' steps at once on d's threads (a view of a view obeys both
 * limits).  On a one-thread dispatcher it is d itself.  A new reference,
 * dropped with ac_dispatcher_release (contexts naming it keep it alive);
 * NULL for n < 1, Unconfined, or out of memory. */
ac_dispatcher *ac_dispatcher_limited(ac_dispatcher *d, int n);
void ac_dispatcher_release(ac_dispatcher *d);
/* How many steps d runs at once: its threads (the IO pool's limit), a
 * view's limit, 1 for a one-thread dispatcher, 0 for Unconfined. */
int ac_dispatcher_parallelism(const ac_dispatcher *d);
/* newSingleThreadContext(name): a dispatcher with a thread of its own.
 * NULL if out of memory or no thread could be made. */
ac_dispatcher *ac_dispatcher_new_single_thread(const char *name);
/* Closes a dispatcher made by ac_dispatcher_new_single_thread: waits until
 * no coroutine is left on it, stops and joins its thread, and drops the
 * creator's reference.  Coroutines started on it afterwards are cancelled
 * at once; a block switching to it throws an illegal-state error.  0, or
 * -1 for the default dispatcher, a run_blocking loop, or a call from its
 * own thread (it would wait for itself). */
int ac_dispatcher_close(ac_dispatcher *d);
const char *ac_dispatcher_name(const ac_dispatcher *d);
/* A context holding d (a reference to it).  A failed context for a NULL
 * d (a dispatcher constructor that failed) or when out of memory, so that
 * ac_launch_ctx(scope, ac_ctx_dispatcher(ac_dispatcher_limited(...)), ...)
 * fails rather than running on the scope's dispatcher. */
ac_ctx *ac_ctx_dispatcher(ac_dispatcher *d);
ac_dispatcher *ac_ctx_get_dispatcher(const ac_ctx *ctx);   /* borrowed */
/* The dispatcher running the current thread's coroutines, or NULL. */
ac_dispatcher *ac_current_dispatcher(void);
/* Stops the default and IO pools after the steps they are running and
 * joins their threads (the program's exit does the same, waiting at most
 * a second for threads in blocking calls).  Coroutines left on them never
 * run again; later ones started on them are cancelled.  Returns how many
 * were left (listed on stderr with ASYNCC_DEBUG=1), or -1 when called from
 * a worker of either pool. */
int ac_shutdown(void);

/* Prints every live coroutine of the process to `out`, arranged by job
 * parent and child: id, name, job state (active, completing, cancelling),
 * whether it is suspended or running, its dispatcher ("Default", "IO",
 * "loop@thread" for a run_blocking loop, a dispatcher's name), and for a
 * suspended coroutine its suspension points, innermost first, as
 * `func (file:line)` (runtime primitives by name).  Safe from any thread,
 * a coroutine included, while others run: a coroutine running (or queued
 * to run) at that moment is shown as running, without frames, since they
 * change under the dump; its dispatcher is then the one it started on.
 * Coroutines not started yet (lazy) are not shown.  Out of memory it
 * prints what it can.  With ASYNCC_DEBUG=1, SIGQUIT prints the same to
 * stderr (unless the program handles SIGQUIT itself), and the coroutines
 * still alive at exit are listed there.  See README "Debugging". */
void ac_dump(FILE *out);

/* A loop the program drives from its own main loop (a GUI, a game, libuv):
 * a dispatcher without a thread.  Coroutines given it (ac_ctx_dispatcher)
 * run only inside ac_loop_run_once, on the thread calling it.
 *
 *     ac_dispatcher *loop = ac_loop_new("ui");
 *     ... poll ac_loop_fd(loop) for reading, with a timeout of
 *         ac_loop_next_timeout(loop) ms; then ac_loop_run_once(loop, 0)
 *
 * ac_dispatcher_close(loop) drives it until nothing is left, then frees it.
 * NULL if out of memory or no eventfd could be made. */
ac_dispatcher *ac_loop_new(const char *name);
/* Runs the coroutines ready when it is called and the timers due; with
 * nothing to do, first waits up to timeout_ms (-1: until something
 * happens, 0: not at all).  The number of coroutine steps run, or -1 for
 * a dispatcher that is not a driven loop or a call from a coroutine of
 * another loop. */
int ac_loop_run_once(ac_dispatcher *loop, int timeout_ms);
/* An eventfd that becomes readable when another thread hands the loop
 * work (ac_loop_run_once empties it); -1 if not a driven loop. */
int ac_loop_fd(const ac_dispatcher *loop);
/* Milliseconds until the loop has something to do: 0 now, -1 nothing
 * scheduled (wait for the fd), else until its next timer. */
int64_t ac_loop_next_timeout(ac_dispatcher *loop);

/* ------------------------------------------------------------------ */
/* Channels                                                            */
/* ------------------------------------------------------------------ */

/* A channel carries elements of a fixed size (given at creation) between
 * coroutines, on any threads, as Kotlin's Channel<T>:
 *
 *     ac_channel *ch = ac_channel_new(sizeof(int), AC_CHANNEL_RENDEZVOUS);
 *     ac_launch(s, ({ for (int i = 1; i <= 5; i++) ac_channel_send(ch, &i);
 *                     ac_channel_close(ch, NULL); }));
 *     int v;
 *     ac_for_each(ch, v) printf("%d\n", v);
 *
 * Capacity: AC_CHANNEL_RENDEZVOUS (0: send waits for a receiver), n > 0
 * (a buffer of n: send waits while it is full), AC_CHANNEL_UNLIMITED
 * (send never waits) or AC_CHANNEL_CONFLATED (one slot, a send replaces
 * what is there).  Elements are copied in and out as bytes; waiting
 * senders and receivers are served first come, first served.
 *
 * Cancellation is atomic, as in kotlinx 1.0.1: a send or receive that
 * throws a cancellation moved no element; one that completed before its
 * coroutine was cancelled returns normally, and the cancellation is seen
 * at the next suspension point.  An element is always either delivered or
 * still in the channel.  A send or receive that does not suspend does not
 * check for cancellation. */
typedef struct ac_channel ac_channel;

#define AC_CHANNEL_RENDEZVOUS 0L
#define AC_CHANNEL_UNLIMITED (-1L)
#define AC_CHANNEL_CONFLATED (-2L)

/* Send on a closed channel (Kotlin's ClosedSendChannelException, an
 * illegal state) and receive on a closed, empty one (...Receive...). */
extern const ac_error_type AC_CLOSED_SEND;
extern const ac_error_type AC_CLOSED_RECEIVE;

/* A new channel with one reference, or NULL if out of memory or the
 * capacity is not one of the above. */
ac_channel *ac_channel_new(size_t elem_size, long capacity);
ac_channel *ac_channel_retain(ac_channel *ch);   /* returns ch */
/* Drops a reference (NULL is fine); the last one frees the channel and
 * drops the elements still in it.  Suspended senders and receivers hold
 * one. */
void ac_channel_release(ac_channel *ch);
/* drop(elem, arg) runs for every element the channel throws away: by
 * ac_channel_cancel, a conflated send that replaces one, or the last
 * release.  For elements that own memory. */
typedef void ac_channel_drop_fn(void *elem, void *arg);
void ac_channel_set_drop(ac_channel *ch, ac_channel_drop_fn *drop, void *arg);
size_t ac_channel_elem_size(const ac_channel *ch);

/* Results of the non-suspending operations. */
enum {
    AC_CHANNEL_OK = 0,           /* sent / received */
    AC_CHANNEL_WOULD_SUSPEND = 1,/* full / empty: the suspend call would wait */
    AC_CHANNEL_CLOSED = 2,       /* closed (or cancelled) for this direction */
    AC_CHANNEL_NO_MEMORY = -1,   /* the buffer could not grow: nothing sent */
    AC_CHANNEL_INVALID = -2      /* ch is NULL */
};
/* Kotlin's offer and poll, for ordinary code and callbacks on any thread. */
int ac_channel_try_send(ac_channel *ch, const void *elem);
int ac_channel_try_receive(ac_channel *ch, void *out);

/* No more sends.  Elements already sent (buffered, or held by senders
 * that were waiting) are still received; after them receive fails with
 * AC_CLOSED_RECEIVE, or with `cause` (consumed; NULL for none) if given.
 * 1 if this call closed it, 0 if it was closed already. */
int ac_channel_close(ac_channel *ch, ac_error *cause);
/* Closes and drops the buffered elements: waiting senders and receivers,
 * and later ones, throw a cancellation (`cause`, consumed, or a new
 * CancellationException).  A channel made by ac_produce also cancels its
 * producer. */
void ac_channel_cancel(ac_channel *ch, ac_error *cause);
/* For a NULL channel: 1 (closed, empty); close returns 0 and cancel does
 * nothing (both still consume `cause`). */
int ac_channel_is_closed_for_send(ac_channel *ch);
int ac_channel_is_closed_for_receive(ac_channel *ch);
int ac_channel_is_empty(ac_channel *ch);
/* The cause it was closed with (a new reference), or NULL. */
ac_error *ac_channel_close_cause(ac_channel *ch);

/* ac_produce(scope, ch, CALL): launches CALL (as ac_launch) as the
 * producer of ch: ch is closed when the coroutine completes, with its
 * failure as the cause if it failed, and cancelling ch cancels the
 * coroutine.  Returns the job, like ac_launch. */
#ifndef ASYNCC_SEQUENTIAL
#define ac_produce(scope, ch, call) \
    ac__produce((ch), ac_launch_ctx((scope), (ac_ctx *)0, AC_START_LAZY, call))
#endif
ac_job *ac__produce(ac_channel *ch, ac_job *producer);

/* consumeEach: fn(elem, arg) for every element until the channel is
 * closed; fn returns nonzero to stop early.  Stopping early, a failure
 * and a cancellation cancel the channel (Kotlin's consume).  The close
 * cause, if any, is rethrown. */
typedef int ac_channel_each_fn(void *elem, void *arg);

/* ------------------------------------------------------------------ */
/* select                                                              */
/* ------------------------------------------------------------------ */

/* ac_select { clauses } waits until one clause can complete, completes
 * only that one and runs its block:
 *
 *     ac_select {
 *         ac_on_receive(requests, &req) { handle(req); }
 *         ac_on_send(results, &res)     { sent++; }
 *         ac_on_await(d, &value)        { printf("%d\n", value); }
 *         ac_on_join(job)               { puts("job done"); }
 *         ac_on_timeout(100)            { puts("timed out"); }
 *     }
 *
 * Order: when several clauses are ready, the first one listed wins
 * (kotlinx's select is biased the same way); ac_select_unbiased picks a
 * random ready one.  A losing clause has no effect: nothing received,
 * nothing sent.  Waiting is cancellable, atomically as a channel
 * operation: a select that throws a cancellation completed no clause.
 *
 * Clauses: ac_on_receive(ch, out) (a closed channel throws, as receive);
 * ac_on_receive_or_closed(ch, out, got) (*got = 1 with an element, 0 when
 * closed normally); ac_on_send(ch, elem) (*elem is copied at once, so a
 * compound literal is fine); ac_on_await(d, out) (the deferred's value is copied to out,
 * NULL to drop it; its failure is thrown); ac_on_join(job);
 * ac_on_timeout(ms).  The clauses' arguments are evaluated once, before
 * waiting.  Clauses are statements directly inside the select block, each
 * with a block or statement; `break` in one leaves the select. */
enum {
    AC__SEL_RECEIVE, AC__SEL_RECEIVE_OR_CLOSED, AC__SEL_SEND,
    AC__SEL_AWAIT, AC__SEL_JOIN, AC__SEL_TIMEOUT
};
#define AC__SELECT_INLINE 8
typedef struct ac__select_clause {
    int kind;
    void *obj;                /* channel, deferred or job */
    void *data;               /* out; a send's element is copied at `copy` */
    int *got;
    int64_t ms;
    size_t copy;              /* offset of a send's element in the copies */
} ac__select_clause;
typedef struct ac_select_state {
    int phase;                /* 0 new, 1 collect, 2 run the winner, 3 done */
    int n, cap;               /* clauses collected */
    int winner;               /* its index */
    int at;                   /* clause counter of the run pass */
    int unbiased;
    ac__select_clause *clauses;   /* inl, or the heap beyond AC__SELECT_INLINE */
    ac__select_clause inl[AC__SELECT_INLINE];
    unsigned char *copies;        /* copy_inl, or the heap when it is full */
    size_t ncopy, copy_cap;
    max_align_t copy_inl[8];
} ac_select_state;
int ac__select_add(ac_select_state *s, int kind, void *obj, void *data,
                   int *got, int64_t ms);
ac_select_state ac__select_init(int unbiased);
#define ac_select \
    for (ac_select_state ac__sel = ac__select_init(0); ac__select_step(&ac__sel); (void)0)
#define ac_select_unbiased \
    for (ac_select_state ac__sel = ac__select_init(1); ac__select_step(&ac__sel); (void)0)
#define AC__SEL_CLAUSE(kind, obj, data, got, ms) \
    if (ac__sel.phase == 2 ? ac__sel.winner == ac__sel.at++ \
                      : ac__select_add(&ac__sel, (kind), (obj), (data), (got), (ms)))
#define ac_on_receive(ch, out) AC__SEL_CLAUSE(AC__SEL_RECEIVE, (ch), (out), (int *)0, 0)
#define ac_on_receive_or_closed(ch, out, got) \
    AC__SEL_CLAUSE(AC__SEL_RECEIVE_OR_CLOSED, (ch), (out), (got), 0)
#define ac_on_send(ch, elem) AC__SEL_CLAUSE(AC__SEL_SEND, (ch), (void *)(elem), (int *)0, 0)
#define ac_on_await(d, out) AC__SEL_CLAUSE(AC__SEL_AWAIT, (d), (out), (int *)0, 0)
#define ac_on_join(job) AC__SEL_CLAUSE(AC__SEL_JOIN, (job), (void *)0, (int *)0, 0)
#define ac_on_timeout(ms) AC__SEL_CLAUSE(AC__SEL_TIMEOUT, (void *)0, (void *)0, (int *)0, (ms))

/* ------------------------------------------------------------------ */
/* Mutex and semaphore                                                 */
/* ------------------------------------------------------------------ */

/* Suspending locks: a coroutine that waits for one parks (its thread runs
 * others).  Waiters are served in arrival order; a waiting lock or acquire
 * is cancellable, atomically (one that throws did not get the lock). */
typedef struct ac_mutex ac_mutex;
typedef struct ac_semaphore ac_semaphore;

ac_mutex *ac_mutex_new(void);                  /* NULL if out of memory */
/* Frees an unlocked mutex: 0, or -1 (and nothing freed) if it is locked
 * or has waiters. */
int ac_mutex_free(ac_mutex *m);
/* Tries to lock it for `owner` (any pointer; NULL for none): 1 locked, 0 not. */
int ac_mutex_try_lock(ac_mutex *m, const void *owner);
/* Unlocks; the next waiter (if any) gets the lock.  0, or -1 with nothing
 * done if it is not locked, or locked by another owner than a non-NULL
 * `owner` (Kotlin's IllegalStateException). */
int ac_mutex_unlock(ac_mutex *m, const void *owner);
int ac_mutex_is_locked(ac_mutex *m);
/* 1 if locked by `owner` (non-NULL). */
int ac_mutex_holds_lock(ac_mutex *m, const void *owner);

/* A semaphore of `permits` (>= 1; NULL otherwise or out of memory). */
ac_semaphore *ac_semaphore_new(int permits);
int ac_semaphore_free(ac_semaphore *s);        /* -1 if it has waiters */
int ac_semaphore_try_acquire(ac_semaphore *s); /* 1 got one, 0 not */
/* Gives a permit back (to the first waiter if any): 0, or -1 if more are
 * released than were acquired. */
int ac_semaphore_release(ac_semaphore *s);
int ac_semaphore_available(ac_semaphore *s);

/* ac_with_lock(m) { ... }: runs the block holding m (owner NULL) and
 * unlocks it however the block is left: its end, break, return, goto or
 * a throw.  The body runs in a scope block of its own (launches into the
 * current job are waited for before the unlock). */
#ifndef ASYNCC_SEQUENTIAL
#define ac_with_lock(m) \
    for (ac_scope *ac__ws = ac__scope_builder(AC__SCOPE_LOCK, (ac_ctx *)(void *)(m), 0, (int *)0); ac__ws; ac__ws = 0)
#endif

/* ------------------------------------------------------------------ */
/* I/O reactor                                                         */
/* ------------------------------------------------------------------ */

/* Suspend functions on non-blocking file descriptors (O_NONBLOCK: use
 * ac_fd_set_nonblocking).  Each tries the call first and waits for
 * readiness only when it would block (EAGAIN), in one process-wide epoll
 * reactor shared by every dispatcher: the waiting coroutine's thread runs
 * others meanwhile.  Each wait is cancellable (the call then did
 * nothing) and has a variant with a deadline in milliseconds (-1: none)
 * that throws AC_TIMEOUT_IO when it passes.
 *
 * Results are the system call's (bytes, an fd, 0 at end of file); a
 * failure throws AC_IO_ERROR with errno's text in its message and errno
 * left set.  Blocking file I/O (regular files, which epoll cannot wait
 * for) belongs on the IO dispatcher: ac_with_context(ac_ctx_dispatcher(
 * ac_dispatcher_io())) { read(...); }. */
extern const ac_error_type AC_TIMEOUT_IO;      /* an I/O deadline passed */

/* 0, or -1 with errno set. */
int ac_fd_set_nonblocking(int fd);

enum { AC_IO_READABLE = 1, AC_IO_WRITABLE = 2 };

/* Milliseconds on CLOCK_MONOTONIC: deadlines are ac_monotonic_ms() + ms. */
int64_t ac_monotonic_ms(void);

/* The suspend functions (declared with the others below):
 *   int     ac_io_wait(fd, events, deadline)   events ready (AC_IO_*)
 *   ssize_t ac_read(fd, buf, n)      ac_read_deadline(fd, buf, n, deadline)
 *   ssize_t ac_write(fd, buf, n)     writes all n bytes unless it fails;
 *                                    on a socket with MSG_NOSIGNAL (a closed
 *                                    peer is an EPIPE error, not SIGPIPE)
 *   ssize_t ac_recv(fd, buf, n, flags), ac_send(fd, buf, n, flags)
 *   int     ac_accept(fd, addr, addrlen)   the new fd, non-blocking
 *   int     ac_connect(fd, addr, addrlen)  0 once connected
 * each with a _deadline variant taking an absolute ac_monotonic_ms()
 * deadline (-1: none). */
/* ------------------------------------------------------------------ */
/* Scope objects                                                       */
/* ------------------------------------------------------------------ */

/* CoroutineScope(ctx): a scope for ordinary code.  Its job is ctx's job
 * if it has one, else a new ac_job_new(NULL).  Consumes ctx; NULL if out
 * of memory or ctx is a failed context.  Launches into it run on the dispatcher of ctx (a scope made
 * from ac_current_context() runs them on that coroutine's event loop),
 * else on the default dispatcher, as Kotlin's Dispatchers.Default.
 * Kotlin's CoroutineScope(coroutineContext) is
 *     ac_scope_new(ac_ctx_plus(ac_ctx_retain(ac_current_context()),
 *                              ac_ctx_job(ac_current_job())))
 * since ac_current_context() holds no job element. */
ac_scope *ac_scope_new(ac_ctx *ctx);
/* Cancels the scope's job: permanent, a later launch is cancelled at
 * once.  `cause` as for ac_job_cancel. */
void ac_scope_cancel(ac_scope *scope, ac_error *cause);
/* Cancels the children; the scope stays usable. */
void ac_scope_cancel_children(ac_scope *scope, ac_error *cause);
ac_job *ac_scope_job(const ac_scope *scope);      /* borrowed */
ac_ctx *ac_scope_context(const ac_scope *scope);  /* borrowed */
/* Drops the program's reference: the handles launched into it become
 * invalid; its coroutines run on. */
void ac_scope_release(ac_scope *scope);
/* GlobalScope: no job, never ends.  Discouraged: nothing waits for it. */
ac_scope *ac_global_scope(void);

/* ------------------------------------------------------------------ */
/* The frame ABI used by generated code                                */
/* ------------------------------------------------------------------ */

typedef enum ac_status {
    AC_DONE = 0,      /* the frame finished; its result is stored */
    AC_SUSPENDED = 1, /* the coroutine waits; its innermost frame resumes later */
    AC_CALL = 2,      /* a callee frame was pushed; the trampoline runs it */
    AC_THROW = 3      /* the frame failed; the error in flight is set */
} ac_status;

typedef struct ac_coro ac_coro;
typedef struct ac_frame ac_frame;

/* Every suspend function's frame begins with this header.  Frames of one
 * coroutine are strictly LIFO and live in the coroutine's frame arena.
 *
 * Exceptions: a frame that fails sets the coroutine's error in flight
 * (ac__throw) and returns AC_THROW.  Its caller then continues at the
 * handler of the call that failed: directly, when ac__call returned
 * AC_THROW, or, when the call had suspended, by being resumed with
 * `state` negated (-k for the call saved as state k).  The handler takes
 * the error with ac__catch, or returns AC_THROW to pass it on.  A root
 * frame returning AC_THROW fails its coroutine. */
/* Where a frame's function is written: one static object per function,
 * so a frame carries one pointer for both.  `file` is NULL for the
 * runtime's own suspend functions. */
typedef struct ac_frame_site {
    const char *file;                    /* source file of the function */
    const char *func;                    /* the function's name */
} ac_frame_site;

struct ac_frame {
    ac_status (*resume)(ac_frame *self); /* continue at `state` */
    ac_frame *caller;                    /* NULL for a coroutine's root frame */
    ac_coro *coro;                       /* the coroutine this frame runs in */
    void *result;                        /* where `return` stores the value */
    int state;                           /* 0 = start, k = after suspension k */
    int line;                            /* source line of the current state */
    const ac_frame_site *site;           /* NULL: a runtime frame, unnamed */
};

/* A new coroutine whose result (for ac_async / ac_run_blocking) takes
 * result_size bytes.  NULL if memory is exhausted. */
ac_coro *ac__coro_new(size_t result_size);
/* What generated builder calls pass as the coroutine of a root frame,
 * `f__ac_new(ac__coro_lazy(n), 0, ...)`: not a coroutine yet but a tagged
 * request (odd, never dereferenced).  Allocating the root frame allocates
 * the coroutine, in one block with its result and a first arena chunk
 * sized for the root frame and AC__ROOT_RESERVE bytes of callees rather
 * than a fixed size: enough for the runtime's delay (112 bytes on x86-64),
 * join (136) or channel receive (176), so a coroutine that waits in one of
 * those right away needs no second chunk.  NULL if result_size is absurd. */
#define AC__ROOT_RESERVE 176
ac_coro *ac__coro_lazy(size_t result_size);
static inline int ac__coro_is_lazy(const ac_coro *co)
{
    return ((uintptr_t)co & 1) != 0;
}

/* Allocates a frame of `size` bytes (header included) in co's arena and
 * fills its header: resume, coro, state 0, result (`result`, or the
 * coroutine's result area when NULL).  Returns NULL when co is NULL or
 * memory is exhausted; a coroutine that had no frame yet is freed then, so
 * `f__ac_new(ac__coro_new(n), ...)` leaks nothing when it fails (a lazy
 * request has nothing to free). */
void *ac__frame_alloc(ac_coro *co, size_t size,
                      ac_status (*resume)(ac_frame *), void *result);
/* The same for a frame whose type needs `align` (a power of two) bytes of
 * alignment: generated frames with _Alignas locals. */
void *ac__frame_alloc_aligned(ac_coro *co, size_t size, size_t align,
                              ac_status (*resume)(ac_frame *), void *result);

/* The start of every coroutine: its frame stack.  Internal, but here so
 * that the common suspend call (a frame that fits in the current chunk, a
 * callee that completes without suspending) is inline in generated code,
 * with no call into the runtime.  Frames are bump-allocated in chunks;
 * `sp` is always AC__FRAME_ALIGN-aligned. */
#define AC__FRAME_ALIGN (_Alignof(max_align_t) > 16 ? _Alignof(max_align_t) : 16)
#define AC__INLINE_DEPTH 32   /* ac__call nesting before bouncing */
typedef struct ac__frames {
    char *sp;                 /* the next frame goes here */
    char *base, *end;         /* the current chunk's memory */
    ac_frame *top;            /* innermost frame; NULL before and after */
    int depth;                /* ac__call nesting in the running step */
} ac__frames;

/* Pushes a frame in the common case, else calls ac__frame_alloc_aligned.
 * The common case is a call: the coroutine has frames already (a root
 * frame's result, NULL, means the coroutine's result area; a call's NULL
 * result is a void callee's, which stores none). */
static inline void *ac__frame_push(ac_coro *co, size_t size, size_t align,
                                   ac_status (*resume)(ac_frame *), void *result)
{
    ac__frames *fs = (ac__frames *)co;
    size_t need = (size + AC__FRAME_ALIGN - 1) & ~(size_t)(AC__FRAME_ALIGN - 1);
    if (fs && !ac__coro_is_lazy(co) && fs->top && align <= AC__FRAME_ALIGN &&
        need <= (size_t)(fs->end - fs->sp)) {
        ac_frame *f = (ac_frame *)fs->sp;
        fs->sp += need;
        f->resume = resume;     /* caller: ac__call sets it */
        f->coro = co;
        f->result = result;
        f->state = 0;
        f->line = 0;
        return f;
    }
    ac_frame *f = (ac_frame *)ac__frame_alloc_aligned(co, size, align, resume, result);
    if (f)          /* again, so that the compiler knows it on both paths */
        f->resume = resume;     /* and ac__call's call of it is direct */
    return f;
}

/* The callee failed at once, or its frame was the first of its chunk:
 * ac__call's uncommon ends, out of line. */
ac_status ac__call_finish(ac_frame *caller, ac_frame *callee, ac_status st);

/* Runs `callee` (just allocated in caller's coroutine) on behalf of caller.
 * Returns AC_DONE when it completed at once (the callee is popped and the
 * caller continues without a trip through the scheduler), AC_THROW when it
 * failed at once (popped too: the caller goes to its handler); otherwise
 * the status the caller must return to the trampoline, which resumes the
 * caller once the callee is done.  Bounded C recursion: deep chains bounce
 * through the trampoline.  After any other status the coroutine's step is
 * still on this thread (a wake-up waits for the step's end), but the
 * frames are not touched again: the trampoline resets `depth`. */
static inline ac_status ac__call(ac_frame *caller, ac_frame *callee)
{
    ac_status (*resume)(ac_frame *) = callee->resume;  /* first: then a */
    ac__frames *fs = (ac__frames *)caller->coro;   /* compiler that saw it */
    callee->caller = caller;                       /* stored calls it directly */
    fs->top = callee;
    if (fs->depth >= AC__INLINE_DEPTH)
        return AC_CALL;                 /* the trampoline runs it */
    fs->depth++;
    ac_status st = resume(callee);
    if (st == AC_DONE && (char *)callee != fs->base) {
        fs->depth--;
        fs->top = caller;
        fs->sp = (char *)callee;        /* LIFO: the callee was the last */
        return AC_DONE;
    }
    return ac__call_finish(caller, callee, st);
}

/* Sets e (consumed; NULL means an illegal-state error) as the error in
 * flight of fr's coroutine, recording file:line as its throw position if
 * it has none yet.  Returns AC_THROW. */
ac_status ac__throw(ac_frame *fr, ac_error *e, const char *file, int line);
/* Takes the error in flight (the caller owns it); NULL if none. */
ac_error *ac__catch(ac_frame *fr);
/* Records an out-of-memory failure on fr's coroutine; returns AC_THROW. */
ac_status ac__fail_oom(ac_frame *fr);
/* A resume function was entered with a state it never saved: reports the
 * corruption on fr's coroutine and returns AC_THROW. */
ac_status ac__bad_state(ac_frame *fr);

/* Builders, called with a root frame made by f__ac_new(ac__coro_lazy(..)).
 * A NULL root means allocation failed: the builder reports it (run_blocking
 * returns the OOM error; launch/async return NULL, and generated code then
 * throws ac__builder_failed, the reason: out of memory, a NULL scope).
 * `ctx` is consumed.  `detached`: the program did not keep
 * the handle (the builder's value was discarded). */
ac_error *ac__run_blocking(ac_ctx *ctx, ac_frame *root, void *out,
                           size_t result_size);
ac_job *ac__launch(ac_scope *scope, ac_ctx *ctx, int start, int detached,
                   ac_frame *root);
ac_deferred *ac__async(ac_scope *scope, ac_ctx *ctx, int start, int detached,
                       ac_frame *root);
/* Throws why the last ac__launch/ac__async on this thread returned NULL. */
ac_status ac__builder_failed(ac_frame *fr);

/* Scope blocks.  Each block keeps an ac_scope * in the frame:
 *
 *   switch (ac__scope_open(&s, fr, KIND, ctx, ms, &ok))
 *       -1: the error in flight (out of memory) -> the enclosing handler
 *        0: skip the body (a timeout of 0 ms) -> exit
 *        1: run the body
 *        2: suspend (a suspension point of its own); once resumed on the
 *           block's dispatcher, ac__scope_entered(s, fr) < 0 -> the
 *           body's handler, else run the body
 *   body              (a throw in it goes to: ac__scope_fail(s, fr); exit)
 *   exit:  ac__scope_join(s)        (suspend call; never cancelled, never
 *                                   fails: open reserved its frame)
 *          ac__scope_close(s, fr)   AC_DONE: go on with the pending jump;
 *                                   AC_THROW: to the enclosing handler
 *
 * The body runs with the scope's job as the coroutine's current job;
 * close restores the previous one and frees the scope.  `ctx` is consumed. */
enum {
    AC__SCOPE_COROUTINE = 0,   /* ac_coroutine_scope */
    AC__SCOPE_SUPERVISOR = 1,  /* ac_supervisor_scope */
    AC__SCOPE_CONTEXT = 2,     /* ac_with_context(ctx) */
    AC__SCOPE_TIMEOUT = 3,     /* ac_with_timeout(ms) */
    AC__SCOPE_TIMEOUT_OR_NULL = 4, /* ac_with_timeout_or_null(ms, ok) */
    AC__SCOPE_LOCK = 5         /* ac_with_lock(m): ctx is the ac_mutex * */
};
int ac__scope_open(ac_scope **slot, ac_frame *fr, int kind, ac_ctx *ctx,
                   int64_t ms, int *ok);
/* After an open that returned 2 (switch to another dispatcher: the frame
 * suspends, and resumes on it): 0, or -1 with the error in flight when
 * the dispatcher was closed (-> the body's handler). */
int ac__scope_entered(ac_scope *scope, ac_frame *fr);
/* The body threw: the error in flight becomes the scope's failure (a
 * cancellation just cancels it) and the children are cancelled. */
void ac__scope_fail(ac_scope *scope, ac_frame *fr);
ac_status ac__scope_close(ac_scope *scope, ac_frame *fr);

/* Generated entry points of the runtime's own suspend functions.  The
 * translator calls NAME__ac_new for every suspend function NAME. */
ac_frame *ac_delay__ac_new(ac_coro *co, void *res, int64_t ms);
ac_frame *ac_yield__ac_new(ac_coro *co, void *res);
ac_frame *ac_join__ac_new(ac_coro *co, void *res, ac_job *job);
ac_frame *ac_cancel_and_join__ac_new(ac_coro *co, void *res, ac_job *job);
ac_frame *ac_ensure_active__ac_new(ac_coro *co, void *res);
ac_frame *ac_test_run_current__ac_new(ac_coro *co, void *res);
ac_frame *ac_test_advance_time__ac_new(ac_coro *co, void *res, int64_t ms);
ac_frame *ac_test_advance_until_idle__ac_new(ac_coro *co, void *res);
ac_frame *ac__await_ptr__ac_new(ac_coro *co, void **res, ac_deferred *d);
ac_frame *ac__scope_join__ac_new(ac_coro *co, void *res, ac_scope *scope);
ac_frame *ac_suspend_cancellable__ac_new(ac_coro *co, void *res,
                                         ac_suspend_fn *start, void *arg);
ac_frame *ac_channel_send__ac_new(ac_coro *co, void *res, ac_channel *ch,
                                  const void *elem);
ac_frame *ac_channel_receive__ac_new(ac_coro *co, void *res, ac_channel *ch,
                                     void *out);
ac_frame *ac_channel_receive_or_closed__ac_new(ac_coro *co, void *res,
                                               ac_channel *ch, void *out);
ac_frame *ac_channel_consume_each__ac_new(ac_coro *co, void *res, ac_channel *ch,
                                          ac_channel_each_fn *fn, void *arg);
ac_frame *ac__select_step__ac_new(ac_coro *co, void *res, ac_select_state *s);
ac_frame *ac_mutex_lock__ac_new(ac_coro *co, void *res, ac_mutex *m,
                                const void *owner);
ac_frame *ac_semaphore_acquire__ac_new(ac_coro *co, void *res, ac_semaphore *s);
ac_frame *ac_io_wait_deadline__ac_new(ac_coro *co, void *res, int fd, int events,
                                      int64_t deadline);
ac_frame *ac_io_wait__ac_new(ac_coro *co, void *res, int fd, int events);
ac_frame *ac_read_deadline__ac_new(ac_coro *co, void *res, int fd, void *buf,
                                   size_t n, int64_t deadline);
ac_frame *ac_read__ac_new(ac_coro *co, void *res, int fd, void *buf, size_t n);
ac_frame *ac_write_deadline__ac_new(ac_coro *co, void *res, int fd,
                                    const void *buf, size_t n, int64_t deadline);
ac_frame *ac_write__ac_new(ac_coro *co, void *res, int fd, const void *buf,
                           size_t n);
ac_frame *ac_recv_deadline__ac_new(ac_coro *co, void *res, int fd, void *buf,
                                   size_t n, int flags, int64_t deadline);
ac_frame *ac_recv__ac_new(ac_coro *co, void *res, int fd, void *buf, size_t n,
                          int flags);
ac_frame *ac_send_deadline__ac_new(ac_coro *co, void *res, int fd,
                                   const void *buf, size_t n, int flags,
                                   int64_t deadline);
ac_frame *ac_send__ac_new(ac_coro *co, void *res, int fd, const void *buf,
                          size_t n, int flags);
ac_frame *ac_accept_deadline__ac_new(ac_coro *co, void *res, int fd,
                                     struct sockaddr *addr, socklen_t *len,
                                     int64_t deadline);
ac_frame *ac_accept__ac_new(ac_coro *co, void *res, int fd,
                            struct sockaddr *addr, socklen_t *len);
ac_frame *ac_connect_deadline__ac_new(ac_coro *co, void *res, int fd,
                                      const struct sockaddr *addr, socklen_t len,
                                      int64_t deadline);
ac_frame *ac_connect__ac_new(ac_coro *co, void *res, int fd,
                             const struct sockaddr *addr, socklen_t len);

/* ------------------------------------------------------------------ */
/* Testing with virtual time (kotlinx-coroutines-test's runTest)       */
/* ------------------------------------------------------------------ */

/*
 * ac_run_test(CALL, &out) is ac_run_blocking whose loop runs on a virtual
 * clock: when nothing is ready, the clock jumps to the earliest timer at
 * once, so ac_delay(3600 * 1000) takes no real time.  Timers with equal
 * deadlines fire in the order they were armed, ready coroutines run FIFO.
 * What inherits the test's dispatcher runs on virtual time: ac_delay,
 * ac_yield, ac_with_timeout, ac_on_timeout.  Coroutines on other
 * dispatchers (Default, IO, single-thread) run on real time, and while
 * one of the test's coroutines is on one, or waits for I/O, the virtual
 * clock waits for it.  A deadlock is reported as by ac_run_blocking.
 *
 * The ac_test_* suspend functions are for the test's own coroutines;
 * elsewhere they throw AC_ILLEGAL_STATE:
 *   ac_test_run_current()        returns once nothing is ready at the
 *                                current virtual time (runCurrent);
 *   ac_test_advance_time(ms)     returns at now + ms, after everything due
 *                                before it, before what is due at it
 *                                (advanceTimeBy; negative ms: 0);
 *   ac_test_advance_until_idle() returns once nothing is ready and no
 *                                timer is left (advanceUntilIdle).
 */
/* The context element that makes run_blocking's loop a test loop. */
ac_ctx *ac_ctx_test_clock(void);
/* The virtual time in ms since the test began, for a coroutine of a test
 * (also while it visits another dispatcher) or the test's thread; -1
 * elsewhere. */
int64_t ac_test_current_time(void);

/* ------------------------------------------------------------------ */
/* The surface: what annotated C is written with                       */
/* ------------------------------------------------------------------ */

#if defined(ASYNCC_SEQUENTIAL)

#define SUSPEND
#define ac_delay(ms) ((void)(ms))
#define ac_yield() ((void)0)
#define ac_ensure_active() ((void)0)
#define ac_suspend_cancellable(start, arg) (AC__NOT_SEQUENTIAL("ac_suspend_cancellable"), (void *)0)
#define ac_run_blocking(call, out) (*(out) = (call), (ac_error *)0)
/* What has no sequential meaning is a compile error that says so. */
#define AC__NOT_SEQUENTIAL(what) \
    ((void)sizeof(struct { _Static_assert(0, what " is not available in an ASYNCC_SEQUENTIAL build"); int ac__x; }))
#define ac_launch(scope, call) (AC__NOT_SEQUENTIAL("ac_launch"), (ac_job *)0)
#define ac_launch_ctx(scope, ctx, start, call) (AC__NOT_SEQUENTIAL("ac_launch_ctx"), (ac_job *)0)
#define ac_async(scope, call) (AC__NOT_SEQUENTIAL("ac_async"), (ac_deferred *)0)
#define ac_async_ctx(scope, ctx, start, call) (AC__NOT_SEQUENTIAL("ac_async_ctx"), (ac_deferred *)0)
#define ac_run_blocking_ctx(ctx, call, out) (AC__NOT_SEQUENTIAL("ac_run_blocking_ctx"), (ac_error *)0)
#define ac_run_test(call, out) ac_run_blocking(call, out)
#define ac_test_run_current() ((void)0)
#define ac_test_advance_time(ms) ((void)(ms))
#define ac_test_advance_until_idle() ((void)0)
#define AC_AWAIT(T, d) (AC__NOT_SEQUENTIAL("AC_AWAIT"), *(T *)0)
#define ac_await(d) AC__NOT_SEQUENTIAL("ac_await")
#define ac_coroutine_scope(s) for (ac_scope *s = (AC__NOT_SEQUENTIAL("ac_coroutine_scope"), (ac_scope *)0); s; s = 0)
#define ac_supervisor_scope(s) for (ac_scope *s = (AC__NOT_SEQUENTIAL("ac_supervisor_scope"), (ac_scope *)0); s; s = 0)
#define ac_with_context(ctx) if (AC__NOT_SEQUENTIAL("ac_with_context"), 0) {} else
#define ac_with_timeout(ms) if (AC__NOT_SEQUENTIAL("ac_with_timeout"), 0) {} else
#define ac_with_timeout_or_null(ms, ok) if (AC__NOT_SEQUENTIAL("ac_with_timeout_or_null"), 0) {} else
#define ac_try if (AC__NOT_SEQUENTIAL("ac_try"), 1)
#define ac_catch(e) else for (ac_error *e = (AC__NOT_SEQUENTIAL("ac_catch"), (ac_error *)0); e; e = 0)
#define ac_finally else
#define ac_throw(e) ((void)(e), AC__NOT_SEQUENTIAL("ac_throw"))
#define ac_channel_send(ch, e) AC__NOT_SEQUENTIAL("ac_channel_send")
#define ac_channel_receive(ch, out) AC__NOT_SEQUENTIAL("ac_channel_receive")
#define ac_channel_receive_or_closed(ch, out) (AC__NOT_SEQUENTIAL("ac_channel_receive_or_closed"), 0)
#define ac_channel_consume_each(ch, fn, arg) AC__NOT_SEQUENTIAL("ac_channel_consume_each")
#define ac_for_each(ch, var) while (ac_channel_receive_or_closed((ch), &(var)))
#define ac__select_step(s) (AC__NOT_SEQUENTIAL("ac_select"), 0)
#define ac_mutex_lock(m, owner) AC__NOT_SEQUENTIAL("ac_mutex_lock")
#define ac_semaphore_acquire(s) AC__NOT_SEQUENTIAL("ac_semaphore_acquire")
#define ac_with_lock(m) if (AC__NOT_SEQUENTIAL("ac_with_lock"), 0) {} else
#define ac_produce(scope, ch, call) (AC__NOT_SEQUENTIAL("ac_produce"), (ac_job *)0)
#define ac_rethrow(e) ((void)(e), AC__NOT_SEQUENTIAL("ac_rethrow"))

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

/* Suspend for `ms` milliseconds.  Cancellable. */
SUSPEND void ac_delay(int64_t ms);
/* suspendCancellableCoroutine: see "Callback bridge" above. */
SUSPEND void *ac_suspend_cancellable(ac_suspend_fn *start, void *arg);
/* Let the other ready coroutines of this loop run, then continue.
 * Cancellable: checks for cancellation even when nothing else is ready. */
SUSPEND void ac_yield(void);
/* Wait until `job` has completed (does not rethrow its failure).
 * Cancellable: the waiter's cancellation, not the job's. */
SUSPEND void ac_join(ac_job *job);
/* ac_job_cancel(job, NULL) then ac_join(job). */
SUSPEND void ac_cancel_and_join(ac_job *job);
/* Throws the cancellation error if the current job is not active. */
SUSPEND void ac_ensure_active(void);
/* Testing with virtual time (see above). */
SUSPEND void ac_test_run_current(void);
SUSPEND void ac_test_advance_time(int64_t ms);
SUSPEND void ac_test_advance_until_idle(void);
/* Internal: wait for d and return the address of its result. */
SUSPEND void *ac__await_ptr(ac_deferred *d);
/* Internal: wait until every child of the scope has completed. */
SUSPEND void ac__scope_join(ac_scope *scope);

/* Channels (see "Channels" above).  send copies *elem when called; it
 * throws AC_CLOSED_SEND (or the close cause) on a closed channel and a
 * cancellation on a cancelled one.  receive stores the element in *out
 * and throws AC_CLOSED_RECEIVE (or the cause) once the channel is closed
 * and empty; receive_or_closed returns 0 then instead (1 with an
 * element), and still throws a close cause. */
SUSPEND void ac_channel_send(ac_channel *ch, const void *elem);
SUSPEND void ac_channel_receive(ac_channel *ch, void *out);
SUSPEND int ac_channel_receive_or_closed(ac_channel *ch, void *out);
SUSPEND void ac_channel_consume_each(ac_channel *ch, ac_channel_each_fn *fn, void *arg);
/* for (v in ch): ac_for_each(ch, v) { ... } receives into the variable v
 * until the channel is closed (a close cause is thrown). */
#define ac_for_each(ch, var) while (ac_channel_receive_or_closed((ch), &(var)))
/* Internal: the passes of ac_select. */
SUSPEND int ac__select_step(ac_select_state *s);

/* Lock m for owner (NULL: none), waiting while another holds it. */
SUSPEND void ac_mutex_lock(ac_mutex *m, const void *owner);
/* Take a permit, waiting while none is left. */
SUSPEND void ac_semaphore_acquire(ac_semaphore *s);

/* I/O on non-blocking fds (see "I/O reactor" above). */
SUSPEND int ac_io_wait(int fd, int events);
SUSPEND int ac_io_wait_deadline(int fd, int events, int64_t deadline);
SUSPEND ssize_t ac_read(int fd, void *buf, size_t n);
SUSPEND ssize_t ac_read_deadline(int fd, void *buf, size_t n, int64_t deadline);
SUSPEND ssize_t ac_write(int fd, const void *buf, size_t n);
SUSPEND ssize_t ac_write_deadline(int fd, const void *buf, size_t n, int64_t deadline);
SUSPEND ssize_t ac_recv(int fd, void *buf, size_t n, int flags);
SUSPEND ssize_t ac_recv_deadline(int fd, void *buf, size_t n, int flags, int64_t deadline);
SUSPEND ssize_t ac_send(int fd, const void *buf, size_t n, int flags);
SUSPEND ssize_t ac_send_deadline(int fd, const void *buf, size_t n, int flags, int64_t deadline);
SUSPEND int ac_accept(int fd, struct sockaddr *addr, socklen_t *len);
SUSPEND int ac_accept_deadline(int fd, struct sockaddr *addr, socklen_t *len, int64_t deadline);
SUSPEND int ac_connect(int fd, const struct sockaddr *addr, socklen_t len);
SUSPEND int ac_connect_deadline(int fd, const struct sockaddr *addr, socklen_t len, int64_t deadline);

/* Markers the translator rewrites.  `call` is a call of a suspend
 * function (the `, 0` lets it be void) or an inline body ({ ... }). */
AC__BUILDER ac_error *ac__run_blocking_builder(int call, void *out);
AC__BUILDER ac_error *ac__run_blocking_ctx_builder(ac_ctx *ctx, int call, void *out);
AC__BUILDER ac_job *ac__launch_builder(ac_scope *scope, ac_ctx *ctx, int start, int call);
AC__BUILDER ac_deferred *ac__async_builder(ac_scope *scope, ac_ctx *ctx, int start, int call);
AC__BUILDER ac_scope *ac__scope_builder(int kind, ac_ctx *ctx, int64_t ms, int *ok);
AC__BUILDER int ac__try_marker(void);
AC__BUILDER int ac__catch_marker(void);
AC__BUILDER ac_error *ac__caught_marker(void);
AC__BUILDER int ac__finally_marker(void);
AC__BUILDER void ac__throw_marker(ac_error *e);
AC__BUILDER void ac__rethrow_marker(ac_error *e);

/* The coroutine a builder starts, CALL, is a call of a suspend function
 * (its arguments are evaluated and stored when the builder runs) or an
 * inline body, a statement expression, like a Kotlin lambda:
 *
 *     ac_launch(s, ({ ac_delay(50); printf("total %d\n", total); }));
 *     ac_deferred *d = ac_async(s, ({ int v = fetch(id); v * 2; }));
 *
 * The body may suspend, use ac_try, scope blocks and builders; its value is
 * its last expression statement (a launch drops it).  It uses the local
 * variables around it by reference when it is run by ac_run_blocking, or
 * launched into an ac_coroutine_scope/ac_supervisor_scope block of the same
 * function that they are declared outside of (the block waits for it);
 * statics always.  Otherwise it gets const copies made when the builder
 * runs, and writing one is a translation error.  `return`, and jumps out of
 * the body, are errors too (docs/translation.md, "Inline bodies"). */

/* ac_run_blocking(CALL, OUT): run CALL on an event loop on this thread until
 * it and everything it launched completed; store its value through OUT
 * (NULL to drop it, or for void).  Returns NULL on success, else the
 * failure, which the caller releases. */
#define ac_run_blocking(call, out) ac__run_blocking_builder(((call), 0), (out))
#define ac_run_blocking_ctx(ctx, call, out) \
    ac__run_blocking_ctx_builder((ctx), ((call), 0), (out))
/* ac_run_test(CALL, OUT): ac_run_blocking on a virtual clock (see
 * "Testing with virtual time" above). */
#define ac_run_test(call, out) \
    ac__run_blocking_ctx_builder(ac_ctx_test_clock(), ((call), 0), (out))

/* ac_launch(scope, CALL): start CALL (a call or an inline body) as a new
 * coroutine in `scope`.
 * ac_launch_ctx(scope, ctx, start, CALL): with extra context elements
 * (consumed) and a start mode. */
#define ac_launch(scope, call) \
    ac__launch_builder((scope), (ac_ctx *)0, AC_START_DEFAULT, ((call), 0))
#define ac_launch_ctx(scope, ctx, start, call) \
    ac__launch_builder((scope), (ctx), (start), ((call), 0))

/* ac_async(scope, CALL): like ac_launch, with a result for AC_AWAIT: the
 * call's, or the inline body's last expression statement's. */
#define ac_async(scope, call) \
    ac__async_builder((scope), (ac_ctx *)0, AC_START_DEFAULT, ((call), 0))
#define ac_async_ctx(scope, ctx, start, call) \
    ac__async_builder((scope), (ctx), (start), ((call), 0))

/* AC_AWAIT(T, d): suspend until deferred d completes; its value, of type T.
 * A failed d rethrows its failure here.  Starts a lazy d. */
#define AC_AWAIT(T, d) (*(T *)ac__await_ptr(d))
/* ac_await(d): the same for a deferred with no value (an async of a void
 * call or body): waits, and rethrows its failure. */
#define ac_await(d) ((void)ac__await_ptr(d))

/* ac_coroutine_scope(s) { ... }: the block may launch into `s`; it ends only
 * when every coroutine launched into `s` has ended, and a child's failure
 * cancels the block and the other children and is rethrown at its end.
 * Leaving the block by break, return, goto or a throw also waits. */
#define ac_coroutine_scope(s) \
    for (ac_scope *s = ac__scope_builder(AC__SCOPE_COROUTINE, (ac_ctx *)0, 0, (int *)0); s; s = 0)
/* ac_supervisor_scope(s) { ... }: the same, but a child fails alone. */
#define ac_supervisor_scope(s) \
    for (ac_scope *s = ac__scope_builder(AC__SCOPE_SUPERVISOR, (ac_ctx *)0, 0, (int *)0); s; s = 0)
/* ac_with_context(ctx) { ... }: runs the block with ctx (consumed) added
 * to the coroutine's context, e.g. ac_non_cancellable for cleanup.  With a
 * dispatcher (ac_ctx_dispatcher(d)) the block runs on d's thread and the
 * code after it back where it was; values and failures cross as usual. */
#define ac_with_context(ctx) \
    for (ac_scope *ac__ws = ac__scope_builder(AC__SCOPE_CONTEXT, (ctx), 0, (int *)0); ac__ws; ac__ws = 0)
/* ac_with_timeout(ms) { ... }: cancels the block after ms milliseconds and
 * throws AC_TIMEOUT (a cancellation) from it. */
#define ac_with_timeout(ms) \
    for (ac_scope *ac__ws = ac__scope_builder(AC__SCOPE_TIMEOUT, (ac_ctx *)0, (ms), (int *)0); ac__ws; ac__ws = 0)
/* ac_with_timeout_or_null(ms, &ok) { ... }: the same, but a timeout ends
 * the block quietly with *ok = 0 (1 when it finished in time); ok may be
 * NULL when the caller does not need to know. */
#define ac_with_timeout_or_null(ms, ok) \
    for (ac_scope *ac__ws = ac__scope_builder(AC__SCOPE_TIMEOUT_OR_NULL, (ac_ctx *)0, (ms), (ok)); ac__ws; ac__ws = 0)

/* ac_try { } ac_catch (e) { } ac_finally { }, in suspend functions, as in
 * Kotlin: either clause may be left out.  `e` is an ac_error * borrowed for
 * the catch block.  ac_throw(err) throws err (consumed); ac_rethrow(e)
 * throws a caught error on.  A failed suspend call and a cancellation at
 * a suspension point throw too. */
#define ac_try if (ac__try_marker())
#define ac_catch(e) \
    else if (ac__catch_marker()) for (ac_error *e = ac__caught_marker(); e; e = 0)
#define ac_finally else if (ac__finally_marker())
#define ac_throw(e) ac__throw_marker(e)
#define ac_rethrow(e) ac__rethrow_marker(e)

#endif /* !ASYNCC_SEQUENTIAL */

#ifdef __cplusplus
}
#endif
#endif /* ASYNCC_H */
