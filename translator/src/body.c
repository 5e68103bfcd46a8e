/* body.c -- inline coroutine bodies: the GNU statement expression given to
 * a builder, ac_launch(s, ({ ... })), like a Kotlin lambda.
 *
 * Each body becomes a suspend function of its own, generated before the
 * function it is written in (`main__ac_body1`, nested: `main__ac_body1_1`),
 * with the same frame, resume function and lowering as any other.  Its value
 * is the value of its last expression statement (none for ac_launch).
 *
 * Captures: the body names variables of the function around it.  Each one
 * becomes a frame field of the body, filled by the builder:
 *   CAP_REF     a pointer to the variable, when the variable outlives the
 *               body's coroutine: the body is launched into a scope block of
 *               the same function that the variable is declared outside of
 *               (the function cannot leave the block before its children
 *               end), or it is run by ac_run_blocking (which returns when the
 *               body is done);
 *   CAP_STATIC  a pointer to a static or extern local (it lives forever);
 *   CAP_VALUE   otherwise: a const copy made when the builder runs.  Writing
 *               it in the body would silently differ from Kotlin's shared
 *               closure, so assignments, ++/-- and & are errors, and the
 *               copy is const for whatever else would write it.
 * What a generated function at file scope cannot do is diagnosed: jumps out
 * of the body, `return`, captures whose type has no name there, VLAs,
 * va_lists, an ac_catch variable copied, local types and labels of the
 * function around it. */
#include <string.h>

#include "lower.h"

/* Each position is reported once: a nested body sees its parent's uses too. */
static vec g_reported;

static bool first_report(unsigned off) {
    for (int i = 0; i < g_reported.n; i++)
        if ((unsigned)(size_t)g_reported.v[i] == off) return false;
    vec_push(&g_reported, (void *)(size_t)off);
    return true;
}

static unsigned cursor_off(CXCursor c) {
    loc l = loc_of(clang_getCursorLocation(c));
    return l.in_main ? (l.direct ? l.off : l.exp) : 0;
}

#define report(c, ...)                                                                                         \
    do {                                                                                                       \
        if (first_report(cursor_off(c))) diag_at((c), __VA_ARGS__);                                            \
    } while (0)

static bool is_function(CXCursor c) { return c.kind == CXCursor_FunctionDecl; }

/* Declared in a function body (a local variable, type or constant). */
static bool is_local_decl(CXCursor d) {
    if (d.kind == CXCursor_EnumConstantDecl) d = clang_getCursorSemanticParent(d);
    return is_function(clang_getCursorSemanticParent(d)) || is_function(clang_getCursorLexicalParent(d));
}

/* ---- the function it is written in ---- */

typedef struct encl {
    fnctx *fx;             /* a suspend function or inline body; NULL: ordinary code */
    CXCursor user_fn;      /* the user's function all of it is written in */
    const char *user_name;
    bool user_suspend;
    const char *name;      /* generated names: NAME__ac_bodyK, or NAME_K for a body */
    bool is_body;
    int *count;
    buf *out;              /* the generated functions */
} encl;

/* ---- scanning the body's cursors ---- */

typedef struct scan {
    encl *E;
    ibody *b;
    CXCursor body;         /* the statement expression */
    vec decls;             /* CXCursor*: declarations and labels inside it */
} scan;

/* Where a cursor is in the file says little here: all of a body is in a
 * macro argument (the builder's), or in a macro's body.  What is inside a
 * body is what its cursors declare. */
static bool is_decl_kind(enum CXCursorKind k) {
    return k == CXCursor_VarDecl || k == CXCursor_ParmDecl || k == CXCursor_TypedefDecl ||
           k == CXCursor_StructDecl || k == CXCursor_UnionDecl || k == CXCursor_EnumDecl ||
           k == CXCursor_EnumConstantDecl || k == CXCursor_FunctionDecl || k == CXCursor_LabelStmt;
}

static enum CXChildVisitResult decls_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    if (is_decl_kind(c.kind)) {
        CXCursor *p = xmalloc(sizeof *p);
        *p = c;
        vec_push(data, p);
    }
    return CXChildVisit_Recurse;
}

/* The same declaration or label: a statement's cursor (a label) is not
 * unique, its kind and location are. */
static bool same_decl(CXCursor a, CXCursor b) {
    return clang_equalCursors(a, b) ||
           (a.kind == b.kind && clang_equalLocations(clang_getCursorLocation(a), clang_getCursorLocation(b)));
}

static bool declared_inside(scan *s, CXCursor d) {
    for (int i = 0; i < s->decls.n; i++)
        if (same_decl(*(CXCursor *)s->decls.v[i], d)) return true;
    return false;
}

/* A local declaration of the function around the body, outside the body. */
static bool outside_local(scan *s, CXCursor d) {
    return is_local_decl(d) && !declared_inside(s, d);
}

static capture *find_capture(ibody *b, CXCursor d) {
    for (int i = 0; i < b->caps.n; i++) {
        capture *c = b->caps.v[i];
        if (clang_equalCursors(c->decl, d)) return c;
    }
    return NULL;
}

static enum CXChildVisitResult scan_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    scan *s = data;
    if (c.kind == CXCursor_DeclRefExpr || c.kind == CXCursor_TypeRef) {
        CXCursor d = clang_getCursorReferenced(c);
        if (!clang_Cursor_isNull(d) && clang_equalCursors(d, s->E->user_fn)) s->b->refs_user_fn = true;
        if (!clang_Cursor_isNull(d) && outside_local(s, d)) {
            if (d.kind == CXCursor_VarDecl || d.kind == CXCursor_ParmDecl) {
                if (!find_capture(s->b, d)) {
                    capture *k = xcalloc(1, sizeof *k);
                    k->decl = d;
                    k->use = c;
                    k->name = cursor_spelling(d);
                    vec_push(&s->b->caps, k);
                }
            } else {
                char *name = cursor_spelling(d);
                report(c, "'%s' is declared inside '%s', outside the inline coroutine body, which becomes a "
                          "function at file scope; declare '%s' at file scope",
                       name, s->E->user_name, name);
                free(name);
            }
        }
    }
    return CXChildVisit_Recurse;
}

/* Labels: a goto or a label's address on one side of the body's edge, the
 * label on the other.  (A goto into a statement expression is already an
 * error of clang's.) */
typedef struct label_scan {
    scan *s;
    bool in;               /* visiting the body's cursors */
} label_scan;

static enum CXChildVisitResult label_visit(CXCursor c, CXCursor parent, CXClientData data) {
    label_scan *ls = data;
    scan *s = ls->s;
    /* an expression's cursor depends on the way it was reached: compare extents */
    if (!ls->in && c.kind == s->body.kind &&
        clang_equalRanges(clang_getCursorExtent(c), clang_getCursorExtent(s->body))) {
        label_scan in = {s, true};
        clang_visitChildren(c, label_visit, &in);
        return CXChildVisit_Continue;
    }
    if (c.kind != CXCursor_LabelRef) return CXChildVisit_Recurse;
    CXCursor l = clang_getCursorReferenced(c);
    if (clang_Cursor_isNull(l) || ls->in == declared_inside(s, l)) return CXChildVisit_Continue;
    char *name = cursor_spelling(l);
    if (parent.kind == CXCursor_GotoStmt)
        report(parent, "goto '%s' leaves the inline coroutine body, which runs as a coroutine of its own; "
                       "a jump cannot leave it", name);
    else if (ls->in)
        report(parent, "the address of label '%s', outside the inline coroutine body, is taken inside it; the "
                       "body runs as a coroutine of its own", name);
    else
        report(parent, "the address of label '%s', inside an inline coroutine body, is taken outside it; the "
                       "body runs as a coroutine of its own", name);
    free(name);
    return CXChildVisit_Continue;
}

/* ---- types at file scope ---- */

/* A declaration local to a function that type t depends on, or a null
 * cursor. */
static CXCursor local_type_decl(CXType t, int depth) {
    if (depth > 32) return clang_getNullCursor();
    switch (t.kind) {
    case CXType_Pointer: return local_type_decl(clang_getPointeeType(t), depth + 1);
    case CXType_ConstantArray: case CXType_IncompleteArray: case CXType_VariableArray:
        return local_type_decl(clang_getArrayElementType(t), depth + 1);
    case CXType_Elaborated: return local_type_decl(clang_Type_getNamedType(t), depth + 1);
    case CXType_Typedef: {
        CXCursor d = clang_getTypeDeclaration(t);
        if (is_local_decl(d)) return d;
        return local_type_decl(clang_getTypedefDeclUnderlyingType(d), depth + 1);
    }
    case CXType_Record: case CXType_Enum: {
        CXCursor d = clang_getTypeDeclaration(t);
        return is_local_decl(d) ? d : clang_getNullCursor();
    }
    case CXType_FunctionProto: case CXType_FunctionNoProto: {
        CXCursor r = local_type_decl(clang_getResultType(t), depth + 1);
        int n = clang_getNumArgTypes(t);
        for (int i = 0; clang_Cursor_isNull(r) && i < n; i++) r = local_type_decl(clang_getArgType(t, (unsigned)i), depth + 1);
        return r;
    }
    default: {
        CXType c = clang_getCanonicalType(t);
        if (!clang_equalTypes(c, t)) return local_type_decl(c, depth + 1);
        return clang_getNullCursor();
    }
    }
}

/* A spelling of t usable at file scope, or NULL after a diagnostic at c
 * that begins with `what` ("cannot capture 'x'"). */
static char *file_scope_type(CXType t, CXCursor c, const char *what, scan *s) {
    CXCursor d = local_type_decl(t, 0);
    if (!clang_Cursor_isNull(d)) {
        char *ds = type_spelling(clang_getCursorType(d));
        report(c, "%s: its type uses '%s', declared inside '%s'; the body becomes a function at file scope, so "
                  "declare the type at file scope", what, ds, s->E->user_name);
        free(ds);
        return NULL;
    }
    char *ts = type_name_for_code(t);
    if (!ts) {
        char *sp = type_spelling(t);
        report(c, "%s: its type '%s' has no name that the body's function at file scope could use; give the "
                  "type a name (a tag or a typedef at file scope)", what, sp);
        free(sp);
    }
    return ts;
}

static bool is_va_list(CXType t) {
    char *a = type_spelling(t), *b = type_spelling(clang_getCanonicalType(t));
    bool r = strstr(a, "va_list") || strstr(b, "va_list");
    free(a);
    free(b);
    return r;
}

/* A parameter declared as an array or a function is a pointer (C adjusts
 * it, and so does its frame field): the element's or function's type. */
static bool adjusted_param(CXCursor d, CXType *to) {
    if (d.kind != CXCursor_ParmDecl) return false;
    CXType t = clang_getCursorType(d), c = clang_getCanonicalType(t);
    switch (c.kind) {
    case CXType_ConstantArray: case CXType_IncompleteArray: case CXType_VariableArray:
    case CXType_DependentSizedArray:
        *to = clang_getArrayElementType(t);
        return true;
    case CXType_FunctionProto: case CXType_FunctionNoProto:
        *to = t;
        return true;
    default: return false;
    }
}

/* ---- capture modes ---- */

static var *encl_var(fnctx *fx, CXCursor d) {
    if (!fx) return NULL;
    for (int i = 0; i < fx->vars.n; i++)
        if (clang_equalCursors(((var *)fx->vars.v[i])->cur, d)) return fx->vars.v[i];
    return NULL;
}

/* The scope block of the builder's own function that it launches into:
 * ac_launch(s, ...) inside ac_coroutine_scope(s) { }. */
static node *launch_block(node *builder) {
    if (!builder || builder_is_rb(builder) || !builder->nkid) return NULL;
    node *a = strip(builder->kid[0]);
    if (a->kind != N_DECLREF || !a->ref) return NULL;
    for (node *p = builder->parent; p; p = p->parent) {
        if (p->kind != N_SCOPE || !p->nkid || p->kid[0]->kind != N_DECLSTMT) continue;
        node *ds = p->kid[0];
        for (int i = 0; i < ds->nkid; i++)
            if (ds->kid[i]->kind == N_VAR && ds->kid[i]->v == a->ref) return p;
    }
    return NULL;
}

static void decide_mode(encl *E, node *builder, capture *k, scan *s) {
    var *ov = encl_var(E->fx, k->decl);
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(k->decl);
    bool is_static = sc == CX_SC_Static || sc == CX_SC_Extern;
    bool rb = builder_is_rb(builder);
    if (E->fx && !ov) {
        report(k->use, "cannot capture '%s' in this inline coroutine body (its declaration was not found)", k->name);
        return;
    }
    if (ov && ov->capture) is_static = ov->capture == CAP_STATIC;
    if (is_static) {
        if (clang_getCursorTLSKind(k->decl) != CXTLS_None) {
            report(k->use, "cannot use the thread-local '%s' of '%s' in an inline coroutine body: the body may run "
                           "on another thread; declare it at file scope", k->name, E->user_name);
            return;
        }
        k->mode = CAP_STATIC;
        k->writable = true;
        return;
    }
    bool writable = !ov || !ov->capture || ov->cap_writable;
    node *blk = E->fx ? launch_block(builder) : NULL;
    if (rb || (blk && (!ov->scope || node_contains(ov->scope, blk))))
        k->mode = CAP_REF;
    else
        k->mode = CAP_VALUE;
    k->writable = k->mode == CAP_REF && writable;
    CXType t = clang_getCursorType(k->decl), pointee;
    if (adjusted_param(k->decl, &pointee)) t = pointee; /* a pointer to it, in fact */
    CXType c = clang_getCanonicalType(t);
    k->array = k->mode == CAP_VALUE && k->decl.kind != CXCursor_ParmDecl &&
               (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray);
    if (c.kind == CXType_VariableArray && k->decl.kind != CXCursor_ParmDecl)
        report(k->use, "cannot capture '%s' in an inline coroutine body: it is a variable-length array, which "
                       "cannot be stored in the coroutine frame; capture a pointer to its first element", k->name);
    else if (is_variably_modified(t))
        report(k->use, "cannot capture '%s' in an inline coroutine body: its type is variably modified, which a "
                       "frame field cannot have; capture a plain pointer", k->name);
    else if (is_va_list(t))
        report(k->use, "cannot capture the va_list '%s' in an inline coroutine body: its state belongs to the "
                       "function's own call", k->name);
    else if (k->mode == CAP_VALUE && has_flexible_array(t))
        report(k->use, "cannot capture '%s' by value in an inline coroutine body: its struct type has a flexible "
                       "array member, which a frame field cannot have; capture a pointer to it", k->name);
    else if (k->mode == CAP_VALUE && ov && ov->is_catch)
        report(k->use, "cannot capture '%s' by value: it is the error caught by an ac_catch, borrowed only for "
                       "its catch block; capture a reference the body owns (ac_error *c = ac_error_retain(%s)) "
                       "and release it in the body", k->name, k->name);
    else if (k->mode != CAP_VALUE && sc == CX_SC_Register)
        report(k->use, "cannot capture '%s' by reference: it is declared register, so it has no address; "
                       "drop 'register'", k->name);
    (void)s;
}

/* ---- the body's own checks ---- */

/* The captured variable a write to expression n changes: n itself, a
 * member (.) or an element of it. */
static node *written_ref(node *n) {
    n = strip(n);
    switch (n->kind) {
    case N_DECLREF: return n->ref ? n : NULL;
    case N_MEMBER:
        if (n->nkid == 1 && clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur)).kind != CXType_Pointer)
            return written_ref(n->kid[0]);
        return NULL;
    case N_SUBSCRIPT:
    case N_UNOP:
        if (n->kind == N_UNOP && n->op != CXUnaryOperator_Deref) return NULL;
        for (int i = 0; i < n->nkid; i++) {
            CXType t = clang_getCanonicalType(clang_getCursorType(strip(n->kid[i])->cur));
            if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray) return written_ref(n->kid[i]);
        }
        return NULL;
    default: return NULL;
    }
}

static void check_write(fnctx *fx, node *target, const char *verb) {
    node *r = written_ref(target);
    if (!r || !r->ref->capture || r->ref->capture == CAP_STATIC || r->ref->cap_writable) return;
    const char *name = r->ref->name;
    if (fx->user_suspend)
        report(r->cur, "cannot %s '%s' captured by value: the coroutine may outlive '%s'; to share '%s', launch the "
                       "body into a scope block of '%s' that '%s' is declared outside of, or copy it into a local of "
                       "the body", verb, name, fx->user_name, name, fx->user_name, name);
    else
        report(r->cur, "cannot %s '%s' captured by value: the coroutine may outlive '%s'; copy it into a local of "
                       "the body, or share it through a pointer to storage that outlives the coroutine",
               verb, name, fx->user_name);
}

static void check_body_node(fnctx *fx, node *n) {
    switch (n->kind) {
    case N_RETURN:
        report(n->cur, "return in an inline coroutine body: the body runs as a coroutine of its own and cannot "
                       "return from '%s'; its value is its last expression statement", fx->user_name);
        break;
    case N_BREAK: case N_CONTINUE:
        if (!jump_target(n, n->kind == N_CONTINUE))
            report(n->cur, "%s leaves the inline coroutine body, which runs as a coroutine of its own; a jump "
                           "cannot leave it", n->kind == N_BREAK ? "break" : "continue");
        break;
    case N_BINOP:
        if (n->op >= CXBinaryOperator_Assign && n->op <= CXBinaryOperator_OrAssign && n->nkid == 2)
            check_write(fx, n->kid[0], "assign to");
        break;
    case N_UNOP:
        if (n->nkid == 1 && (n->op == CXUnaryOperator_PostInc || n->op == CXUnaryOperator_PostDec ||
                             n->op == CXUnaryOperator_PreInc || n->op == CXUnaryOperator_PreDec))
            check_write(fx, n->kid[0], "modify");
        else if (n->nkid == 1 && n->op == CXUnaryOperator_AddrOf)
            check_write(fx, n->kid[0], "take the address of");
        break;
    default: break;
    }
    for (int i = 0; i < n->nkid; i++) check_body_node(fx, n->kid[i]);
}

/* ---- generating the function ---- */

static enum CXChildVisitResult compound_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    if (c.kind == CXCursor_CompoundStmt) {
        *(CXCursor *)data = c;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Continue;
}

/* The type a capture's field holds (a copy) or points to, spelled for file
 * scope; top-level qualifiers dropped when `unqualified`.  NULL after a
 * diagnostic. */
static char *capture_type(capture *k, bool unqualified, const char *what, scan *s) {
    CXType to;
    if (adjusted_param(k->decl, &to)) {
        char *e = file_scope_type(to, k->use, what, s);
        char *r = e ? xprintf("__typeof__(%s) *", e) : NULL;
        free(e);
        return r;
    }
    CXType t = clang_getCursorType(k->decl);
    return file_scope_type(unqualified ? clang_getUnqualifiedType(t) : t, k->use, what, s);
}

/* The frame fields, constructor head and constructor statements of the
 * captures. */
static void capture_decls(ibody *b, buf *fields, frame_shape *shape, buf *params, buf *inits, scan *s) {
    for (int i = 0; i < b->caps.n; i++) {
        capture *k = b->caps.v[i];
        const char *f = k->inner->field;
        char *what = xprintf("cannot capture '%s'", k->name);
        if (k->mode == CAP_VALUE) {
            char *u = capture_type(k, true, what, s);
            if (u) {
                buf_printf(fields, "    const __typeof__(%s) %s;\n", u, f);
                CXType to;
                if (adjusted_param(k->decl, &to)) shape_add_named(shape, f, "void *");
                else shape_add_type(shape, f, clang_getCursorType(k->decl));
                if (k->array) buf_printf(params, ", const void *ac_c%d", i);
                else buf_printf(params, ", __typeof__(%s) ac_c%d", u, i);
                buf_printf(inits, "    memcpy((void *)&ac__fr->%s, %sac_c%d, sizeof ac__fr->%s);\n", f,
                           k->array ? "" : "&", i, f);
            }
            free(u);
        } else {
            char *ts = capture_type(k, !k->writable, what, s);
            if (ts) {
                const char *q = k->writable ? "" : "const ";
                buf_printf(fields, "    %s__typeof__(%s) *%s;\n", q, ts, f);
                shape_add_named(shape, f, "void *");
                buf_printf(params, ", %s__typeof__(%s) *ac_c%d", q, ts, i);
                buf_printf(inits, "    ac__fr->%s = ac_c%d;\n", f, i);
            }
            free(ts);
        }
        free(what);
    }
}

static void translate_body(encl *E, node *builder, node *leaf) {
    ibody *b = xcalloc(1, sizeof *b);
    int k = ++*E->count;
    b->sync = builder_is_rb(builder);
    b->name = E->is_body ? xprintf("%s_%d", E->name, k) : xprintf("%s__ac_body%d", E->name, k);
    scan s = {E, b, leaf->cur, {0}};
    clang_visitChildren(leaf->cur, decls_visit, &s.decls);
    clang_visitChildren(leaf->cur, scan_visit, &s);
    label_scan ls = {&s, false};
    clang_visitChildren(E->user_fn, label_visit, &ls);

    /* the function: its value is the last expression statement's */
    sfn *fn = &b->fn;
    fn->name = b->name;
    fn->is_static = true;
    fn->used = true;
    fn->inline_body = true;
    fn->decl = fn->def = clang_getNullCursor();
    CXType vt = clang_getCursorType(leaf->cur);
    fn->body_type = vt;
    fn->is_void = !strcmp(builder->builder, "launch") || clang_getCanonicalType(vt).kind == CXType_Void;
    fn->rtype = xstrdup("void");
    CXCursor comp = clang_getNullCursor();
    clang_visitChildren(leaf->cur, compound_visit, &comp);
    if (clang_Cursor_isNull(comp)) {
        diag_at(leaf->cur, "malformed inline coroutine body");
        return;
    }

    fnctx *bx = xcalloc(1, sizeof *bx);
    bx->fn = fn;
    bx->is_body = true;
    bx->user_fn = E->user_fn;
    bx->user_name = E->user_name;
    bx->user_suspend = E->user_suspend;
    for (int i = 0; i < b->caps.n; i++) {
        capture *c = b->caps.v[i];
        decide_mode(E, builder, c, &s);
        var *v = xcalloc(1, sizeof *v);
        v->cur = c->decl;
        v->name = xstrdup(c->name);
        v->capture = c->mode ? c->mode : CAP_VALUE;
        v->cap_writable = c->writable;
        var *ov = encl_var(E->fx, c->decl);
        v->is_catch = ov && ov->is_catch;
        c->inner = v;
        vec_push(&bx->vars, v);
    }
    bx->body = build_expr(bx, comp);
    if (build_was_cut()) return; /* nested too deep: reported, leaf->ib stays NULL */
    /* the value: the last statement, past trailing null statements and into
     * labels, as clang reads a statement expression */
    node *last = NULL;
    for (int i = bx->body->nkid - 1; i >= 0 && !last; i--)
        if (bx->body->kid[i]->kind != N_NULLSTMT) last = bx->body->kid[i];
    while (last && last->kind == N_LABEL && last->nkid) last = last->kid[last->nkid - 1];
    if (last && clang_isExpression(last->cur.kind)) bx->value_expr = last; /* dropped when void */
    if (!fn->is_void) {
        free(fn->rtype);
        fn->rtype = NULL;
        if (!bx->value_expr)
            report(leaf->cur, "cannot find the statement that gives this inline coroutine body its value");
        else
            fn->rtype = file_scope_type(clang_getUnqualifiedType(vt), bx->value_expr->cur,
                                        "cannot give this inline coroutine body its value", &s);
        if (!fn->rtype) fn->rtype = xstrdup("int");
    }
    bx->body->value_root = !fn->is_void;
    analyze_function(bx);
    /* the value statement is rewritten, and so is what holds it */
    for (node *p = bx->value_expr; p; p = p->parent) p->blocks_text = true;
    check_body_node(bx, bx->body);
    translate_bodies(bx);
    collect_renames(bx->body);
    lower_function(bx);

    buf fields = {0}, params = {0}, inits = {0};
    frame_shape shape = {0};
    capture_decls(b, &fields, &shape, &params, &inits, &s);
    char *head = xprintf("static ac_frame *%s__ac_new(ac_coro *ac__co, void *ac__res%s)", b->name,
                         params.s ? params.s : "");
    if (bx->bodies.len) buf_printf(E->out, "%s;\n%s", head, bx->bodies.s);
    emit_frame_function(E->out, bx, head, fields.s ? fields.s : "", &shape, inits.s ? inits.s : "");
    shape_free(&shape);
    shape_free(&bx->fields_shape);
    shape_free(&bx->temps_shape);
    free(head);
    buf_free(&fields);
    buf_free(&params);
    buf_free(&inits);
    buf_free(&bx->fields);
    buf_free(&bx->temps);
    buf_free(&bx->prelude);
    buf_free(&bx->out);
    buf_free(&bx->bodies);
    leaf->ib = b;
}

/* The builders of fx's tree whose argument is an inline body. */
static void find_bodies(encl *E, node *n) {
    if (n->kind == N_BUILDER) {
        int ci = builder_call_index(n);
        node *c = n->nkid > ci ? strip(n->kid[ci]) : NULL;
        if (c && c->kind == N_BINOP && c->op == CXBinaryOperator_Comma && c->nkid == 2) {
            node *a = strip(c->kid[0]);
            if (a->kind == N_STMTEXPR && a->inline_leaf) translate_body(E, n, a);
        }
    }
    for (int i = 0; i < n->nkid; i++) find_bodies(E, n->kid[i]);
}

void translate_bodies(fnctx *fx) {
    encl E = {fx, fx->user_fn, fx->user_name, fx->user_suspend, fx->fn->name, fx->is_body, &fx->nbodies,
              &fx->bodies};
    find_bodies(&E, fx->body);
}

/* ---- ordinary code ---- */

static buf g_ordinary;       /* generated functions for the current top-level declaration */
static int g_ordinary_count;
static CXCursor g_ordinary_top;
static bool g_ordinary_refs; /* a body names its function */

ibody *ordinary_body(node *builder, node *leaf, CXCursor top) {
    if (!clang_equalCursors(top, g_ordinary_top)) {
        g_ordinary_top = top;
        g_ordinary_count = 0;
        g_ordinary_refs = false;
    }
    if (!is_function(top)) {
        diag_at(leaf->cur, "an inline coroutine body must be inside a function");
        return NULL;
    }
    char *name = cursor_spelling(top);
    encl E = {NULL, top, name, false, name, false, &g_ordinary_count, &g_ordinary};
    int errors = g_errors;
    translate_body(&E, builder, leaf);
    if (leaf->ib && leaf->ib->refs_user_fn) g_ordinary_refs = true;
    /* directives inside the body reach the output only through its function */
    unsigned b, e;
    if (cursor_exp(leaf->cur, &b, &e)) check_directives_in(b, e);
    return g_errors == errors ? leaf->ib : NULL;
}

static enum CXChildVisitResult body_of_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    if (c.kind == CXCursor_CompoundStmt) {
        *(CXCursor *)data = c;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Continue;
}

char *ordinary_bodies(CXCursor top) {
    if (!g_ordinary.len) return NULL;
    buf o = {0};
    /* a body that calls its own function needs it declared: the definition's
     * head, as written, up to its body */
    CXCursor comp = clang_getNullCursor();
    unsigned fb, fe, cb, ce;
    if (g_ordinary_refs && clang_equalCursors(top, g_ordinary_top) &&
        clang_getCursorType(top).kind == CXType_FunctionProto) {
        clang_visitChildren(top, body_of_visit, &comp);
        if (!clang_Cursor_isNull(comp) && cursor_text(top, &fb, &fe) && cursor_text(comp, &cb, &ce) && fb < cb)
            buf_printf(&o, "%.*s;\n", (int)(cb - fb), g_src.text + fb);
    }
    buf_puts(&o, g_ordinary.s);
    buf_free(&g_ordinary);
    g_ordinary_refs = false;
    return o.s;
}

/* ---- the builder's arguments ---- */

char *body_args(fnctx *fx, ibody *b) {
    buf a = {0};
    for (int i = 0; i < b->caps.n; i++) {
        capture *k = b->caps.v[i];
        var *ov = encl_var(fx, k->decl);
        /* a pointer to a C local of a resume function would not survive its
         * suspension: by reference needs a frame field (run_blocking aside) */
        if (ov && !ov->hoisted && !ov->is_static && k->mode == CAP_REF && !b->sync)
            report(k->use, "internal error: '%s' would be captured by reference but does not live in the "
                           "coroutine frame", k->name);
        char *val = ov && ov->hoisted ? field_ref(ov) : xstrdup(k->name);
        if (i) buf_puts(&a, ", ");
        if (k->mode == CAP_VALUE && k->array) buf_printf(&a, "(const void *)&%s", val);
        else if (k->mode == CAP_VALUE) buf_puts(&a, val);
        else buf_printf(&a, "&%s", val);
        free(val);
    }
    return a.s ? a.s : xstrdup("");
}
