/* lower_decl.c -- declarations in a suspend function: locals that live in
 * the frame become fields (declared with the user's own text where it is
 * written in the file) plus an assignment of their initialiser; the others
 * are copied with frame references rewritten. */
#include <stdlib.h>
#include <string.h>

#include "lower.h"

typedef struct tok {
    char *s;
    unsigned off, end;
} tok;

static tok *tokenize_range(unsigned b, unsigned e, int *n) {
    CXSourceRange r = file_range(b, e);
    CXToken *ct;
    unsigned nt;
    clang_tokenize(g_tu, r, &ct, &nt);
    tok *t = xcalloc(nt + 1, sizeof *t);
    int k = 0;
    for (unsigned i = 0; i < nt; i++) {
        CXSourceRange tr = clang_getTokenExtent(g_tu, ct[i]);
        unsigned ob, oe;
        clang_getSpellingLocation(clang_getRangeStart(tr), NULL, NULL, NULL, &ob);
        clang_getSpellingLocation(clang_getRangeEnd(tr), NULL, NULL, NULL, &oe);
        if (ob >= e) break;
        CXString s = clang_getTokenSpelling(g_tu, ct[i]);
        t[k].s = xstrdup(clang_getCString(s));
        t[k].off = ob;
        t[k].end = oe;
        clang_disposeString(s);
        k++;
    }
    clang_disposeTokens(g_tu, ct, nt);
    *n = k;
    return t;
}

static bool is_open(const char *s) { return !strcmp(s, "(") || !strcmp(s, "[") || !strcmp(s, "{"); }
static bool is_close(const char *s) { return !strcmp(s, ")") || !strcmp(s, "]") || !strcmp(s, "}"); }
static bool is_qual(const char *s) {
    return !strcmp(s, "const") || !strcmp(s, "volatile") || !strcmp(s, "restrict") ||
           !strcmp(s, "__restrict") || !strcmp(s, "_Atomic");
}
static bool is_dropped_storage(const char *s) {
    return !strcmp(s, "register") || !strcmp(s, "auto");
}

static bool mentions_local(node *n) {
    if (n->kind == N_DECLREF && n->ref) return true;
    for (int i = 0; i < n->nkid; i++)
        if (mentions_local(n->kid[i])) return true;
    return false;
}

/* Array sizes and typeof operands of a declarator (not its initialiser). */
static bool declarator_mentions_local(node *vn) {
    for (int i = 0; i < vn->nkid; i++)
        if (vn->kid[i] != vn->init && mentions_local(vn->kid[i])) return true;
    return false;
}

/* Field declaration with the declaration's own text:  spec declarators;
 * Used when the declaration is written in the file (the common case). */
static bool fields_from_text(fnctx *fx, node *ds) {
    unsigned b, e;
    if (!copy_range(ds, &b, &e)) return false;
    int nt;
    tok *t = tokenize_range(b, e, &nt);
    /* index of each declared name */
    int nvars = 0, first = -1;
    buf decl = {0};
    bool ok = true;
    int spec_end = -1;
    char *spec = NULL;
    for (int i = 0; i < ds->nkid && ok; i++) {
        node *vn = ds->kid[i];
        if (vn->kind != N_VAR) continue;
        loc l = loc_of(clang_getCursorLocation(vn->cur));
        int at = -1;
        for (int j = 0; j < nt; j++)
            if (t[j].off == l.off) at = j;
        /* a declaration that starts with a macro (alignas(16) int x) is
         * copied too, unless a declarator is a macro argument; a declarator
         * that names a local (char b[sizeof a]) cannot be a field's text */
        if (!l.direct || at < 0 || (!ds->text_ok && l.exp != l.off) || declarator_mentions_local(vn)) {
            ok = false;
            break;
        }
        /* declarator start: back over * ( and qualifiers that follow a * */
        int start = at;
        if (first < 0) {
            int j = at - 1;
            while (j >= 0 && (!strcmp(t[j].s, "*") || !strcmp(t[j].s, "(") || is_qual(t[j].s))) j--;
            start = j + 1;
            while (start < at && is_qual(t[start].s)) start++;
            spec_end = start;
            for (int k = 0; k < spec_end; k++)
                if (!strcmp(t[k].s, "__typeof__") || !strcmp(t[k].s, "typeof") || !strcmp(t[k].s, "__typeof") ||
                    !strcmp(t[k].s, "__auto_type"))
                    ok = false; /* typeof(expr) may name locals or suspend calls; a field needs a type */
            for (int k = 0; k < spec_end; k++) {
                if (is_dropped_storage(t[k].s)) continue;
                const char *rn = renamed_at(t[k].off);
                buf_printf(&decl, "%s ", rn ? rn : t[k].s);
            }
            spec = xstrdup(decl.s ? decl.s : "");
            first = at;
        } else {
            /* after the comma that ended the previous declarator */
            int j = at - 1;
            while (j >= 0 && strcmp(t[j].s, ",")) j--;
            start = j + 1;
        }
        /* declarator end: = , ; at depth 0 */
        int depth = 0, end = at + 1;
        for (int j = start; j < at; j++) depth += is_open(t[j].s) ? 1 : is_close(t[j].s) ? -1 : 0;
        for (; end < nt; end++) {
            if (is_open(t[end].s)) depth++;
            else if (is_close(t[end].s)) {
                if (depth == 0) break;
                depth--;
            } else if (depth == 0 && (!strcmp(t[end].s, "=") || !strcmp(t[end].s, ",") || !strcmp(t[end].s, ";")))
                break;
        }
        /* one field declaration per declarator, so that an attribute in
         * front of a later declarator stays valid in a struct (gcc); a
         * specifier that defines a type is written once */
        if (nvars++) {
            if (strchr(spec, '{')) buf_puts(&decl, ", ");
            else buf_printf(&decl, ";\n    %s", spec);
        }
        CXType vt = clang_getCursorType(vn->cur);
        bool fill = vt.kind == CXType_ConstantArray;
        for (int j = start; j < end; j++) {
            const char *rn = renamed_at(t[j].off);
            if (j == at) buf_puts(&decl, vn->v->field);
            else buf_puts(&decl, rn ? rn : t[j].s);
            if (fill && !strcmp(t[j].s, "[") && j + 1 < end && !strcmp(t[j + 1].s, "]") && j > at) {
                buf_printf(&decl, "%lld", clang_getArraySize(vt));
                fill = false;
            } else if (!strcmp(t[j].s, "[") || !strcmp(t[j].s, "]")) {
                fill = false;
            }
            buf_puts(&decl, " ");
        }
    }
    for (int j = 0; j < nt; j++) free(t[j].s);
    free(t);
    free(spec);
    if (ok && nvars && first >= 0) buf_printf(&fx->fields, "    %s;\n", decl.s);
    buf_free(&decl);
    return ok && nvars;
}

/* Field declaration from the type: for declarations made by a macro. */
static void fields_from_types(fnctx *fx, node *ds) {
    for (int i = 0; i < ds->nkid; i++) {
        node *vn = ds->kid[i];
        if (vn->kind != N_VAR) continue;
        char *ts = type_name_for_code(clang_getCursorType(vn->cur));
        if (!ts) {
            diag_at(vn->cur, "cannot move '%s' into the coroutine frame: its type has no name and its "
                             "declaration is not written in this file", vn->v->name);
            continue;
        }
        buf_printf(&fx->fields, "    __typeof__(%s) %s;\n", ts, vn->v->field);
        free(ts);
    }
}

static enum CXChildVisitResult attr_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    if (clang_isAttribute(c.kind)) {
        *(bool *)data = true;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Continue;
}

/* The frame members of a declaration's variables.  A declaration copied as
 * written keeps its attributes, _Alignas among them, which can change a
 * member's alignment beyond its type's: such a frame's size is left to
 * the compiler (framesize.c).  Fields written from the types carry none. */
static void add_var_shapes(fnctx *fx, node *ds, bool from_text) {
    for (int i = 0; i < ds->nkid; i++) {
        node *vn = ds->kid[i];
        if (vn->kind != N_VAR) continue;
        bool attributed = false;
        if (from_text) clang_visitChildren(vn->cur, attr_visit, &attributed);
        if (attributed) shape_mark_unknown(&fx->fields_shape);
        else shape_add_type(&fx->fields_shape, vn->v->field, clang_getCursorType(vn->cur));
    }
}

static bool needs_copy_init(node *vn, node *init) {
    CXType t = clang_getCursorType(vn->cur);
    CXType c = clang_getCanonicalType(t);
    return strip(init)->kind == N_INITLIST || c.kind == CXType_ConstantArray ||
           c.kind == CXType_IncompleteArray || c.kind == CXType_Record ||
           clang_isConstQualifiedType(t) || clang_isConstQualifiedType(c);
}

static void emit_hoisted_decl(fnctx *fx, node *ds) {
    bool from_text = fields_from_text(fx, ds);
    if (!from_text) fields_from_types(fx, ds);
    add_var_shapes(fx, ds, from_text);
    for (int i = 0; i < ds->nkid; i++) {
        node *vn = ds->kid[i];
        if (vn->kind != N_VAR || !vn->init) continue;
        node *init = vn->init;
        line_directive(fx, vn->line);
        char *r = lower_expr(fx, init);
        char *f = field_ref(vn->v);
        buf_newline(&fx->out);
        if (needs_copy_init(vn, init))
            buf_printf(&fx->out,
                       "{ __typeof__(%s) ac__init = %s; memcpy((void *)&%s, (const void *)&ac__init, sizeof ac__init); }\n",
                       f, r, f);
        else
            buf_printf(&fx->out, "%s = %s;\n", f, r);
        free(f);
        free(r);
    }
}

/* The first local variable a type declaration names (typedef char row[n],
 * typeof(x)): such a declaration cannot move to file scope. */
typedef struct local_ref {
    fnctx *fx;
    var *hit;
} local_ref;

static var *var_of(fnctx *fx, CXCursor c) {
    for (int i = 0; i < fx->vars.n; i++)
        if (clang_equalCursors(((var *)fx->vars.v[i])->cur, c)) return fx->vars.v[i];
    for (int i = 0; i < fx->params.n; i++)
        if (clang_equalCursors(((var *)fx->params.v[i])->cur, c)) return fx->params.v[i];
    return NULL;
}

static enum CXChildVisitResult local_ref_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    local_ref *lr = data;
    if (c.kind == CXCursor_DeclRefExpr) {
        var *v = var_of(lr->fx, clang_getCursorReferenced(c));
        if (v && !v->is_static) {
            lr->hit = v;
            return CXChildVisit_Break;
        }
    }
    return CXChildVisit_Recurse;
}

static bool check_type_decl(fnctx *fx, node *ds) {
    local_ref lr = {fx, NULL};
    clang_visitChildren(ds->cur, local_ref_visit, &lr);
    if (!lr.hit) return true;
    diag_at(ds->cur, "this type declaration names the local '%s', which does not exist at file scope, "
                     "where the local types of a block that suspends go; spell the type without it",
            lr.hit->name);
    return false;
}

void emit_decl(fnctx *fx, node *ds) {
    bool hoisted = false, vars = false;
    for (int i = 0; i < ds->nkid; i++)
        if (ds->kid[i]->kind == N_VAR) {
            vars = true;
            if (ds->kid[i]->v->hoisted) hoisted = true;
        }
    if (hoisted) {
        emit_hoisted_decl(fx, ds);
        return;
    }
    bool moved = !vars && ds->parent && ds->parent->susp;
    if (moved && !check_type_decl(fx, ds)) return;
    char *t = text_of(ds);
    if (!t) {
        diag_at(ds->cur, "cannot translate this declaration (macro expansion)");
        return;
    }
    if (moved) {
        /* a type declared in a block with suspensions: the frame's fields
         * may use it, so it moves to file scope before the frame */
        buf_printf(&fx->prelude, "%s\n", t);
    } else {
        line_directive(fx, ds->line);
        buf_printf(&fx->out, "%s\n", t);
    }
    free(t);
}
