/* lint.c -- the translator's warnings: code that translates, but misuses
 * the runtime's structured concurrency (docs: README "Lints").
 *
 *   catch-cancellation  an ac_catch block that neither rethrows nor tests
 *                       the error's type: it swallows cancellation
 *   new-job             ac_ctx_job(ac_job_new(...)) in a builder's or
 *                       ac_with_context's context: not a child of the scope
 *   child-handler       an exception handler where it is never called: in
 *                       an ac_async's context, or a launch into an
 *                       ac_coroutine_scope block (a child)
 *   global-scope        ac_global_scope(): nothing waits for its coroutines
 *   blocking-call       a call known to block the thread, in coroutine code
 *                       outside ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io()))
 *   frame-size          (framesize.c) a frame larger than the limit
 *
 * Diagnostics are clang's form: file:line:col: warning: ... [-Wasyncc-NAME],
 * the line, a caret, the fix-it's text under it when it is on that line,
 * and notes.  A comment NOLINT(asyncc-NAME) on the line, or
 * NOLINTNEXTLINE(asyncc-NAME) on the line before, silences one site
 * (clang-tidy's syntax: a bare NOLINT, or asyncc-*, silences them all).
 *
 * The lints look at the AST libclang built with __ASYNCC__ defined, so
 * they see asyncc.h's markers: ac_catch is a for statement declaring its
 * variable with ac__caught_marker(), scope blocks declare theirs with
 * ac__scope_builder(KIND, ctx, ...), builders are ac__launch_builder(scope,
 * ctx, start, call) and friends. */
#include <stdio.h>
#include <string.h>

#include "tr.h"

int g_warnings;

static const char *const wnames[W_COUNT] = {"catch-cancellation", "new-job", "child-handler",
                                            "global-scope", "blocking-call", "frame-size"};
static bool w_off[W_COUNT];
static bool w_error[W_COUNT];

static int wname_index(const char *s) {
    if (!strncmp(s, "asyncc-", 7)) s += 7;
    for (int i = 0; i < W_COUNT; i++)
        if (!strcmp(s, wnames[i])) return i;
    return -1;
}

int warning_option(const char *a) {
    if (!strcmp(a, "-w")) {
        for (int i = 0; i < W_COUNT; i++) w_off[i] = true;
        return 1;
    }
    if (strncmp(a, "-W", 2)) return 0;
    a += 2;
    if (!strcmp(a, "error")) {
        for (int i = 0; i < W_COUNT; i++) w_error[i] = true;
        return 1;
    }
    if (!strcmp(a, "no-error")) {
        for (int i = 0; i < W_COUNT; i++) w_error[i] = false;
        return 1;
    }
    bool on = true, err = false;
    if (!strncmp(a, "error=", 6)) a += 6, err = true;
    else if (!strncmp(a, "no-error=", 9)) a += 9, err = true, on = false;
    else if (!strncmp(a, "no-", 3)) a += 3, on = false;
    int w = wname_index(a);
    if (w < 0) return -1;
    if (err) {
        w_error[w] = on;
        if (on) w_off[w] = false; /* -Werror=NAME enables it, as clang's */
    } else {
        w_off[w] = !on;
    }
    return 1;
}

bool warning_enabled(wid w) { return !w_off[w]; }

/* ---- printing ---- */

static void line_bounds(unsigned off, unsigned *b, unsigned *e) {
    unsigned x = off, y = off;
    while (x > 0 && g_src.text[x - 1] != '\n') x--;
    while (y < g_src.size && g_src.text[y] != '\n') y++;
    *b = x;
    *e = y;
}

/* Does a comment on the line holding `off` (NOLINT) or on the line before
 * (NOLINTNEXTLINE) name warning w? */
static bool nolint_in(unsigned b, unsigned e, const char *kw, wid w) {
    size_t kl = strlen(kw);
    const char *t = g_src.text;
    bool comment = false;
    for (unsigned i = b; i + kl <= e; i++) {
        if (i + 1 < e && t[i] == '/' && (t[i + 1] == '/' || t[i + 1] == '*')) comment = true;
        if (!comment || memcmp(t + i, kw, kl)) continue;
        unsigned j = i + (unsigned)kl;
        if (j < e && is_ident_char(t[j])) continue; /* NOLINTNEXTLINE is not NOLINT */
        if (j >= e || t[j] != '(') return true;     /* bare: every check */
        unsigned k = j + 1;
        while (k < e && t[k] != ')') {
            while (k < e && (t[k] == ' ' || t[k] == ',')) k++;
            unsigned s = k;
            while (k < e && t[k] != ',' && t[k] != ')' && t[k] != ' ') k++;
            char *name = xstrndup(t + s, k - s);
            bool hit = !strcmp(name, "*") || !strcmp(name, "asyncc-*") ||
                       (!strncmp(name, "asyncc-", 7) && !strcmp(name + 7, wnames[w]));
            free(name);
            if (hit) return true;
        }
    }
    return false;
}

static bool silenced(wid w, unsigned off) {
    unsigned b, e;
    line_bounds(off, &b, &e);
    if (nolint_in(b, e, "NOLINT", w)) return true;
    if (b == 0) return false;
    unsigned pb, pe;
    line_bounds(b - 1, &pb, &pe);
    return nolint_in(pb, pe, "NOLINTNEXTLINE", w);
}

/* The line of `off`, a caret under it with ~ up to `end` (when on the
 * line), and the fix-it's text under that when it is on the line. */
static void show(unsigned off, unsigned end, const fixit *fix) {
    unsigned b, e;
    line_bounds(off, &b, &e);
    fprintf(stderr, "%.*s\n", (int)(e - b), g_src.text + b);
    for (unsigned i = b; i < off; i++) fputc(g_src.text[i] == '\t' ? '\t' : ' ', stderr);
    fputc('^', stderr);
    for (unsigned i = off + 1; i < end && i < e; i++) fputc('~', stderr);
    fputc('\n', stderr);
    if (fix && fix->b >= b && fix->b <= e) {
        for (unsigned i = b; i < fix->b; i++) fputc(g_src.text[i] == '\t' ? '\t' : ' ', stderr);
        fprintf(stderr, "%s\n", fix->text);
    }
}

bool warn_off(wid w, unsigned off, unsigned end, const fixit *fix, const char *note, const char *fmt, ...) {
    if (w_off[w] || silenced(w, off)) return false;
    unsigned line, col;
    src_line_col(off, &line, &col);
    fprintf(stderr, "%s:%u:%u: %s: ", g_src.path, line, col, w_error[w] ? "error" : "warning");
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " [%s-Wasyncc-%s]\n", w_error[w] ? "-Werror," : "", wnames[w]);
    unsigned lb, le;
    line_bounds(off, &lb, &le);
    bool fix_here = fix && fix->b >= lb && fix->b <= le;
    show(off, end, fix_here ? fix : NULL);
    if (fix && !fix_here) {
        /* the fix-it is on another line: a note shows it there */
        src_line_col(fix->b, &line, &col);
        fprintf(stderr, "%s:%u:%u: note: %s '%s'\n", g_src.path, line, col, fix->b == fix->e ? "insert" : "replace with",
                fix->text);
        show(fix->b, fix->e, fix);
    }
    if (note && *note) {
        src_line_col(off, &line, &col);
        fprintf(stderr, "%s:%u:%u: note: %s\n", g_src.path, line, col, note);
    }
    if (w_error[w]) g_errors++;
    else g_warnings++;
    return true;
}

/* ---- AST helpers ---- */


/* The name of the function a call calls directly, or "" (to free). */
static char *callee(CXCursor c) {
    char *n = c.kind == CXCursor_CallExpr ? direct_callee_name(c) : NULL;
    return n ? n : xstrdup("");
}

static bool calls(CXCursor c, const char *name) {
    char *n = callee(c);
    bool r = !strcmp(n, name);
    free(n);
    return r;
}

/* A call in c's subtree (c included) of one of `names` (NULL-terminated). */
typedef struct find {
    const char *const *names;
    const char *const *refs; /* or a reference to one of these declarations */
    CXCursor hit;
} find;

static bool matches(CXCursor c, find *f) {
    if (f->names && c.kind == CXCursor_CallExpr) {
        char *n = callee(c);
        bool hit = false;
        for (int i = 0; f->names[i] && !hit; i++) hit = !strcmp(n, f->names[i]);
        free(n);
        if (hit) return true;
    }
    if (f->refs && c.kind == CXCursor_DeclRefExpr) {
        char *n = cursor_spelling(c);
        bool hit = false;
        for (int i = 0; f->refs[i] && !hit; i++) hit = !strcmp(n, f->refs[i]);
        free(n);
        if (hit) return true;
    }
    return false;
}

static enum CXChildVisitResult find_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    find *f = data;
    if (matches(c, f)) {
        f->hit = c;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

static CXCursor find_in(CXCursor c, const char *const *names, const char *const *refs) {
    find f = {names, refs, clang_getNullCursor()};
    if (matches(c, &f)) return c;
    clang_visitChildren(c, find_visit, &f);
    return f.hit;
}

/* Offset of a cursor's location in the input: where it is written, else
 * where the macro holding it is expanded. */
static unsigned off_of(CXCursor c) {
    loc l = loc_of(clang_getCursorLocation(c));
    return l.direct ? l.off : l.exp;
}

static unsigned end_of(CXCursor c) {
    unsigned b, e;
    return cursor_text(c, &b, &e) ? e : off_of(c);
}

static bool text_of(CXCursor c, unsigned *b, unsigned *e) { return cursor_text(c, b, e) && *e > *b; }

static char *text(unsigned b, unsigned e) { return xstrndup(g_src.text + b, e - b); }

/* A scope block's for statement: for (ac_scope *s = ac__scope_builder(KIND,
 * ctx, ms, ok); ...).  Its builder call, or a null cursor. */
static CXCursor scope_block_builder(CXCursor forstmt) {
    if (forstmt.kind != CXCursor_ForStmt) return clang_getNullCursor();
    CXCursor ds = cursor_first_child(forstmt);
    if (ds.kind != CXCursor_DeclStmt) return clang_getNullCursor();
    CXCursor vd = cursor_first_child(ds);
    if (vd.kind != CXCursor_VarDecl) return clang_getNullCursor();
    CXCursor init = strip_implicit(cursor_last_child(vd));
    return calls(init, "ac__scope_builder") ? init : clang_getNullCursor();
}

/* The kind (AC__SCOPE_...) a scope builder call names. */
static bool scope_kind_is(CXCursor builder, const char *kind) {
    CXCursor k = strip_implicit(clang_Cursor_getArgument(builder, 0));
    if (k.kind != CXCursor_DeclRefExpr) return false;
    char *n = cursor_spelling(k);
    bool r = !strcmp(n, kind);
    free(n);
    return r;
}

static bool shows_nonblocking(CXCursor c) {
    if (clang_Cursor_isNull(c)) return false;
    static const char *const names[] = {"ac_io_wait", "ac_io_wait_deadline", "ac_fd_set_nonblocking", "fcntl",
                                        "accept4", NULL};
    return !clang_Cursor_isNull(find_in(c, names, NULL));
}

/* ---- the lints ---- */

typedef struct lctx {
    bool coro;        /* in a suspend function or an inline body */
    bool body;        /* ... an inline body */
    bool io;          /* in ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())) */
    CXCursor code;    /* the function or inline body: whether it shows
                         non-blocking fds (ac_io_wait, fcntl, ...) is asked
                         only at a blocking fd call, not for every function */
} lctx;

/* Can the code of c throw a cancellation: does it call a suspend function
 * (AC_AWAIT, ac_select, ... included) or open a scope block? */
static enum CXChildVisitResult suspends_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    if (c.kind == CXCursor_CallExpr && (sfn_of_callee(c) || calls(c, "ac__scope_builder"))) {
        *(bool *)data = true;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

static bool may_suspend(CXCursor c) {
    bool r = false;
    clang_visitChildren(c, suspends_visit, &r);
    return r;
}

/* 1. catch-cancellation: at the try statement, if (ac__try_marker()) T
 * else if (ac__catch_marker()) for (ac_error *e = ...) C [else ...].  A
 * try block that cannot suspend cannot be cancelled: no warning. */
static void lint_catch(CXCursor forstmt);

typedef struct kids3 {
    CXCursor k[4];
    int n;
} kids3;

static enum CXChildVisitResult kids_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    kids3 *k = data;
    if (k->n < 4) k->k[k->n] = c;
    k->n++;
    return CXChildVisit_Continue;
}

static void lint_try(CXCursor ifstmt) {
    kids3 t = {0};
    clang_visitChildren(ifstmt, kids_visit, &t);
    if (t.n != 3 || !calls(strip_implicit(t.k[0]), "ac__try_marker") || !may_suspend(t.k[1])) return;
    kids3 c = {0};
    clang_visitChildren(t.k[2], kids_visit, &c);
    if (t.k[2].kind != CXCursor_IfStmt || c.n < 2 || !calls(strip_implicit(c.k[0]), "ac__catch_marker")) return;
    lint_catch(c.k[1]);
}

static void lint_catch(CXCursor forstmt) {
    CXCursor ds = cursor_first_child(forstmt);
    if (ds.kind != CXCursor_DeclStmt) return;
    CXCursor vd = cursor_first_child(ds);
    if (vd.kind != CXCursor_VarDecl || !calls(strip_implicit(cursor_last_child(vd)), "ac__caught_marker")) return;
    CXCursor body = cursor_last_child(forstmt);
    /* a rethrow or throw, a test of the type, or a cancellation check */
    static const char *const ok_calls[] = {"ac__rethrow_marker", "ac__throw_marker", "ac_error_is",
                                           "ac_error_type_of", "ac_ensure_active", NULL};
    static const char *const ok_refs[] = {"AC_CANCELLATION", "AC_JOB_CANCELLATION", "AC_TIMEOUT", NULL};
    if (!clang_Cursor_isNull(find_in(body, ok_calls, ok_refs))) return;
    char *e = cursor_spelling(vd);
    unsigned at = loc_of(clang_getCursorLocation(forstmt)).exp; /* the ac_catch */
    char *line = xprintf("if (ac_error_is(%s, &AC_CANCELLATION)) ac_rethrow(%s);", e, e);
    loc bl = loc_of(clang_getCursorLocation(body));
    fixit fix;
    bool has_fix = body.kind == CXCursor_CompoundStmt && bl.direct;
    if (has_fix) fix = (fixit){bl.off + 1, bl.off + 1, line};
    char *note = has_fix ? xstrdup("a cancellation must reach the coroutine's scope to stop it: rethrow it at the "
                                   "start of the block")
                         : xprintf("a cancellation must reach the coroutine's scope to stop it: begin the block "
                                   "with %s",
                                   line);
    warn_off(W_CATCH_CANCELLATION, at, at + 8, has_fix ? &fix : NULL, note,
             "this catch block swallows cancellation: it neither rethrows '%s' nor tests its type", e);
    free(note);
    free(line);
    free(e);
}

/* 2. new-job, in the context argument `ctx` of `what` */
static enum CXChildVisitResult new_job_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    const char *what = data;
    if (!calls(c, "ac_ctx_job") || clang_Cursor_getNumArguments(c) != 1) return CXChildVisit_Recurse;
    CXCursor j = strip_implicit(clang_Cursor_getArgument(c, 0));
    char *n = callee(j);
    bool sup = !strcmp(n, "ac_supervisor_job_new");
    if (sup || !strcmp(n, "ac_job_new")) {
        unsigned b, e;
        fixit fix;
        bool has_fix = text_of(c, &b, &e);
        if (has_fix) fix = (fixit){b, e, "NULL"};
        char *note = xprintf("%s%s", has_fix ? "drop the job element (NULL is the empty context): the coroutine's "
                                               "job is then a child of the scope's"
                                             : "drop the job element: the coroutine's job is then a child of the "
                                               "scope's",
                             sup ? "; for children that fail alone, launch them into an ac_supervisor_scope(s) "
                                   "{ ... } block"
                                 : "");
        unsigned at = off_of(j);
        if (!strcmp(what, "ac_with_context"))
            warn_off(W_NEW_JOB, at, end_of(j), has_fix ? &fix : NULL,
                     has_fix ? "drop the job element (NULL is the empty context): the block then runs in this "
                               "coroutine's job"
                             : "drop the job element: the block then runs in this coroutine's job",
                     "a new job in ac_with_context's context breaks structured concurrency: the block runs in "
                     "a job that is not a child of this coroutine's, so cancelling the coroutine does not "
                     "cancel the block");
        else
            warn_off(W_NEW_JOB, at, end_of(j), has_fix ? &fix : NULL, note,
                     "a new job in %s's context breaks structured concurrency: the coroutine becomes a child of "
                     "that job, not of the scope, so the scope neither waits for it nor cancels it",
                     what);
        free(note);
    }
    free(n);
    return CXChildVisit_Continue;
}

static void lint_new_job(CXCursor ctx, const char *what) {
    if (new_job_visit(ctx, clang_getNullCursor(), (void *)what) == CXChildVisit_Recurse)
        clang_visitChildren(ctx, new_job_visit, (void *)what);
}

/* 3. child-handler: an exception handler in the context of an async, or of
 * a launch into an ac_coroutine_scope block (a child: its failure goes to
 * the parent, never to a handler).  A launch into an ac_supervisor_scope
 * block or a scope object (a root) does use it. */
static bool is_coroutine_scope_var(CXCursor scope) {
    CXCursor s = strip_implicit(scope);
    if (s.kind != CXCursor_DeclRefExpr) return false;
    CXCursor vd = clang_getCursorReferenced(s);
    if (vd.kind != CXCursor_VarDecl) return false;
    CXCursor init = strip_implicit(cursor_last_child(vd));
    return calls(init, "ac__scope_builder") && scope_kind_is(init, "AC__SCOPE_COROUTINE");
}

static void lint_handler(CXCursor builder, const char *which) {
    bool async = !strcmp(which, "async");
    CXCursor scope = clang_Cursor_getArgument(builder, 0);
    if (!async && !is_coroutine_scope_var(scope)) return;
    static const char *const names[] = {"ac_exception_handler", NULL};
    CXCursor h = find_in(clang_Cursor_getArgument(builder, 1), names, NULL);
    if (clang_Cursor_isNull(h)) return;
    unsigned at = off_of(h);
    if (async) {
        warn_off(W_CHILD_HANDLER, at, end_of(h), NULL,
                 "install the handler on a root instead: the context of ac_scope_new(...) or of a launch into "
                 "such a scope; or catch the failure where the result is awaited",
                 "an exception handler in ac_async's context is never called: the failure is kept for "
                 "ac_await/AC_AWAIT (and passed to the parent)");
    } else {
        char *sname = cursor_spelling(strip_implicit(scope));
        char *note = xprintf("install the handler on the root (the context of ac_scope_new(...) or of the launch "
                             "that started this coroutine), launch into an ac_supervisor_scope block, or catch "
                             "the failure with ac_try/ac_catch around the ac_coroutine_scope(%s) block",
                             sname);
        warn_off(W_CHILD_HANDLER, at, end_of(h), NULL, note,
                 "an exception handler in the context of a child coroutine is never called: its failure "
                 "goes to the parent, and the scope block '%s' rethrows it",
                 sname);
        free(note);
        free(sname);
    }
}

/* 4. global-scope */
static void lint_global_scope(CXCursor call, const lctx *x) {
    unsigned at = off_of(call);
    warn_off(W_GLOBAL_SCOPE, at, end_of(call), NULL,
             x->coro ? "launch into a scope you own: ac_coroutine_scope(s) { ac_launch(s, ...); } waits for its "
                       "children and cancels them with the coroutine"
                     : "launch into a scope you own: ac_scope *s = ac_scope_new(NULL); ... ac_scope_cancel(s, "
                       "NULL); ac_scope_release(s); or run the work with ac_run_blocking",
             "use of the global scope: nothing waits for its coroutines or cancels them, and their failures "
             "reach no caller");
}

/* 5. blocking-call.  Calls that can block the calling thread for a long
 * or unbounded time, in coroutine code: each blocks its dispatcher's
 * thread, and with it the other coroutines of that dispatcher (all of
 * them on a run_blocking loop).  Left out: write/send and file I/O on
 * regular files (they block only on full pipes and sockets: too many false
 * positives on logging), and short locks other than pthread_mutex_lock.
 * Reads and socket calls are left alone in a function that shows
 * non-blocking fds (ac_io_wait, ac_fd_set_nonblocking, fcntl) or with
 * MSG_DONTWAIT: there they do not block. */
enum bfix { B_DELAY_S, B_DELAY_US, B_DELAY, B_RENAME, B_MUTEX, B_IO };
enum bwhen { ALWAYS, ON_STDIN, NEG_TIMEOUT, NULL_TIMEOUT, FD_CALL };
typedef struct blocking {
    const char *name;
    enum bfix fix;
    const char *instead; /* B_RENAME: the runtime's suspending call */
    enum bwhen when;
    int arg;             /* ON_STDIN: the stream; *_TIMEOUT: the timeout */
} blocking;

static const blocking g_blocking[] = {
    /* sleeping: the coroutine's own delay suspends instead */
    {"sleep", B_DELAY_S, NULL, ALWAYS, 0},
    {"usleep", B_DELAY_US, NULL, ALWAYS, 0},
    {"nanosleep", B_DELAY, NULL, ALWAYS, 0},
    {"clock_nanosleep", B_DELAY, NULL, ALWAYS, 0},
    /* fd I/O that waits for a peer: the runtime's suspending forms */
    {"read", B_RENAME, "ac_read", FD_CALL, 0},
    {"recv", B_RENAME, "ac_recv", FD_CALL, 0},
    {"accept", B_RENAME, "ac_accept", FD_CALL, 0},
    {"connect", B_RENAME, "ac_connect", FD_CALL, 0},
    {"recvfrom", B_IO, NULL, FD_CALL, 0},
    {"recvmsg", B_IO, NULL, FD_CALL, 0},
    {"accept4", B_IO, NULL, FD_CALL, 0},
    /* locks and waits for other threads or processes */
    {"pthread_mutex_lock", B_MUTEX, NULL, ALWAYS, 0},
    {"pthread_cond_wait", B_IO, NULL, ALWAYS, 0},
    {"pthread_cond_timedwait", B_IO, NULL, ALWAYS, 0},
    {"pthread_join", B_IO, NULL, ALWAYS, 0},
    {"pthread_rwlock_rdlock", B_IO, NULL, ALWAYS, 0},
    {"pthread_rwlock_wrlock", B_IO, NULL, ALWAYS, 0},
    {"pthread_barrier_wait", B_IO, NULL, ALWAYS, 0},
    {"sem_wait", B_IO, NULL, ALWAYS, 0},
    {"system", B_IO, NULL, ALWAYS, 0},
    {"wait", B_IO, NULL, ALWAYS, 0},
    {"waitpid", B_IO, NULL, ALWAYS, 0},
    /* the terminal: reads of stdin wait for the user */
    {"getchar", B_IO, NULL, ALWAYS, 0},
    {"gets", B_IO, NULL, ALWAYS, 0},
    {"scanf", B_IO, NULL, ALWAYS, 0},
    {"fgets", B_IO, NULL, ON_STDIN, 2},
    {"getline", B_IO, NULL, ON_STDIN, 2},
    {"getdelim", B_IO, NULL, ON_STDIN, 3},
    {"fread", B_IO, NULL, ON_STDIN, 3},
    {"fgetc", B_IO, NULL, ON_STDIN, 0},
    {"getc", B_IO, NULL, ON_STDIN, 0},
    {"fscanf", B_IO, NULL, ON_STDIN, 0},
    /* waits without a timeout */
    {"poll", B_IO, NULL, NEG_TIMEOUT, 2},
    {"epoll_wait", B_IO, NULL, NEG_TIMEOUT, 3},
    {"epoll_pwait", B_IO, NULL, NEG_TIMEOUT, 3},
    {"select", B_IO, NULL, NULL_TIMEOUT, 4},
    {"pselect", B_IO, NULL, NULL_TIMEOUT, 4},
};

static bool arg_mentions(CXCursor call, int i, const char *word) {
    if (i >= clang_Cursor_getNumArguments(call)) return false;
    CXCursor a = clang_Cursor_getArgument(call, (unsigned)i);
    static const char *none[] = {NULL};
    const char *refs[] = {word, NULL};
    if (!clang_Cursor_isNull(find_in(a, none, refs))) return true;
    /* the macro's name, when its expansion is not a reference (MSG_DONTWAIT) */
    unsigned b, e;
    if (!text_of(a, &b, &e)) return false;
    size_t n = strlen(word);
    for (unsigned k = b; k + n <= e; k++)
        if (!memcmp(g_src.text + k, word, n) && (k == b || !is_ident_char(g_src.text[k - 1])) &&
            !is_ident_char(g_src.text[k + n]))
            return true;
    return false;
}

static bool arg_value(CXCursor call, int i, long long *v, bool *null) {
    if (i >= clang_Cursor_getNumArguments(call)) return false;
    CXEvalResult r = clang_Cursor_Evaluate(clang_Cursor_getArgument(call, (unsigned)i));
    if (!r) return false;
    bool ok = clang_EvalResult_getKind(r) == CXEval_Int;
    if (ok) *v = clang_EvalResult_getAsLongLong(r);
    *null = ok && *v == 0;
    clang_EvalResult_dispose(r);
    return ok;
}

static bool in_system_header(CXCursor decl) {
    return clang_Location_isInSystemHeader(clang_getCursorLocation(decl));
}

static void lint_blocking(CXCursor call, const lctx *x) {
    char *name = callee(call);
    const blocking *bk = NULL;
    for (size_t i = 0; i < sizeof g_blocking / sizeof g_blocking[0] && !bk; i++)
        if (!strcmp(name, g_blocking[i].name)) bk = &g_blocking[i];
    free(name);
    if (!bk) return;
    CXCursor decl = clang_getCursorReferenced(strip_implicit(cursor_first_child(call)));
    if (clang_Cursor_isNull(decl) || !in_system_header(decl)) return; /* the user's own read() */
    long long v = 0;
    bool null = false;
    switch (bk->when) {
    case ALWAYS: break;
    case ON_STDIN:
        if (!arg_mentions(call, bk->arg, "stdin")) return;
        break;
    case NEG_TIMEOUT:
        if (!arg_value(call, bk->arg, &v, &null) || v >= 0) return;
        break;
    case NULL_TIMEOUT:
        if (!arg_value(call, bk->arg, &v, &null) || !null) return;
        break;
    case FD_CALL:
        if (shows_nonblocking(x->code) || arg_mentions(call, 3, "MSG_DONTWAIT") ||
            arg_mentions(call, 3, "SOCK_NONBLOCK"))
            return;
        break;
    }
    unsigned at = off_of(call);
    unsigned cb, ce;
    bool has_text = text_of(call, &cb, &ce);
    fixit fix = {0, 0, NULL};
    char *ftext = NULL, *note = NULL;
    int na = clang_Cursor_getNumArguments(call);
    unsigned ab = 0, ae = 0;
    bool arg_text = na == 1 && text_of(clang_Cursor_getArgument(call, 0), &ab, &ae);
    const char *io = "ac_with_context(ac_ctx_dispatcher(ac_dispatcher_io())) { ... }";
    switch (bk->fix) {
    case B_DELAY_S:
    case B_DELAY_US:
        if (has_text && arg_text) {
            char *a = text(ab, ae);
            bool simple = true;
            for (char *p = a; *p; p++) simple &= is_ident_char(*p);
            ftext = xprintf(simple ? "ac_delay(%s %s)" : "ac_delay((%s) %s)", a,
                            bk->fix == B_DELAY_S ? "* 1000" : "/ 1000");
            fix = (fixit){cb, ce, ftext};
            free(a);
        }
        note = xprintf("ac_delay(ms) suspends the coroutine instead%s", has_text && arg_text ? "" : " (milliseconds)");
        break;
    case B_DELAY: note = xstrdup("call ac_delay(ms) instead: it suspends the coroutine (milliseconds)"); break;
    case B_RENAME: {
        CXCursor ref = strip_implicit(cursor_first_child(call));
        loc l = loc_of(clang_getCursorLocation(ref));
        if (l.direct) {
            fix = (fixit){l.off, l.off + (unsigned)strlen(bk->name), bk->instead};
            ftext = NULL;
        }
        note = xprintf("%s suspends until the fd is ready%s; the fd must be non-blocking "
                       "(ac_fd_set_nonblocking); or run the call in %s",
                       bk->instead, l.direct ? "" : xprintf(" (call %s instead)", bk->instead), io);
        break;
    }
    case B_MUTEX:
        note = xstrdup("use an ac_mutex, which suspends instead: ac_mutex_lock(m, NULL) ... ac_mutex_unlock(m, "
                       "NULL), or ac_with_lock(m) { ... }");
        break;
    case B_IO: note = xprintf("run it on the IO dispatcher: %s", io); break;
    }
    char *cname = callee(call);
    warn_off(W_BLOCKING_CALL, at, has_text ? ce : at, fix.text ? &fix : NULL, note,
             "'%s' blocks the thread in %s: the other coroutines of its dispatcher cannot run meanwhile", cname,
             x->body ? "an inline coroutine body" : "a suspend function");
    free(cname);
    free(note);
    free(ftext);
}


/* ---- the walk ---- */

static enum CXChildVisitResult lint_visit(CXCursor c, CXCursor parent, CXClientData data);

static void walk(CXCursor c, lctx x) { clang_visitChildren(c, lint_visit, &x); }

/* The call argument of builder `which` (the inline body or suspend call). */
static int builder_call_arg(const char *which) {
    if (!strcmp(which, "run_blocking")) return 0;
    if (!strcmp(which, "run_blocking_ctx")) return 1;
    return 3;
}

static enum CXChildVisitResult lint_visit(CXCursor c, CXCursor parent, CXClientData data) {
    lctx x = *(const lctx *)data;
    if (parent.kind == CXCursor_TranslationUnit && !clang_Location_isFromMainFile(clang_getCursorLocation(c)))
        return CXChildVisit_Continue;
    if (c.kind == CXCursor_FunctionDecl) {
        sfn *f = sfn_of_decl(c);
        lctx in = {.code = clang_getNullCursor()};
        if (f && clang_isCursorDefinition(c)) {
            in.coro = true;
            in.code = c;
        }
        walk(c, in);
        return CXChildVisit_Continue;
    }
    if (c.kind == CXCursor_IfStmt) lint_try(c);
    if (c.kind == CXCursor_ForStmt) {
        CXCursor sb = scope_block_builder(c);
        if (!clang_Cursor_isNull(sb) && scope_kind_is(sb, "AC__SCOPE_CONTEXT")) {
            CXCursor ctx = clang_Cursor_getArgument(sb, 1);
            lint_new_job(ctx, "ac_with_context");
            static const char *const io[] = {"ac_dispatcher_io", NULL};
            if (!clang_Cursor_isNull(find_in(ctx, io, NULL))) x.io = true;
        }
        walk(c, x);
        return CXChildVisit_Continue;
    }
    if (c.kind == CXCursor_CallExpr) {
        const char *which = NULL;
        if (is_builder_call(c, &which)) {
            if (!strncmp(which, "launch", 6) || !strncmp(which, "async", 5)) {
                const char *what = !strcmp(which, "launch") ? "ac_launch_ctx" : "ac_async_ctx";
                lint_new_job(clang_Cursor_getArgument(c, 1), what);
                lint_handler(c, which);
            }
            int ci = builder_call_arg(which);
            int na = clang_Cursor_getNumArguments(c);
            for (int i = 0; i < na; i++) {
                CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
                lctx ax = x;
                if (i == ci && !clang_Cursor_isNull(builder_inline_body(c, ci))) {
                    /* an inline body: coroutine code of its own */
                    ax = (lctx){.coro = true, .body = true, .code = a};
                }
                if (lint_visit(a, c, &ax) == CXChildVisit_Recurse) walk(a, ax);
            }
            return CXChildVisit_Continue;
        }
        if (calls(c, "ac_global_scope")) lint_global_scope(c, &x);
        if (x.coro && !x.io) lint_blocking(c, &x);
    }
    return CXChildVisit_Recurse;
}

void lint_file(void) {
    bool any = false;
    for (int i = 0; i < W_COUNT; i++) any |= i != W_FRAME_SIZE && !w_off[i];
    if (!any) return;
    lctx x = {.code = clang_getNullCursor()};
    walk(clang_getTranslationUnitCursor(g_tu), x);
}
