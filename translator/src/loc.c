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
