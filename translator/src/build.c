/* build.c -- turns a suspend function's body (libclang cursors) into the IR
 * tree the other passes work on.  Each node keeps its cursor, its children
 * in source order, its text range (when it can be copied as written) and
 * its expansion range. */
#include <string.h>

#include "tr.h"

typedef struct bctx {
    fnctx *fx;
    node *parent;
} bctx;

static node *build_node(fnctx *fx, CXCursor c, node *parent);

static void add_kid(node *p, node *k) {
    p->kid = xrealloc(p->kid, sizeof(node *) * (size_t)(p->nkid + 1));
    p->kid[p->nkid++] = k;
    k->parent = p;
}

static var *find_var(fnctx *fx, CXCursor c) {
    for (int i = 0; i < fx->vars.n; i++) {
        var *v = fx->vars.v[i];
        if (clang_equalCursors(v->cur, c)) return v;
    }
    return NULL;
}

static var *new_var(fnctx *fx, CXCursor c, node *scope) {
    var *v = xcalloc(1, sizeof *v);
    v->cur = c;
    v->name = cursor_spelling(c);
    v->scope = scope;
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(c);
    v->is_static = sc == CX_SC_Static || sc == CX_SC_Extern;
    vec_push(&fx->vars, v);
    return v;
}

/* The innermost block or for statement: the scope of a local. */
static node *enclosing_scope(node *n) {
    for (node *p = n; p; p = p->parent)
        if (p->kind == N_COMPOUND || p->kind == N_FOR || p->kind == N_SCOPE) return p;
    return NULL;
}

static enum CXChildVisitResult kid_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    bctx *b = data;
    node *k = build_node(b->fx, c, b->parent);
    if (k) add_kid(b->parent, k);
    return CXChildVisit_Continue;
}

static void build_kids(fnctx *fx, node *n) {
    bctx b = {fx, n};
    clang_visitChildren(n->cur, kid_visit, &b);
}

static nkind stmt_kind(enum CXCursorKind k) {
    switch (k) {
    case CXCursor_CompoundStmt: return N_COMPOUND;
    case CXCursor_IfStmt: return N_IF;
    case CXCursor_WhileStmt: return N_WHILE;
    case CXCursor_DoStmt: return N_DO;
    case CXCursor_ForStmt: return N_FOR;
    case CXCursor_SwitchStmt: return N_SWITCH;
    case CXCursor_CaseStmt: return N_CASE;
    case CXCursor_DefaultStmt: return N_DEFAULT;
    case CXCursor_LabelStmt: return N_LABEL;
    case CXCursor_GotoStmt: return N_GOTO;
    case CXCursor_IndirectGotoStmt: return N_IGOTO;
    case CXCursor_BreakStmt: return N_BREAK;
    case CXCursor_ContinueStmt: return N_CONTINUE;
    case CXCursor_ReturnStmt: return N_RETURN;
    case CXCursor_DeclStmt: return N_DECLSTMT;
    case CXCursor_NullStmt: return N_NULLSTMT;
    case CXCursor_BinaryOperator:
    case CXCursor_CompoundAssignOperator: return N_BINOP;
    case CXCursor_UnaryOperator: return N_UNOP;
    case CXCursor_ConditionalOperator: return N_COND;
    case CXCursor_ParenExpr: return N_PAREN;
    case CXCursor_CStyleCastExpr: return N_CAST;
    case CXCursor_MemberRefExpr: return N_MEMBER;
    case CXCursor_ArraySubscriptExpr: return N_SUBSCRIPT;
    case CXCursor_DeclRefExpr: return N_DECLREF;
    case CXCursor_IntegerLiteral:
    case CXCursor_FloatingLiteral:
    case CXCursor_CharacterLiteral:
    case CXCursor_ImaginaryLiteral: return N_LITERAL;
    case CXCursor_StringLiteral: return N_STRING;
    case CXCursor_InitListExpr: return N_INITLIST;
    case CXCursor_CompoundLiteralExpr: return N_COMPOUNDLIT;
    case CXCursor_UnaryExpr: return N_UNEVAL;
    case CXCursor_UnexposedExpr: return N_IMPLICIT;
    case CXCursor_StmtExpr: return N_STMTEXPR;
    case CXCursor_GenericSelectionExpr: return N_GENERIC;
    case CXCursor_VarDecl: return N_VAR;
    case CXCursor_StructDecl:
    case CXCursor_UnionDecl:
    case CXCursor_EnumDecl:
    case CXCursor_TypedefDecl: return N_TYPEDECL;
    case CXCursor_CallExpr: return N_CALL;
    default: return N_OTHER;
    }
}

/* Cursors that are not evaluated code: type references and the like. */
static bool skip_cursor(enum CXCursorKind k) {
    return k == CXCursor_TypeRef || k == CXCursor_LabelRef || k == CXCursor_MemberRef ||
           k == CXCursor_ParmDecl || (k >= CXCursor_FirstAttr && k <= CXCursor_LastAttr) ||
           k == CXCursor_FieldDecl || k == CXCursor_EnumConstantDecl;
}


/* ac_coroutine_scope(s) expands to  for (ac_scope *s = ac__scope_builder(); s; s = 0) */
static bool is_scope_marker(CXCursor forstmt) {
    CXCursor init = cursor_first_child(forstmt);
    if (init.kind != CXCursor_DeclStmt) return false;
    CXCursor v = cursor_first_child(init);
    if (v.kind != CXCursor_VarDecl) return false;
    CXCursor e = strip_implicit(clang_Cursor_getVarDeclInitializer(v));
    if (e.kind != CXCursor_CallExpr) return false;
    CXCursor ref = clang_getCursorReferenced(e);
    char *name = cursor_spelling(ref);
    bool r = !strcmp(name, "ac__scope_builder");
    free(name);
    return r;
}

/* Up to four children of a cursor; how many it has. */
typedef struct kids4 {
    CXCursor c[4];
    int n;
} kids4;

static enum CXChildVisitResult kids4_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    kids4 *k = data;
    if (k->n < 4) k->c[k->n] = c;
    k->n++;
    return CXChildVisit_Continue;
}

static kids4 cursor_kids(CXCursor c) {
    kids4 k = {.n = 0};
    clang_visitChildren(c, kids4_visit, &k);
    return k;
}

static bool is_marker(CXCursor e, const char *name) {
    char *s = direct_callee_name(strip_implicit(e));
    bool r = s && !strcmp(s, name);
    free(s);
    return r;
}

/* ac_catch (e) { C }:  for (ac_error *e = ac__caught_marker(); e; e = 0) { C } */
static void build_catch(fnctx *fx, node *n, CXCursor marker, CXCursor forc) {
    kids4 f = forc.kind == CXCursor_ForStmt ? cursor_kids(forc) : (kids4){.n = 0};
    kids4 d = f.n == 4 && f.c[0].kind == CXCursor_DeclStmt ? cursor_kids(f.c[0]) : (kids4){.n = 0};
    if (d.n != 1 || d.c[0].kind != CXCursor_VarDecl ||
        !is_marker(clang_Cursor_getVarDeclInitializer(d.c[0]), "ac__caught_marker")) {
        diag_at(marker, "malformed ac_catch clause: write ac_catch (e) { ... }");
        return;
    }
    n->catch_line = fx->is_body ? cursor_file_line(marker) : cursor_line(marker);
    n->catch_var = find_var(fx, d.c[0]);
    if (!n->catch_var) n->catch_var = new_var(fx, d.c[0], n);
    n->catch_var->is_catch = true;
    n->catch_body = build_node(fx, f.c[3], n);
    add_kid(n, n->catch_body);
}

/* ac_try { T } ac_catch (e) { C } ac_finally { F } expands to
 *   if (ac__try_marker()) { T }
 *   else if (ac__catch_marker()) for (ac_error *e = ac__caught_marker(); e; e = 0) { C }
 *   else if (ac__finally_marker()) { F }
 * with either clause left out.  Returns false when n is an ordinary if. */
static bool build_try(fnctx *fx, node *n) {
    kids4 k = cursor_kids(n->cur);
    if (k.n < 2 || k.n > 3 || !is_marker(k.c[0], "ac__try_marker")) return false;
    n->kind = N_TRY;
    n->body = build_node(fx, k.c[1], n);
    add_kid(n, n->body);
    if (k.n < 3) {
        diag_at(k.c[0], "ac_try needs an ac_catch or an ac_finally clause");
        return true;
    }
    CXCursor cl = k.c[2];
    kids4 c = cl.kind == CXCursor_IfStmt ? cursor_kids(cl) : (kids4){.n = 0};
    if (c.n >= 2 && c.n <= 3 && is_marker(c.c[0], "ac__catch_marker")) {
        build_catch(fx, n, c.c[0], c.c[1]);
        if (c.n < 3) return true;
        cl = c.c[2];
        c = cl.kind == CXCursor_IfStmt ? cursor_kids(cl) : (kids4){.n = 0};
        if (!(c.n >= 2 && c.n <= 3 && is_marker(c.c[0], "ac__finally_marker"))) {
            diag_at(cl, "only an ac_finally clause can follow an ac_catch clause");
            return true;
        }
    }
    if (c.n >= 2 && c.n <= 3 && is_marker(c.c[0], "ac__finally_marker")) {
        n->finally_line = fx->is_body ? cursor_file_line(c.c[0]) : cursor_line(c.c[0]);
        n->finally_body = build_node(fx, c.c[1], n);
        add_kid(n, n->finally_body);
        if (c.n == 3) {
            kids4 a = c.c[2].kind == CXCursor_IfStmt ? cursor_kids(c.c[2]) : (kids4){.n = 0};
            if (a.n >= 2 && is_marker(a.c[0], "ac__catch_marker"))
                diag_at(c.c[2], "ac_catch must come before ac_finally");
            else
                diag_at(c.c[2], "nothing can follow an ac_finally clause");
        }
        return true;
    }
    diag_at(cl, "ac_try must be followed by ac_catch or ac_finally");
    return true;
}

/* Spelling position (file + offset) of a location. */
static void spelling_pos(CXSourceLocation l, CXFile *f, unsigned *off) {
    clang_getSpellingLocation(l, f, NULL, NULL, off);
}

/* `for (init; cond; inc) body` -- libclang lists only the parts present,
 * so which ones exist is read off the header's tokens: the text between
 * `(` and the first `;`, the two `;`, and the second `;` and `)`. */
static void classify_for(node *n) {
    if (n->nkid == 0) return;
    n->body = n->kid[n->nkid - 1];
    if (n->nkid == 4) {
        n->for_init = n->kid[0];
        n->for_cond = n->kid[1];
        n->for_inc = n->kid[2];
        return;
    }
    if (n->nkid == 1) return;
    CXFile f1, f2;
    unsigned o1, o2;
    spelling_pos(clang_getRangeStart(clang_getCursorExtent(n->cur)), &f1, &o1);
    spelling_pos(clang_getRangeStart(clang_getCursorExtent(n->body->cur)), &f2, &o2);
    bool ok = f1 && f2 && clang_File_isEqual(f1, f2) && o1 < o2;
    bool slot[3] = {false, false, false};
    if (ok) {
        CXSourceRange r = clang_getRange(clang_getLocationForOffset(g_tu, f1, o1),
                                         clang_getLocationForOffset(g_tu, f1, o2));
        CXToken *toks;
        unsigned nt;
        clang_tokenize(g_tu, r, &toks, &nt);
        int depth = 0, part = -1;
        for (unsigned i = 0; i < nt && part < 3; i++) {
            CXString sp = clang_getTokenSpelling(g_tu, toks[i]);
            const char *t = clang_getCString(sp);
            if (!strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{")) {
                if (depth++ == 0 && part < 0) {
                    part = 0;
                    clang_disposeString(sp);
                    continue;
                }
            } else if (!strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}")) {
                if (--depth == 0) part = 3;
            } else if (!strcmp(t, ";") && depth == 1) {
                part++;
                clang_disposeString(sp);
                continue;
            }
            if (part >= 0 && part < 3) slot[part] = true;
            clang_disposeString(sp);
        }
        clang_disposeTokens(g_tu, toks, nt);
        ok = part == 3;
    }
    int present = slot[0] + slot[1] + slot[2];
    if (!ok || present != n->nkid - 1) {
        diag_at(n->cur, "cannot analyse the header of this for statement (macro expansion); "
                        "write the loop header out");
        return;
    }
    int k = 0;
    if (slot[0]) n->for_init = n->kid[k++];
    if (slot[1]) n->for_cond = n->kid[k++];
    if (slot[2]) n->for_inc = n->kid[k++];
}

/* A try/catch/finally marker of asyncc.h left over: not part of a
 * well-formed try statement or scope block. */
static void check_marker(node *n, unsigned *last_at) {
    char *name = direct_callee_name(n->cur);
    const char *macro = marker_macro(name);
    node *p = n->parent;
    while (p && (p->kind == N_IMPLICIT || p->kind == N_PAREN || p->kind == N_OTHER)) p = p->parent;
    if (macro && !strcmp(name, "ac__scope_builder") && p && p->kind == N_VAR && p->parent &&
        p->parent->kind == N_DECLSTMT && p->parent->parent && p->parent->parent->kind == N_SCOPE)
        macro = NULL; /* the opening of a scope block */
    if (macro && n->at != *last_at) {
        *last_at = n->at; /* ac_catch holds two markers: one error */
        if (!strcmp(name, "ac__catch_marker") || !strcmp(name, "ac__caught_marker") ||
            !strcmp(name, "ac__finally_marker"))
            diag_at(n->cur, "%s without a matching ac_try", macro);
        else if (!strcmp(name, "ac__scope_builder"))
            diag_at(n->cur, "malformed scope block: write ac_coroutine_scope(s) { ... }");
        else
            diag_at(n->cur, "malformed try statement: write ac_try { ... } ac_catch (e) { ... } ac_finally { ... }");
    }
    free(name);
}

static void build_call(fnctx *fx, node *n) {
    const char *which;
    char *name = direct_callee_name(n->cur);
    bool thr = name && (!strcmp(name, "ac__throw_marker") || !strcmp(name, "ac__rethrow_marker"));
    if (thr) {
        n->kind = N_THROW;
        n->rethrow = name[4] == 'r';
        free(name);
        int na = clang_Cursor_getNumArguments(n->cur);
        for (int i = 0; i < na; i++) add_kid(n, build_node(fx, clang_Cursor_getArgument(n->cur, (unsigned)i), n));
        return;
    }
    free(name);
    if (is_builder_call(n->cur, &which)) {
        n->kind = N_BUILDER;
        n->builder = which;
        /* an inline body is a function of its own (body.c): here a leaf */
        int ci = builder_call_index(n);
        int na = clang_Cursor_getNumArguments(n->cur);
        for (int i = 0; i < na; i++) {
            CXCursor saved = fx->ibody_stop;
            if (i == ci) fx->ibody_stop = builder_inline_body(n->cur, ci);
            add_kid(n, build_node(fx, clang_Cursor_getArgument(n->cur, (unsigned)i), n));
            fx->ibody_stop = saved;
        }
        return;
    }
    sfn *f = sfn_of_callee(n->cur);
    if (f) {
        n->kind = N_SUSPCALL;
        n->callee = f;
        int na = clang_Cursor_getNumArguments(n->cur);
        for (int i = 0; i < na; i++) add_kid(n, build_node(fx, clang_Cursor_getArgument(n->cur, (unsigned)i), n));
        return;
    }
    check_marker(n, &fx->last_marker_at);
    build_kids(fx, n);
}

static void build_var(fnctx *fx, node *n) {
    node *scope = enclosing_scope(n->parent);
    n->v = find_var(fx, n->cur);
    if (!n->v) n->v = new_var(fx, n->cur, scope);
    n->v->declstmt = n->parent;
    /* kids: expressions in the declarator (VLA sizes, typeof operands),
     * then the initialiser, which is also kept in n->init */
    CXCursor init = clang_Cursor_getVarDeclInitializer(n->cur);
    build_kids(fx, n);
    for (int i = 0; i < n->nkid; i++)
        if (!clang_Cursor_isNull(init) && clang_equalCursors(n->kid[i]->cur, init)) n->init = n->kid[i];
    if (!clang_Cursor_isNull(init) && !n->init) {
        n->init = build_node(fx, init, n);
        if (n->init) add_kid(n, n->init);
    }
}

/* Children whose texts overlap or are out of order: a macro argument used
 * twice, or arguments swapped by the macro's body. */
static bool kids_overlap(node *n) {
    node *prev = NULL;
    for (int i = 0; i < n->nkid; i++) {
        node *k = n->kid[i];
        if (!k->text_ok) continue;
        if (prev && k->b < prev->e) return true;
        prev = k;
    }
    return false;
}

/* How deep statements and expressions may nest in one suspend function (or
 * builder expression).  Clang bounds brackets at 256, but not chains such as
 * `if (a) if (b) ...`, `else if`, `- - x` or `a + b + ...`; every pass over
 * the IR recurses, so deeper nesting is an error rather than a stack
 * overflow (main.c runs the translation on a large stack: the limit is well
 * inside it, sanitizers included). */
enum { MAX_NESTING = 1000 };
static int g_depth;       /* build_node's current recursion depth */
static bool g_too_deep;   /* the limit was hit (reported once) */

static node *build_node_at(fnctx *fx, CXCursor c, node *parent);

static node *build_node(fnctx *fx, CXCursor c, node *parent) {
    if (g_depth >= MAX_NESTING) {
        if (skip_cursor(c.kind)) return NULL;
        if (!g_too_deep)
            diag_at(c, "statements and expressions nested more than %d levels deep cannot be "
                       "translated; split the function or the expression", MAX_NESTING);
        g_too_deep = true;
        node *n = xcalloc(1, sizeof *n); /* an opaque leaf: no pass descends further */
        n->cur = c;
        n->parent = parent;
        n->kind = N_OTHER;
        return n;
    }
    g_depth++;
    node *n = build_node_at(fx, c, parent);
    g_depth--;
    return n;
}

static node *build_node_at(fnctx *fx, CXCursor c, node *parent) {
    if (skip_cursor(c.kind)) return NULL;
    node *n = xcalloc(1, sizeof *n);
    n->cur = c;
    n->parent = parent;
    n->kind = stmt_kind(c.kind);
    cursor_spans(c, &n->text_ok, &n->b, &n->e, &n->xb, &n->xe);
    n->line = fx->is_body ? cursor_file_line(c) : cursor_line(c);
    n->at = loc_of(clang_getCursorLocation(c)).off;
    if (n->kind == N_STMTEXPR && !clang_Cursor_isNull(fx->ibody_stop) && clang_equalCursors(c, fx->ibody_stop)) {
        n->inline_leaf = true;
        return n;
    }
    switch (n->kind) {
    case N_CALL:
        build_call(fx, n);
        break;
    case N_VAR:
        build_var(fx, n);
        break;
    case N_TYPEDECL:
        /* copied as text; a typedef's array sizes and typeof operands are
         * expressions that may name frame variables */
        if (c.kind == CXCursor_TypedefDecl) build_kids(fx, n);
        break;
    case N_IF:
        if (!build_try(fx, n)) build_kids(fx, n);
        break;
    case N_FOR:
        if (is_scope_marker(c)) n->kind = N_SCOPE;
        build_kids(fx, n);
        classify_for(n);
        break;
    case N_BINOP:
        n->op = clang_getCursorBinaryOperatorKind(c);
        build_kids(fx, n);
        break;
    case N_UNOP:
        n->op = clang_getCursorUnaryOperatorKind(c);
        build_kids(fx, n);
        break;
    case N_DECLREF: {
        CXCursor r = clang_getCursorReferenced(c);
        if (r.kind == CXCursor_VarDecl || r.kind == CXCursor_ParmDecl) n->ref = find_var(fx, r);
        if (n->ref && n->text_ok && in_hash_macro(n->b)) n->text_ok = false;
        break;
    }
    default:
        build_kids(fx, n);
        /* GNU a ?: b shows as an unexposed expression with the common
         * operand three times (as itself and two opaque copies) */
        if (n->kind == N_IMPLICIT && n->nkid == 4 && n->kid[0]->b == n->kid[1]->b &&
            n->kid[0]->e == n->kid[2]->e && n->kid[0]->xb == n->kid[1]->xb)
            n->kind = N_ELVIS;
        break;
    }
    if (n->text_ok && n->nkid && kids_overlap(n))
        n->text_ok = false; /* TWICE(a) is a + a: the text "a" is not the node */
    if (n->text_ok && n->nkid) {
        /* the extent's end is moved to the end of a macro expansion when the
         * node really ends inside the macro body: look at the last token */
        node *last = n;
        while (last->nkid) last = last->kid[last->nkid - 1];
        if (!loc_of(clang_getCursorLocation(last->cur)).direct && last->kind != N_TYPEDECL &&
            last->xe == n->e)
            n->text_ok = false;
    }
    return n;
}

/* Every node of one function body by the offset of its location (its
 * operator or first token; the invocation for tokens from a macro body),
 * to find the nodes that come from one macro invocation. */
typedef struct loc_index {
    node *root;
    node **v;
    int n, cap;
} loc_index;
static loc_index g_index;

static void index_nodes(node *n) {
    if (g_index.n == g_index.cap) {
        g_index.cap = g_index.cap ? 2 * g_index.cap : 256;
        g_index.v = xrealloc(g_index.v, (size_t)g_index.cap * sizeof *g_index.v);
    }
    g_index.v[g_index.n++] = n;
    for (int i = 0; i < n->nkid; i++) index_nodes(n->kid[i]);
}

static int at_cmp(const void *a, const void *b) {
    const node *x = *(node *const *)a, *y = *(node *const *)b;
    return x->at < y->at ? -1 : x->at > y->at;
}

static loc_index *index_of(node *n) {
    node *root = n;
    while (root->parent) root = root->parent;
    if (g_index.root != root) {
        g_index.root = root;
        g_index.n = 0;
        index_nodes(root);
        qsort(g_index.v, (size_t)g_index.n, sizeof *g_index.v, at_cmp);
    }
    return &g_index;
}

/* A node that is not text_ok may still stand for a whole macro invocation
 * (GET(x) expanding to a call): it does when every node located in the
 * invocation is the node itself or inside it.  An operator or operand
 * elsewhere in the tree that comes from the same invocation (SUB1(z)
 * expanding to z - 1, with the 1 bound to a later operator) means the
 * invocation's text is not this node's. */
static bool owns_expansion(node *n) {
    if (n->xb >= n->xe || !n->parent) return false;
    node *p = n->parent;
    if (p->xb == n->xb && p->xe == n->xe) return false;
    if (!(p->xb <= n->xb && n->xe <= p->xe)) return false;
    loc_index *ix = index_of(n);
    int lo = 0, hi = ix->n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (ix->v[mid]->at < n->xb) lo = mid + 1;
        else hi = mid;
    }
    for (int i = lo; i < ix->n && ix->v[i]->at < n->xe; i++) {
        node *m = ix->v[i];
        /* an enclosing expression that starts with this invocation
         * (INT_MIN / x) is located at it too */
        if (!node_contains(n, m) && !(node_contains(m, n) && m->at == n->xb)) return false;
    }
    /* the operator of `a MUL2` (#define MUL2 * 2) is in the invocation:
     * nothing but blanks between the left operand and the invocation */
    if (p->kind == N_BINOP && p->nkid == 2 && p->kid[1] == n) {
        unsigned lb, le;
        if (!copy_range(p->kid[0], &lb, &le) && !(le = p->kid[0]->xe)) return false;
        bool blank = true;
        for (unsigned i = le; i < n->xb; i++)
            if (!strchr(" \t\r\n\f\v", g_src.text[i])) blank = false;
        if (blank) return false;
    }
    return true;
}

bool copy_range(node *n, unsigned *b, unsigned *e) {
    if (n->text_ok) {
        *b = n->b;
        *e = n->e;
        return true;
    }
    if (owns_expansion(n)) {
        *b = n->xb;
        *e = n->xe;
        return true;
    }
    return false;
}

static enum CXChildVisitResult body_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    if (c.kind == CXCursor_CompoundStmt) {
        *(CXCursor *)data = c;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Continue;
}

bool node_contains(node *outer, node *inner) {
    for (node *p = inner; p; p = p->parent)
        if (p == outer) return true;
    return false;
}

node *build_function(CXCursor def, fnctx *fx) {
    int np = clang_Cursor_getNumArguments(def);
    for (int i = 0; i < np; i++) {
        var *v = new_var(fx, clang_Cursor_getArgument(def, (unsigned)i), NULL);
        v->is_param = true;
        v->is_static = false;
        vec_push(&fx->params, v);
    }
    CXCursor b = clang_getNullCursor();
    clang_visitChildren(def, body_visit, &b);
    if (clang_Cursor_isNull(b)) return NULL;
    g_too_deep = false;
    node *body = build_node(fx, b, NULL);
    return g_too_deep ? NULL : body; /* reported; nothing to translate */
}

node *build_expr(fnctx *fx, CXCursor c) {
    g_too_deep = false; /* a cut tree is still a tree; the error stops the output */
    return build_node(fx, c, NULL);
}

bool build_was_cut(void) { return g_too_deep; }

static bool is_comma(CXCursor c) {
    return c.kind == CXCursor_BinaryOperator && clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Comma;
}

CXCursor builder_inline_body(CXCursor call, int ci) {
    if (ci >= clang_Cursor_getNumArguments(call)) return clang_getNullCursor();
    CXCursor a = strip_implicit(clang_Cursor_getArgument(call, (unsigned)ci));
    if (!is_comma(a)) return clang_getNullCursor();
    CXCursor l = strip_implicit(cursor_first_child(a));
    return l.kind == CXCursor_StmtExpr ? l : clang_getNullCursor();
}
