/* find.c -- which functions are suspend functions.  A function is one when
 * any of its declarations carries SUSPEND, i.e. annotate("ac_suspend");
 * declarations in headers count, so calls across files work. */
#include <string.h>

#include "tr.h"

vec g_sfns;

static enum CXChildVisitResult attr_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    if (c.kind == CXCursor_AnnotateAttr) {
        char *s = cursor_spelling(c);
        if (!strcmp(s, "ac_suspend")) *(bool *)data = true;
        free(s);
    }
    return CXChildVisit_Continue;
}

static bool has_suspend_attr(CXCursor fn) {
    bool found = false;
    clang_visitChildren(fn, attr_visit, &found);
    return found;
}

/* g_sfns by name: an open-addressing hash table (a file with hundreds of
 * suspend functions asks for each callee; a scan made that quadratic). */
static sfn **by_name;
static size_t by_name_cap; /* a power of two, at least twice g_sfns.n */

static size_t name_hash(const char *s) {
    size_t h = 14695981039346656037u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static void by_name_put(sfn *f) {
    size_t i = name_hash(f->name) & (by_name_cap - 1);
    while (by_name[i]) i = (i + 1) & (by_name_cap - 1);
    by_name[i] = f;
}

static void add_sfn(sfn *f) {
    vec_push(&g_sfns, f);
    if ((size_t)g_sfns.n * 2 > by_name_cap) {
        free(by_name);
        by_name_cap = by_name_cap ? by_name_cap * 2 : 64;
        by_name = xcalloc(by_name_cap, sizeof *by_name);
        for (int i = 0; i < g_sfns.n; i++) by_name_put(g_sfns.v[i]);
    } else {
        by_name_put(f);
    }
}

static sfn *sfn_by_name(const char *name) {
    if (!by_name_cap) return NULL;
    for (size_t i = name_hash(name) & (by_name_cap - 1); by_name[i]; i = (i + 1) & (by_name_cap - 1))
        if (!strcmp(by_name[i]->name, name)) return by_name[i];
    return NULL;
}

sfn *sfn_of_decl(CXCursor fn) {
    if (fn.kind != CXCursor_FunctionDecl) return NULL;
    char *name = cursor_spelling(fn);
    sfn *f = sfn_by_name(name);
    free(name);
    return f;
}

/* The function a call names directly: f(x) or (f)(x), not g()(x). */
static CXCursor direct_callee(CXCursor call) {
    CXCursor c = strip_implicit(cursor_first_child(call));
    if (c.kind != CXCursor_DeclRefExpr) return clang_getNullCursor();
    return clang_getCursorReferenced(c);
}

sfn *sfn_of_callee(CXCursor call) {
    if (call.kind != CXCursor_CallExpr) return NULL;
    CXCursor ref = direct_callee(call);
    if (clang_Cursor_isNull(ref)) return NULL;
    return sfn_of_decl(ref);
}

char *direct_callee_name(CXCursor call) {
    if (call.kind != CXCursor_CallExpr) return NULL;
    CXCursor ref = direct_callee(call);
    if (clang_Cursor_isNull(ref) || ref.kind != CXCursor_FunctionDecl) return NULL;
    return cursor_spelling(ref);
}

const char *marker_macro(const char *name) {
    static const char *const map[][2] = {
        {"ac__try_marker", "ac_try"},         {"ac__catch_marker", "ac_catch"},
        {"ac__caught_marker", "ac_catch"},    {"ac__finally_marker", "ac_finally"},
        {"ac__throw_marker", "ac_throw"},     {"ac__rethrow_marker", "ac_rethrow"},
        {"ac__scope_builder", "a scope block (ac_coroutine_scope, ac_with_context, ...)"},
    };
    for (size_t i = 0; name && i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(name, map[i][0])) return map[i][1];
    return NULL;
}

bool is_builder_call(CXCursor call, const char **which) {
    char *name = direct_callee_name(call);
    if (!name) return false;
    const char *w = NULL;
    if (!strcmp(name, "ac__run_blocking_builder")) w = "run_blocking";
    else if (!strcmp(name, "ac__run_blocking_ctx_builder")) w = "run_blocking_ctx";
    else if (!strcmp(name, "ac__launch_builder")) w = "launch";
    else if (!strcmp(name, "ac__async_builder")) w = "async";
    free(name);
    if (w && which) *which = w;
    return w != NULL;
}

static bool declared_in_runtime_header(CXCursor c) {
    CXFile f;
    clang_getSpellingLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
    if (!f) return false;
    CXString s = clang_getFileName(f);
    const char *p = clang_getCString(s);
    size_t n = strlen(p);
    bool r = n >= 8 && !strcmp(p + n - 8, "asyncc.h");
    clang_disposeString(s);
    return r;
}

static void note_function(CXCursor c) {
    char *name = cursor_spelling(c);
    sfn *f = sfn_by_name(name);
    bool susp = has_suspend_attr(c);
    if (!f && !susp) {
        free(name);
        return;
    }
    if (!f) {
        f = xcalloc(1, sizeof *f);
        f->name = name;
        f->decl = c;
        f->def = clang_getNullCursor();
        CXType rt = clang_getResultType(clang_getCursorType(c));
        f->is_void = rt.kind == CXType_Void;
        f->rtype = type_spelling(rt);
        f->nparams = clang_Cursor_getNumArguments(c);
        f->runtime = declared_in_runtime_header(c);
        add_sfn(f);
    } else {
        free(name);
        /* int f(); then int f(int x): the prototype says what calls pass */
        if (clang_getCursorType(f->decl).kind == CXType_FunctionNoProto &&
            clang_getCursorType(c).kind == CXType_FunctionProto) {
            f->decl = c;
            f->nparams = clang_Cursor_getNumArguments(c);
        }
    }
    if (clang_Cursor_getStorageClass(c) == CX_SC_Static) f->is_static = true;
    if (clang_isCursorDefinition(c) && clang_Location_isFromMainFile(clang_getCursorLocation(c)))
        f->def = c;
}

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    (void)data;
    if (c.kind == CXCursor_FunctionDecl) note_function(c);
    return CXChildVisit_Continue;
}

void find_suspend_functions(void) {
    clang_visitChildren(clang_getTranslationUnitCursor(g_tu), top_visit, NULL);
}
