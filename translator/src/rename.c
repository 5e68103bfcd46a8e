/* rename.c -- tags and typedef names declared inside a suspend function.
 * The frame struct lives at file scope, so a local `struct s` that a frame
 * field uses moves there too; two functions (or two blocks) may each have
 * their own `struct s`.  Every local tag and typedef name of a suspend
 * function therefore gets a unique name, applied to each token that names
 * it wherever the function's text is copied. */
#include <string.h>

#include "tr.h"

vec g_renames; /* rename* for the function being translated */
static int g_serial;
static vec g_decls; /* CXCursor*: the function's renamed declarations */
static vec g_names; /* char*: their new names */

/* Local names that may end up at file scope: tags, typedef names and
 * enumeration constants (an enum defined in a frame field's declaration
 * puts its constants in the file's scope). */
static bool is_type_decl(enum CXCursorKind k) {
    return k == CXCursor_StructDecl || k == CXCursor_UnionDecl || k == CXCursor_EnumDecl ||
           k == CXCursor_TypedefDecl || k == CXCursor_EnumConstantDecl;
}

static bool same_decl(CXCursor a, CXCursor b) {
    return clang_equalCursors(clang_getCanonicalCursor(a), clang_getCanonicalCursor(b));
}

static enum CXChildVisitResult find_type_decl(CXCursor c, CXCursor parent, CXClientData found) {
    (void)parent;
    if (is_type_decl(clang_getCursorKind(c))) {
        *(bool *)found = true;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

/* Whether the body declares a tag, typedef or enumerator anywhere (macro
 * expansions included: this walks the AST, not the text).  Most bodies do
 * not, and annotating their tokens is the costliest libclang call the
 * translator makes (issue 8: a fifth of a whole translation). */
static bool declares_types(node *body) {
    bool found = false;
    clang_visitChildren(body->cur, find_type_decl, &found);
    return found;
}

void collect_renames(node *body) {
    g_renames.n = 0;
    g_decls.n = g_names.n = 0;
    unsigned b, e;
    if (!declares_types(body) || !copy_range(body, &b, &e)) return;
    CXSourceRange r = file_range(b, e);
    CXToken *t;
    unsigned n;
    clang_tokenize(g_tu, r, &t, &n);
    CXCursor *cur = xcalloc(n + 1, sizeof *cur);
    clang_annotateTokens(g_tu, t, n, cur);
    vec decls = {0}; /* CXCursor* */
    vec names = {0}; /* char* */
    for (unsigned i = 0; i < n; i++) {
        if (clang_getTokenKind(t[i]) != CXToken_Identifier || !is_type_decl(cur[i].kind)) continue;
        CXString sp = clang_getTokenSpelling(g_tu, t[i]);
        char *name = cursor_spelling(cur[i]);
        bool is_name = *name && !strcmp(name, clang_getCString(sp));
        clang_disposeString(sp);
        bool known = false;
        for (int k = 0; k < decls.n; k++)
            if (same_decl(*(CXCursor *)decls.v[k], cur[i])) known = true;
        if (is_name && !known) {
            CXCursor *c = xmalloc(sizeof *c);
            *c = cur[i];
            vec_push(&decls, c);
            vec_push(&names, xprintf("%s__ac%d", name, ++g_serial));
        }
        free(name);
    }
    for (unsigned i = 0; i < n && decls.n; i++) {
        if (clang_getTokenKind(t[i]) != CXToken_Identifier) continue;
        CXCursor c = cur[i];
        if (!is_type_decl(c.kind)) c = clang_getCursorReferenced(c);
        if (clang_Cursor_isNull(c) || !is_type_decl(c.kind)) continue;
        CXString sp = clang_getTokenSpelling(g_tu, t[i]);
        char *name = cursor_spelling(c);
        bool is_name = !strcmp(name, clang_getCString(sp));
        clang_disposeString(sp);
        free(name);
        if (!is_name) continue;
        for (int k = 0; k < decls.n; k++) {
            if (!same_decl(*(CXCursor *)decls.v[k], c)) continue;
            CXSourceRange tr = clang_getTokenExtent(g_tu, t[i]);
            tag_rename *rn = xmalloc(sizeof *rn);
            clang_getSpellingLocation(clang_getRangeStart(tr), NULL, NULL, NULL, &rn->b);
            clang_getSpellingLocation(clang_getRangeEnd(tr), NULL, NULL, NULL, &rn->e);
            rn->text = names.v[k];
            vec_push(&g_renames, rn);
        }
    }
    clang_disposeTokens(g_tu, t, n);
    free(cur);
    g_decls = decls;
    g_names = names;
}

char *rename_in_type(CXType t, char *spelling) {
    CXType base = clang_getCanonicalType(t);
    for (;;) {
        if (base.kind == CXType_Pointer) base = clang_getPointeeType(base);
        else if (base.kind == CXType_ConstantArray || base.kind == CXType_IncompleteArray ||
                 base.kind == CXType_VariableArray)
            base = clang_getArrayElementType(base);
        else break;
    }
    CXCursor d = clang_getTypeDeclaration(base);
    if (clang_Cursor_isNull(d)) d = clang_getTypeDeclaration(t);
    for (int k = 0; k < g_decls.n; k++) {
        if (!same_decl(*(CXCursor *)g_decls.v[k], d)) continue;
        char *old = cursor_spelling(d);
        size_t ol = strlen(old);
        for (char *p = strstr(spelling, old); ol && p; p = strstr(p + 1, old)) {
            if ((p > spelling && is_ident_char(p[-1])) || is_ident_char(p[ol])) continue;
            char *r = xprintf("%.*s%s%s", (int)(p - spelling), spelling, (char *)g_names.v[k], p + ol);
            free(spelling);
            free(old);
            return r;
        }
        free(old);
    }
    return spelling;
}

const char *renamed_at(unsigned off) {
    for (int i = 0; i < g_renames.n; i++) {
        tag_rename *r = g_renames.v[i];
        if (r->b == off) return r->text;
    }
    return NULL;
}
