/* loc.c -- where cursors and tokens are in the main file, and whether
 * their text can be copied as written.  A location inside a macro body
 * has a spelling location (in the #define) different from its file
 * location (the expansion point); a macro argument's token is spelled
 * where it is written, so its text can be copied. */
#include <string.h>

#include "tr.h"

static unsigned invocation_end(unsigned off);

static bool is_main(CXFile f) { return f && clang_File_isEqual(f, g_src.file); }

/* loc_of's answers by the location's raw encoding (int_data: unique within
 * a translation unit, whose source manager is ptr_data[0]), direct-mapped:
 * the passes ask about the same cursors' ends again and again, and each
 * answer costs three libclang queries.  A raw 0 is an invalid location,
 * never cached, so raw 0 marks an empty slot. */
#define LOC_CACHE_SIZE 65536
static struct {
    unsigned raw;
    const void *unit;
    loc value;
} *loc_cache;

static loc loc_compute(CXSourceLocation l);

void loc_cache_reset(void) {
    free(loc_cache);
    loc_cache = NULL;
}

loc loc_of(CXSourceLocation l) {
    unsigned raw = l.int_data;
    if (!raw) return loc_compute(l);
    if (!loc_cache) loc_cache = xcalloc(LOC_CACHE_SIZE, sizeof *loc_cache);
    unsigned slot = (raw * 2654435761u) >> 16;
    if (loc_cache[slot].raw == raw && loc_cache[slot].unit == l.ptr_data[0])
        return loc_cache[slot].value;
    loc r = loc_compute(l);
    loc_cache[slot].raw = raw;
    loc_cache[slot].unit = l.ptr_data[0];
    loc_cache[slot].value = r;
    return r;
}

static loc loc_compute(CXSourceLocation l) {
    loc r = {0};
    CXFile sf, ff, ef;
    unsigned soff, foff, eoff;
    clang_getSpellingLocation(l, &sf, NULL, NULL, &soff);
    clang_getExpansionLocation(l, &ef, NULL, NULL, &eoff);
    r.in_main = is_main(ef);
    r.exp = eoff;
    if (sf == ef && soff == eoff) {
        /* not in a macro (the common case): the file location is the same
         * place, and asking for it would cost a third of this function */
        ff = sf;
        foff = soff;
    } else {
        clang_getFileLocation(l, &ff, NULL, NULL, &foff);
    }
    r.direct = r.in_main && is_main(sf) && is_main(ff) && soff == foff;
    r.off = r.direct ? soff : eoff;
    return r;
}

/* A token written as a macro argument: spelled in the file, expanded at
 * the invocation. */
static bool in_macro_arg(loc l) { return l.direct && l.exp != l.off; }

unsigned skip_non_code(unsigned i, unsigned end) {
    const char *t = g_src.text;
    char ch = t[i];
    if (ch == '/' && i + 1 < end && t[i + 1] == '*') { /* an apostrophe in a comment is no quote */
        for (i += 2; i + 1 < end && !(t[i] == '*' && t[i + 1] == '/'); i++) {}
        return i + 1;
    }
    if (ch == '/' && i + 1 < end && t[i + 1] == '/') {
        while (i + 1 < end && t[i + 1] != '\n') i++;
        return i;
    }
    if (ch == '"' || ch == '\'') {
        for (i++; i < end && t[i] != ch; i++)
            if (t[i] == '\\') i++;
        return i;
    }
    return i;
}

/* Text inside one macro argument: brackets balanced and no comma at the
 * top level (which would separate two arguments). */
static bool within_one_argument(unsigned b, unsigned e) {
    int depth = 0;
    for (unsigned i = b; i < e; i++) {
        unsigned j = skip_non_code(i, e);
        if (j != i) {
            i = j;
            continue;
        }
        char ch = g_src.text[i];
        if (ch == '(' || ch == '[' || ch == '{') {
            depth++;
        } else if (ch == ')' || ch == ']' || ch == '}') {
            if (--depth < 0) return false;
        } else if (ch == ',' && depth == 0) {
            return false;
        }
    }
    return depth == 0;
}

static bool text_of(loc lb, loc le, unsigned *b, unsigned *e) {
    if (!lb.direct || !le.direct || lb.off > le.off) return false;
    /* an end inside a macro argument: the text is the node only when both
     * ends are in the same argument (CAT("x", "y") is not "x", "y") */
    if (in_macro_arg(lb) || in_macro_arg(le)) {
        if (!in_macro_arg(lb) || !in_macro_arg(le) || lb.exp != le.exp) return false;
        if (!within_one_argument(lb.off, le.off)) return false;
    }
    *b = lb.off;
    *e = le.off;
    return true;
}

static bool exp_of(CXCursor c, loc lb, loc le, unsigned *b, unsigned *e) {
    if (!lb.in_main || !le.in_main) return false;
    *b = lb.exp;
    *e = le.direct ? le.off : le.exp;
    if (in_macro_arg(le) && c.kind != CXCursor_MacroExpansion) {
        /* ends in an argument: the expansion ends with the invocation */
        unsigned ie = invocation_end(le.exp);
        if (ie > *e) *e = ie;
    }
    if (*e < *b) *e = *b;
    return true;
}

bool cursor_text(CXCursor c, unsigned *b, unsigned *e) {
    CXSourceRange r = clang_getCursorExtent(c);
    return text_of(loc_of(clang_getRangeStart(r)), loc_of(clang_getRangeEnd(r)), b, e);
}

bool cursor_exp(CXCursor c, unsigned *b, unsigned *e) {
    CXSourceRange r = clang_getCursorExtent(c);
    return exp_of(c, loc_of(clang_getRangeStart(r)), loc_of(clang_getRangeEnd(r)), b, e);
}

void cursor_spans(CXCursor c, bool *text_ok, unsigned *b, unsigned *e, unsigned *xb, unsigned *xe) {
    CXSourceRange r = clang_getCursorExtent(c);
    loc lb = loc_of(clang_getRangeStart(r)), le = loc_of(clang_getRangeEnd(r));
    *text_ok = text_of(lb, le, b, e);
    if (!exp_of(c, lb, le, xb, xe)) *xb = *xe = 0;
}

CXSourceRange file_range(unsigned b, unsigned e) {
    return clang_getRange(clang_getLocationForOffset(g_tu, g_src.file, b),
                          clang_getLocationForOffset(g_tu, g_src.file, e));
}

/* The expansion point's line: from loc_of's (cached) offset and the line
 * index when it is in the main file, which saves a libclang query. */
unsigned cursor_line(CXCursor c) {
    CXSourceLocation at = clang_getCursorLocation(c);
    unsigned line, col;
    loc l = loc_of(at);
    if (l.in_main) {
        src_line_col(l.exp, &line, &col);
        return line;
    }
    clang_getExpansionLocation(at, NULL, &line, NULL, NULL);
    return line;
}

unsigned cursor_file_line(CXCursor c) {
    CXFile f;
    unsigned line;
    clang_getFileLocation(clang_getCursorLocation(c), &f, &line, NULL, NULL);
    return f && clang_File_isEqual(f, g_src.file) ? line : cursor_line(c);
}

char *cursor_spelling(CXCursor c) {
    CXString s = clang_getCursorSpelling(c);
    char *r = xstrdup(clang_getCString(s));
    clang_disposeString(s);
    return r;
}

char *type_spelling(CXType t) {
    CXString s = clang_getTypeSpelling(t);
    char *r = xstrdup(clang_getCString(s));
    clang_disposeString(s);
    return r;
}

char *type_name_for_code(CXType t) {
    char *s = type_spelling(t);
    if (strstr(s, "typeof")) {
        /* typeof(expr) may name locals or suspend calls: use what it means */
        free(s);
        s = type_spelling(clang_getCanonicalType(t));
    }
    if (strstr(s, "(unnamed") || strstr(s, "(anonymous") || strstr(s, "(lambda")) {
        free(s);
        return NULL;
    }
    return rename_in_type(t, s);
}

/* Every macro invocation in the main file: its range (name to closing
 * parenthesis) and whether the macro stringizes or pastes (# or ##) an
 * argument: a local's name inside those cannot be replaced in the text
 * (SHOW(x) printing "x" must keep printing "x"). */
typedef struct invocation {
    unsigned b, e;
    bool hash;
} invocation;
static vec g_invocations; /* invocation*, by start */
static vec g_hash_invocations; /* those whose macro uses # or ## */
static bool g_invocations_ready;

static bool macro_uses_hash(CXCursor def) {
    CXToken *t;
    unsigned n;
    clang_tokenize(g_tu, clang_getCursorExtent(def), &t, &n);
    bool hit = false;
    for (unsigned i = 1; i < n; i++) {
        CXString s = clang_getTokenSpelling(g_tu, t[i]);
        const char *p = clang_getCString(s);
        if (!strcmp(p, "#") || !strcmp(p, "##")) hit = true;
        clang_disposeString(s);
    }
    clang_disposeTokens(g_tu, t, n);
    return hit;
}

static enum CXChildVisitResult invocation_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    (void)data;
    if (c.kind != CXCursor_MacroExpansion) return CXChildVisit_Continue;
    if (!clang_Location_isFromMainFile(clang_getCursorLocation(c))) return CXChildVisit_Continue;
    unsigned b, e;
    if (!cursor_exp(c, &b, &e)) return CXChildVisit_Continue;
    invocation *m = xcalloc(1, sizeof *m);
    m->b = b;
    m->e = e;
    CXCursor def = clang_getCursorReferenced(c);
    m->hash = !clang_Cursor_isNull(def) && macro_uses_hash(def);
    vec_push(&g_invocations, m);
    if (m->hash) vec_push(&g_hash_invocations, m);
    return CXChildVisit_Continue;
}

static int invocation_cmp(const void *a, const void *b) {
    const invocation *x = *(invocation *const *)a, *y = *(invocation *const *)b;
    return x->b < y->b ? -1 : x->b > y->b;
}

static void find_invocations(void) {
    if (g_invocations_ready) return;
    g_invocations_ready = true;
    clang_visitChildren(clang_getTranslationUnitCursor(g_tu), invocation_visit, NULL);
    if (g_invocations.n)
        qsort(g_invocations.v, (size_t)g_invocations.n, sizeof(void *), invocation_cmp);
}

bool in_hash_macro(unsigned off) {
    find_invocations();
    for (int i = 0; i < g_hash_invocations.n; i++) {
        invocation *m = g_hash_invocations.v[i];
        if (m->b <= off && off < m->e) return true;
    }
    return false;
}

/* The end of the macro invocation whose name is at `off` (0 if none). */
static unsigned invocation_end(unsigned off) {
    find_invocations();
    int lo = 0, hi = g_invocations.n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (((invocation *)g_invocations.v[mid])->b < off) lo = mid + 1;
        else hi = mid;
    }
    if (lo < g_invocations.n && ((invocation *)g_invocations.v[lo])->b == off)
        return ((invocation *)g_invocations.v[lo])->e;
    return 0;
}

static enum CXChildVisitResult first_child_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    *(CXCursor *)data = c;
    return CXChildVisit_Break;
}

static enum CXChildVisitResult last_child_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    *(CXCursor *)data = c;
    return CXChildVisit_Continue;
}

CXCursor cursor_first_child(CXCursor c) {
    CXCursor k = clang_getNullCursor();
    clang_visitChildren(c, first_child_visit, &k);
    return k;
}

CXCursor cursor_last_child(CXCursor c) {
    CXCursor k = clang_getNullCursor();
    clang_visitChildren(c, last_child_visit, &k);
    return k;
}

CXCursor strip_implicit(CXCursor c) {
    while (c.kind == CXCursor_UnexposedExpr || c.kind == CXCursor_ParenExpr) {
        CXCursor k = cursor_first_child(c);
        if (clang_Cursor_isNull(k)) break;
        c = k;
    }
    return c;
}
