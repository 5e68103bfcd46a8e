/* loc.c -- where cursors and tokens are in the main file, and whether
 * their text can be copied as written.  A location inside a macro body
 * has a spelling location (in the #define) different from its file
 * location (the expansion point); a macro argument's token is spelled
 * where it is written, so its text can be copied. */
#include <string.h>

#include "tr.h"

static bool is_main(CXFile f) { return f && clang_File_isEqual(f, g_src.file); }

loc loc_of(CXSourceLocation l) {
    loc r = {0};
    CXFile sf, ff, ef;
    unsigned soff, foff, eoff;
    clang_getSpellingLocation(l, &sf, NULL, NULL, &soff);
    clang_getFileLocation(l, &ff, NULL, NULL, &foff);
    clang_getExpansionLocation(l, &ef, NULL, NULL, &eoff);
    r.in_main = is_main(ef);
    r.exp = eoff;
    r.direct = r.in_main && is_main(sf) && is_main(ff) && soff == foff;
    r.off = r.direct ? soff : eoff;
    return r;
}

bool cursor_text(CXCursor c, unsigned *b, unsigned *e) {
    CXSourceRange r = clang_getCursorExtent(c);
    loc lb = loc_of(clang_getRangeStart(r));
    loc le = loc_of(clang_getRangeEnd(r));
    if (!lb.direct || !le.direct || lb.off > le.off) return false;
    *b = lb.off;
    *e = le.off;
    return true;
}

bool cursor_exp(CXCursor c, unsigned *b, unsigned *e) {
    CXSourceRange r = clang_getCursorExtent(c);
    loc lb = loc_of(clang_getRangeStart(r));
    loc le = loc_of(clang_getRangeEnd(r));
    if (!lb.in_main || !le.in_main) return false;
    *b = lb.exp;
    *e = le.direct ? le.off : le.exp;
    if (*e < *b) *e = *b;
    return true;
}

unsigned cursor_line(CXCursor c) {
    unsigned line;
    clang_getExpansionLocation(clang_getCursorLocation(c), NULL, &line, NULL, NULL);
    return line;
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
    return s;
}

/* Ranges of macro invocations whose macro stringizes or pastes (# or ##)
 * an argument: a local's name inside them cannot be replaced in the text
 * (SHOW(x) printing "x" must keep printing "x"). */
static vec g_hash_ranges; /* unsigned[2] each */
static bool g_hash_ready;

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

static enum CXChildVisitResult hash_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    (void)data;
    if (c.kind != CXCursor_MacroExpansion) return CXChildVisit_Continue;
    if (!clang_Location_isFromMainFile(clang_getCursorLocation(c))) return CXChildVisit_Continue;
    CXCursor def = clang_getCursorReferenced(c);
    if (clang_Cursor_isNull(def) || !macro_uses_hash(def)) return CXChildVisit_Continue;
    unsigned *r = xmalloc(2 * sizeof *r);
    if (!cursor_exp(c, &r[0], &r[1])) {
        free(r);
        return CXChildVisit_Continue;
    }
    vec_push(&g_hash_ranges, r);
    return CXChildVisit_Continue;
}

bool in_hash_macro(unsigned off) {
    if (!g_hash_ready) {
        g_hash_ready = true;
        clang_visitChildren(clang_getTranslationUnitCursor(g_tu), hash_visit, NULL);
    }
    for (int i = 0; i < g_hash_ranges.n; i++) {
        unsigned *r = g_hash_ranges.v[i];
        if (r[0] <= off && off < r[1]) return true;
    }
    return false;
}
