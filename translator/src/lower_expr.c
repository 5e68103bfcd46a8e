/* lower_expr.c -- lowers expressions of a suspend function's body (the
 * statements are lower_stmt.c, declarations lower_decl.c).
 *
 * Statements keep their C shape (if, loops, switch, goto and labels stay
 * where the user wrote them); each suspension point becomes
 *
 *     { ac_frame *ac__cf = g__ac_new(coro, &tmp, args...);   // callee frame
 *       if (!ac__cf) return ac__fail_oom(&ac__fr->hdr);
 *       ac__fr->hdr.state = K; ...
 *       ac_status ac__st = ac__call(&ac__fr->hdr, ac__cf);    // run it now
 *       if (ac__st != AC_DONE) return ac__st; }                 // it suspended
 *     ac_LK:;                                                  // resume here
 *
 * and the resume function starts with  switch (state) { case K: goto ac_LK; }.
 * Expressions containing suspend calls are split in evaluation order into
 * temporaries held in the frame (A-normal form); operands whose evaluation
 * C leaves unsequenced may be evaluated after the call, but &&, ||, ?: and
 * the comma operator keep their sequencing and short-circuit.  A node with
 * nothing to change is copied as written, with references to frame
 * variables replaced by ac__fr->field. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lower.h"

/* ---- helpers ---- */

void line_directive(fnctx *fx, unsigned line) { put_line_directive(&fx->out, line); }

char *new_temp(fnctx *fx, const char *type, CXType t) {
    int k = ++fx->ntemps;
    buf_printf(&fx->temps, "    __typeof__(%s) ac_t%d;\n", type, k);
    char *name = xprintf("ac_t%d", k);
    if (t.kind == CXType_Invalid) shape_add_named(&fx->temps_shape, name, type);
    else shape_add_type(&fx->temps_shape, name, t);
    free(name);
    return xprintf("ac__fr->ac_t%d", k);
}

char *field_ref(var *v) {
    /* an inline body's capture by reference holds a pointer to the variable */
    if (v->capture == CAP_REF || v->capture == CAP_STATIC) return xprintf("(*ac__fr->%s)", v->field);
    return xprintf("ac__fr->%s", v->field);
}

typedef struct edit {
    unsigned b, e;
    char *text;
} edit;

static int edit_cmp(const void *a, const void *b) {
    const edit *x = *(edit *const *)a, *y = *(edit *const *)b;
    return x->b < y->b ? -1 : x->b > y->b;
}

static bool refers_to_suspend_fn(node *n) {
    if (n->kind == N_SUSPCALL) return true;
    if (n->kind == N_DECLREF && sfn_of_decl(clang_getCursorReferenced(n->cur))) return true;
    for (int i = 0; i < n->nkid; i++)
        if (refers_to_suspend_fn(n->kid[i])) return true;
    return false;
}

/* sizeof(f(x)) / _Alignof: unevaluated; f no longer exists after
 * translation, so the operand is replaced by its value or its type. */
static char *uneval_text(node *n) {
    CXEvalResult ev = clang_Cursor_Evaluate(n->cur);
    if (ev) {
        char *r = NULL;
        if (clang_EvalResult_getKind(ev) == CXEval_Int)
            r = xprintf("((__SIZE_TYPE__)%lluu)", clang_EvalResult_getAsUnsigned(ev));
        clang_EvalResult_dispose(ev);
        if (r) return r;
    }
    unsigned b, e;
    if (!copy_range(n, &b, &e)) return NULL;
    const char *t = g_src.text + b;
    const char *kw = "sizeof";
    if (!strncmp(t, "_Alignof", 8)) kw = "_Alignof";
    else if (!strncmp(t, "__alignof__", 11)) kw = "__alignof__";
    else if (!strncmp(t, "alignof", 7)) kw = "_Alignof";
    CXType ty = clang_getCursorType(n->nkid ? n->kid[0]->cur : n->cur);
    char *ts = type_name_for_code(ty);
    if (!ts) return NULL;
    char *r = xprintf("%s(%s)", kw, ts);
    free(ts);
    return r;
}

static void collect_edits(node *n, vec *edits);

/* _Generic(f(x), ...): the controlling operand is not evaluated; it is
 * replaced by an lvalue of its type that nothing reads. */
static void generic_edit(node *g, vec *edits) {
    node *c = g->kid[0];
    unsigned b, e;
    char *ts = type_name_for_code(clang_getCursorType(c->cur));
    if (!ts || !copy_range(c, &b, &e)) {
        diag_at(c->cur, "cannot rewrite this _Generic operand naming a suspend function");
        free(ts);
        return;
    }
    edit *ed = xmalloc(sizeof *ed);
    ed->b = b;
    ed->e = e;
    ed->text = xprintf("(*(%s *)0)", ts);
    free(ts);
    vec_push(edits, ed);
    for (int i = 1; i < g->nkid; i++) collect_edits(g->kid[i], edits);
}

static void collect_edits(node *n, vec *edits) {
    if (n->kind == N_GENERIC && n->nkid && refers_to_suspend_fn(n->kid[0])) {
        generic_edit(n, edits);
        return;
    }
    if (n->kind == N_DECLREF && n->ref && n->ref->hoisted && n->text_ok) {
        edit *ed = xmalloc(sizeof *ed);
        ed->b = n->b;
        ed->e = n->e;
        ed->text = field_ref(n->ref);
        vec_push(edits, ed);
        return;
    }
    if (n->kind == N_UNEVAL && refers_to_suspend_fn(n)) {
        char *t = uneval_text(n);
        if (!t) {
            diag_at(n->cur, "cannot rewrite this unevaluated operand naming a suspend function");
            return;
        }
        edit *ed = xmalloc(sizeof *ed);
        copy_range(n, &ed->b, &ed->e);
        ed->text = t;
        vec_push(edits, ed);
        return;
    }
    for (int i = 0; i < n->nkid; i++) collect_edits(n->kid[i], edits);
}

/* Text [b, e) with the edits applied.  A macro argument used twice yields
 * two edits of the same text: one is applied, which rewrites both uses.
 * NULL when such edits differ (TWICE(f(x)) calls f twice: two temporaries
 * cannot share the one argument text). */
static char *apply_edits(unsigned b, unsigned e, vec *edits) {
    for (int i = 0; i < g_renames.n; i++) {
        tag_rename *rn = g_renames.v[i];
        if (rn->b < b || rn->e > e) continue;
        edit *ed = xmalloc(sizeof *ed);
        ed->b = rn->b;
        ed->e = rn->e;
        ed->text = xstrdup(rn->text);
        vec_push(edits, ed);
    }
    if (edits->n) qsort(edits->v, (size_t)edits->n, sizeof(void *), edit_cmp);
    buf out = {0};
    unsigned at = b;
    bool clash = false;
    for (int i = 0; i < edits->n; i++) {
        edit *ed = edits->v[i];
        if (i && ed->b < at) {
            edit *pe = edits->v[i - 1];
            if (ed->b != pe->b || ed->e != pe->e || strcmp(ed->text, pe->text)) clash = true;
        }
        if (ed->b < at || ed->e > e) continue;
        buf_put(&out, g_src.text + at, ed->b - at);
        keep_directives(at, ed->b);
        buf_puts(&out, ed->text);
        at = ed->e;
    }
    buf_put(&out, g_src.text + at, e - at);
    keep_directives(at, e);
    for (int i = 0; i < edits->n; i++) {
        free(((edit *)edits->v[i])->text);
        free(edits->v[i]);
    }
    free(edits->v);
    if (clash) {
        buf_free(&out);
        return NULL;
    }
    if (!out.s) return xstrdup("");
    if (out.s[0] == '#') {
        /* a directive must start a line wherever the text goes */
        char *t = xprintf("\n%s", out.s);
        buf_free(&out);
        return t;
    }
    return out.s;
}

char *text_of(node *n) {
    unsigned b, e;
    if (!copy_range(n, &b, &e)) return NULL;
    vec edits = {0};
    collect_edits(n, &edits);
    return apply_edits(b, e, &edits);
}

bool is_simple(const char *r) {
    if (strncmp(r, "ac__fr->", 8)) return false;
    for (const char *p = r + 8; *p; p++)
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            return false;
    return true;
}

/* Whether r is one parenthesized expression, "( ... )" whose first '('
 * closes at its last character: wrapping it again adds nothing but depth,
 * and nested rewrites wrapped each level twice, past clang's limit of 256
 * brackets on expressions csmith writes 60 deep.  Literals and comments
 * are skipped; anything unusual is wrapped again (safe). */
static bool fully_parenthesized(const char *r) {
    size_t n = strlen(r);
    if (n < 2 || r[0] != '(' || r[n - 1] != ')') return false;
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        char c = r[i];
        if (c == '"' || c == '\'') {
            for (i++; i < n && r[i] != c; i++)
                if (r[i] == '\\') i++;
            if (i >= n) return false;
        } else if (c == '/' && i + 1 < n && (r[i + 1] == '/' || r[i + 1] == '*')) {
            return false;
        } else if (c == '(') {
            depth++;
        } else if (c == ')' && --depth == 0) {
            return i == n - 1;
        }
    }
    return false;
}

static char *paren(char *r) {
    if (is_simple(r) || fully_parenthesized(r)) return r;
    char *p = xprintf("(%s)", r);
    free(r);
    return p;
}

/* ---- suspension points ---- */

/* Emits the call of suspend function `name` and returns its value's text.
 * Inside a region, a failure goes to the region's handler: at once when
 * the call fails without suspending (or its frame cannot be allocated),
 * and through the resume case -K when it fails after suspending. */
char *emit_suspend_call(fnctx *fx, const char *name, bool is_void, const char *rtype, CXType rt,
                        const char *args, unsigned line) {
    char *t = is_void ? NULL : new_temp(fx, rtype, rt);
    int k = ++fx->nstates;
    const char *h = handler_label(fx);
    buf_newline(&fx->out);
    buf_printf(&fx->out, "{ ac_frame *ac__cf = %s__ac_new(ac__fr->hdr.coro, %s%s%s%s);\n", name, t ? "&" : "",
               t ? t : "0", *args ? ", " : "", args);
    if (h) {
        neg *ng = xmalloc(sizeof *ng);
        ng->state = k;
        ng->label = xstrdup(h);
        vec_push(&fx->negs, ng);
        buf_printf(&fx->out,
                   "  if (!ac__cf) { (void)ac__fail_oom(&ac__fr->hdr); goto %s; }\n"
                   "  ac__fr->hdr.state = %d; ac__fr->hdr.line = %u;\n"
                   "  { ac_status ac__st = ac__call(&ac__fr->hdr, ac__cf); if (ac__st == AC_THROW) goto %s; "
                   "if (ac__st != AC_DONE) return ac__st; } }\n",
                   h, k, line, h);
    } else {
        buf_printf(&fx->out,
                   "  if (!ac__cf) return ac__fail_oom(&ac__fr->hdr);\n"
                   "  ac__fr->hdr.state = %d; ac__fr->hdr.line = %u;\n"
                   "  { ac_status ac__st = ac__call(&ac__fr->hdr, ac__cf); if (ac__st != AC_DONE) return ac__st; } }\n",
                   k, line);
    }
    buf_printf(&fx->out, "ac_L%d:;\n", k);
    put_line_directive(&fx->out, line); /* the rest of the statement */
    return t ? t : xstrdup("((void)0)");
}

static char *lower_args(fnctx *fx, node *n) {
    buf a = {0};
    for (int i = 0; i < n->nkid; i++) {
        char *r = lower_expr(fx, n->kid[i]);
        if (i) buf_puts(&a, ", ");
        buf_puts(&a, r);
        free(r);
    }
    return a.s ? a.s : xstrdup("");
}

static char *lower_suspcall(fnctx *fx, node *n) {
    n->callee->used = true;
    char *args = lower_args(fx, n);
    sfn *c = n->callee;
    CXType rt = c->inline_body ? c->body_type : clang_getResultType(clang_getCursorType(c->decl));
    char *r = emit_suspend_call(fx, c->name, c->is_void, c->rtype, rt, args, n->line);
    free(args);
    return r;
}

node *strip(node *n) {
    while ((n->kind == N_PAREN || n->kind == N_IMPLICIT) && n->nkid == 1) n = n->kid[0];
    return n;
}

bool builder_is_rb(node *builder) { return !strncmp(builder->builder, "run_blocking", 12); }

/* Where a builder's arguments are, as the macros of asyncc.h pass them:
 *   ac__run_blocking_builder(CALL, out)
 *   ac__run_blocking_ctx_builder(ctx, CALL, out)
 *   ac__launch_builder(scope, ctx, start, CALL), ac__async_builder(...) */
int builder_call_index(node *builder) {
    return !strcmp(builder->builder, "run_blocking") ? 0 : !strcmp(builder->builder, "run_blocking_ctx") ? 1 : 3;
}

/* The suspend call a builder starts: its `((CALL), 0)` argument, as the
 * macros in asyncc.h write it.  Anything else is reported at what the user
 * wrote there, and NULL returned. */
node *builder_call(node *builder) {
    bool rb = builder_is_rb(builder);
    int ci = builder_call_index(builder);
    if (builder->nkid <= ci) {
        diag_at(builder->cur, "malformed ac_%s", builder->builder);
        return NULL;
    }
    node *c = strip(builder->kid[ci]);
    node *arg = c;
    if (c->kind == N_BINOP && c->op == CXBinaryOperator_Comma && c->nkid == 2) {
        arg = strip(c->kid[0]);
        if (arg->kind == N_SUSPCALL || (arg->kind == N_STMTEXPR && arg->inline_leaf)) return arg;
    }
    bool ctx = !strcmp(builder->builder, "run_blocking_ctx");
    const char *pre = rb ? (ctx ? "ctx, " : "") : "scope, ", *post = rb ? ", &out" : "";
    diag_at(loc_of(clang_getCursorLocation(arg->cur)).direct ? arg->cur : builder->cur,
            "ac_%s expects a call of a suspend function or an inline body, like ac_%s(%sf(x)%s) or "
            "ac_%s(%s({ ... })%s)", builder->builder, builder->builder, pre, post, builder->builder, pre, post);
    return NULL;
}

char *result_size(sfn *f) {
    return f->is_void ? xstrdup("0") : xprintf("sizeof(%s)", f->rtype);
}

static bool is_void_cast(node *n) {
    return n->kind == N_CAST && clang_getCanonicalType(clang_getCursorType(n->cur)).kind == CXType_Void;
}

/* A builder whose value is discarded (an expression statement, a cast to
 * void, the left of a comma) starts a detached job.  When in doubt, the
 * value counts as used: the handle then lives until its scope ends. */
bool value_discarded(node *n) {
    node *c = n, *p = n->parent;
    while (p && (p->kind == N_PAREN || (p->kind == N_IMPLICIT && p->nkid == 1))) {
        c = p;
        p = p->parent;
    }
    if (!p) return false;
    switch (p->kind) {
    case N_CAST: return is_void_cast(p);
    case N_BINOP:
        if (p->op != CXBinaryOperator_Comma || p->nkid != 2) return false;
        return c == p->kid[0] || value_discarded(p);
    case N_COMPOUND: /* the last statement of ({ ... }) is its value */
        return !(((p->parent && p->parent->kind == N_STMTEXPR) || p->value_root) && c == p->kid[p->nkid - 1]);
    case N_LABEL: case N_DEFAULT: case N_TRY: return true;
    case N_CASE: return c == p->kid[p->nkid - 1];
    case N_IF: case N_SWITCH: return c != p->kid[0];
    case N_WHILE: return p->nkid == 2 && c == p->kid[1];
    case N_DO: return c == p->kid[0];
    case N_FOR: return c == p->for_init || c == p->for_inc || c == p->body;
    default: return false;
    }
}

static char *lower_builder(fnctx *fx, node *n) {
    bool rb = builder_is_rb(n);
    int ci = builder_call_index(n);
    node *call = builder_call(n);
    if (!call) return xstrdup("0");
    /* an inline body: its generated function, with the captures as arguments */
    ibody *ib = call->kind == N_STMTEXPR ? call->ib : NULL;
    if (call->kind == N_STMTEXPR && !ib) return xstrdup("0"); /* diagnosed */
    sfn *callee = ib ? &ib->fn : call->callee;
    callee->used = true;
    if (rb) check_out(n->kid[ci + 1], callee);
    /* the arguments in order: C leaves them unsequenced, like any call's */
    char *pre[3] = {NULL, NULL, NULL};
    for (int i = 0; i < ci; i++) pre[i] = lower_expr(fx, n->kid[i]);
    char *args = ib ? body_args(fx, ib) : lower_args(fx, call);
    char *out = rb ? lower_expr(fx, n->kid[ci + 1]) : NULL;
    char *size = result_size(callee);
    const char *ty = rb ? "ac_error *" : !strcmp(n->builder, "launch") ? "ac_job *" : "ac_deferred *";
    char *t = new_temp(fx, ty, NO_TYPE);
    buf_newline(&fx->out);
    if (rb) {
        buf_printf(&fx->out, "%s = ac__run_blocking(%s, %s__ac_new(ac__coro_lazy(%s), 0%s%s), %s, %s);\n", t,
                   ci ? pre[0] : "0", callee->name, size, *args ? ", " : "", args, out, size);
    } else {
        char *fail = fail_stmt(fx, "ac__builder_failed(&ac__fr->hdr)");
        buf_printf(&fx->out,
                   "%s = ac__%s(%s, %s, %s, %d, %s__ac_new(ac__coro_lazy(%s), 0%s%s));\n"
                   "if (!%s) %s\n",
                   t, n->builder, pre[0], pre[1], pre[2], value_discarded(n), callee->name, size,
                   *args ? ", " : "", args, t, fail);
        free(fail);
    }
    bool discarded = value_discarded(n);
    for (int i = 0; i < 3; i++) free(pre[i]);
    free(out);
    free(args);
    free(size);
    if (discarded) { /* (ac_launch(s, f()), x): no value left to ignore */
        free(t);
        return xstrdup("((void)0)");
    }
    return t;
}

/* ac_throw(e): throws e (consumed); ac_rethrow(e) throws a caught error on
 * (the catch block's end releases its own reference). */
static char *lower_throw(fnctx *fx, node *n) {
    char *e = n->nkid ? lower_expr(fx, n->kid[0]) : xstrdup("0");
    char *err = n->rethrow ? xprintf("ac_error_retain(%s)", e) : xstrdup(e);
    emit_throw(fx, err, n->line);
    free(err);
    free(e);
    return xstrdup("((void)0)");
}

/* a && b, a || b, a , b with a suspension on the right */
static char *lower_sequenced(fnctx *fx, node *n) {
    char *l = lower_expr(fx, n->kid[0]);
    if (n->op == CXBinaryOperator_Comma) {
        buf_newline(&fx->out);
        buf_printf(&fx->out, "(void)(%s);\n", l);
        free(l);
        return lower_expr(fx, n->kid[1]);
    }
    bool and = n->op == CXBinaryOperator_LAnd;
    char *t = new_temp(fx, "int", NO_TYPE);
    buf_newline(&fx->out);
    /* (l) != 0 rather than ((l)): clang warns about ((a == b)) */
    buf_printf(&fx->out, "%s = %d;\nif (%s(%s)%s) {\n", t, and ? 0 : 1, and ? "" : "!", l,
               and ? " != 0" : "");
    free(l);
    char *r = lower_expr(fx, n->kid[1]);
    buf_newline(&fx->out);
    buf_printf(&fx->out, "%s = (%s) != 0;\n}\n", t, r);
    free(r);
    return t;
}

/* (T){ ... } in a block that suspends: the object moves into the frame,
 * so pointers to it stay valid across the suspension. */
static char *lower_compound_literal(fnctx *fx, node *n) {
    char *tn = type_name_for_code(clang_getCursorType(n->cur));
    node *init = n->nkid ? n->kid[n->nkid - 1] : NULL;
    if (!tn || !init) {
        diag_at(n->cur, "cannot move this compound literal into the coroutine frame");
        free(tn);
        return xstrdup("0");
    }
    char *t = new_temp(fx, tn, clang_getCursorType(n->cur));
    char *r = lower_expr(fx, init);
    buf_newline(&fx->out);
    buf_printf(&fx->out, "{ __typeof__(%s) ac__init = %s; memcpy((void *)&%s, &ac__init, sizeof ac__init); }\n",
               tn, r, t);
    free(tn);
    free(r);
    return t;
}

/* GNU a ?: b -- a once, b only when a is zero */
static char *lower_elvis(fnctx *fx, node *n) {
    char *tn = type_name_for_code(clang_getCursorType(n->cur));
    if (!tn) {
        diag_at(n->cur, "cannot name the type of this conditional expression");
        return xstrdup("0");
    }
    char *t = new_temp(fx, tn, clang_getCursorType(n->cur));
    free(tn);
    char *a = lower_expr(fx, n->kid[0]);
    buf_newline(&fx->out);
    buf_printf(&fx->out, "%s = %s;\nif (!(%s)) {\n", t, a, t);
    free(a);
    char *b = lower_expr(fx, n->kid[3]);
    buf_newline(&fx->out);
    buf_printf(&fx->out, "%s = %s;\n}\n", t, b);
    free(b);
    return t;
}

static char *lower_conditional(fnctx *fx, node *n) {
    CXType ty = clang_getCursorType(n->cur);
    bool is_void = clang_getCanonicalType(ty).kind == CXType_Void;
    char *tn = is_void ? NULL : type_name_for_code(ty);
    if (!is_void && !tn) {
        diag_at(n->cur, "cannot name the type of this conditional expression");
        return xstrdup("0");
    }
    char *t = is_void ? NULL : new_temp(fx, tn, ty);
    free(tn);
    char *c = lower_expr(fx, n->kid[0]);
    buf_newline(&fx->out);
    buf_printf(&fx->out, "if ((%s) != 0) {\n", c);  /* not ((a == b)): clang warns */
    free(c);
    for (int i = 1; i <= 2; i++) {
        char *r = lower_expr(fx, n->kid[i]);
        buf_newline(&fx->out);
        if (t) buf_printf(&fx->out, "%s = %s;\n", t, r);
        else buf_printf(&fx->out, "(void)(%s);\n", r);
        buf_puts(&fx->out, i == 1 ? "} else {\n" : "}\n");
        free(r);
    }
    return t ? t : xstrdup("((void)0)");
}

/* ---- expressions printed from the tree ---- */

static char *token_at(CXCursor c) {
    CXFile f;
    unsigned off;
    clang_getSpellingLocation(clang_getCursorLocation(c), &f, NULL, NULL, &off);
    if (!f) return NULL;
    CXToken *tok = clang_getToken(g_tu, clang_getLocationForOffset(g_tu, f, off));
    if (!tok) return NULL;
    CXString s = clang_getTokenSpelling(g_tu, *tok);
    char *r = xstrdup(clang_getCString(s));
    clang_disposeString(s);
    clang_disposeTokens(g_tu, tok, 1);
    return r;
}

static char *structural(fnctx *fx, node *n) {
    char *a, *b, *r;
    switch (n->kind) {
    case N_PAREN:
        a = lower_expr(fx, n->kid[0]);
        r = xprintf("(%s)", a);
        free(a);
        return r;
    case N_IMPLICIT:
        if (n->nkid == 1) return lower_expr(fx, n->kid[0]);
        break;
    case N_BINOP: {
        a = lower_expr(fx, n->kid[0]);
        b = lower_expr(fx, n->kid[1]);
        CXString op = clang_getBinaryOperatorKindSpelling((enum CXBinaryOperatorKind)n->op);
        r = xprintf("%s %s %s", a, clang_getCString(op), b);
        clang_disposeString(op);
        free(a);
        free(b);
        return r;
    }
    case N_UNOP: {
        a = lower_expr(fx, n->kid[0]);
        CXString op = clang_getUnaryOperatorKindSpelling((enum CXUnaryOperatorKind)n->op);
        bool post = n->op == CXUnaryOperator_PostInc || n->op == CXUnaryOperator_PostDec;
        r = post ? xprintf("%s%s", a, clang_getCString(op)) : xprintf("%s(%s)", clang_getCString(op), a);
        clang_disposeString(op);
        free(a);
        return r;
    }
    case N_COND:
        if (n->nkid != 3) break;
        a = lower_expr(fx, n->kid[0]);
        b = lower_expr(fx, n->kid[1]);
        {
            char *c = lower_expr(fx, n->kid[2]);
            r = xprintf("%s ? %s : %s", a, b, c);
            free(c);
        }
        free(a);
        free(b);
        return r;
    case N_CAST: {
        char *ts = type_name_for_code(clang_getCursorType(n->cur));
        if (!ts || n->nkid < 1) break;
        a = lower_expr(fx, n->kid[n->nkid - 1]);
        r = xprintf("(%s)%s", ts, paren(a));
        free(ts);
        return r;
    }
    case N_MEMBER: {
        if (n->nkid != 1) break;
        CXType bt = clang_getCanonicalType(clang_getCursorType(n->kid[0]->cur));
        a = lower_expr(fx, n->kid[0]);
        char *m = cursor_spelling(n->cur);
        r = *m ? xprintf("%s%s%s", paren(a), bt.kind == CXType_Pointer ? "->" : ".", m) : a;
        free(m);
        return r;
    }
    case N_SUBSCRIPT:
        a = lower_expr(fx, n->kid[0]);
        b = lower_expr(fx, n->kid[1]);
        r = xprintf("%s[%s]", a, b);
        free(a);
        free(b);
        return r;
    case N_DECLREF:
        if (n->ref && n->ref->hoisted) return field_ref(n->ref);
        return cursor_spelling(n->cur);
    case N_LITERAL: {
        if ((r = token_at(n->cur))) return r;
        /* __LINE__ and __COUNTER__ are spelled in no file: their value */
        CXEvalResult ev = clang_Cursor_Evaluate(n->cur);
        if (ev && clang_EvalResult_getKind(ev) == CXEval_Int) {
            char *ts = type_spelling(clang_getCursorType(n->cur));
            r = clang_EvalResult_isUnsignedInt(ev)
                    ? xprintf("((%s)%lluu)", ts, clang_EvalResult_getAsUnsigned(ev))
                    : xprintf("((%s)%lld)", ts, clang_EvalResult_getAsLongLong(ev));
            free(ts);
        }
        if (ev) clang_EvalResult_dispose(ev);
        if (r) return r;
        break;
    }
    case N_STRING:
        return cursor_spelling(n->cur);
    case N_CALL: {
        if (n->nkid < 1) break;
        buf c = {0};
        a = lower_expr(fx, n->kid[0]);
        buf_printf(&c, "%s(", a);
        free(a);
        for (int i = 1; i < n->nkid; i++) {
            a = lower_expr(fx, n->kid[i]);
            buf_printf(&c, "%s%s", i > 1 ? ", " : "", a);
            free(a);
        }
        buf_puts(&c, ")");
        return c.s;
    }
    default:
        break;
    }
    diag_at(n->cur, "cannot translate this expression: it comes from a macro expansion that "
                    "%s, in a form asyncc cannot rewrite; expand the macro by hand",
            n->susp ? "contains a suspension point" : "uses a local variable of the suspend function");
    return xstrdup("0");
}

/* Copies n's text with its changing children replaced by their lowered
 * values, or returns NULL when the children's text ranges do not allow it. */
static char *text_with_holes(fnctx *fx, node *n) {
    unsigned b, e;
    /* a macro invocation's text cannot take holes: its arguments may be
     * stringized or pasted, or used twice */
    if (!n->text_ok || !copy_range(n, &b, &e)) return NULL;
    unsigned kb[n->nkid ? n->nkid : 1], ke[n->nkid ? n->nkid : 1];
    for (int i = 0; i < n->nkid; i++) {
        node *k = n->kid[i];
        if (!copy_range(k, &kb[i], &ke[i])) {
            if (k->blocks_text) return NULL;
            kb[i] = ke[i] = 0;
            continue;
        }
        if (kb[i] < b || ke[i] > e) return NULL;
        for (int j = 0; j < i; j++)
            if (kb[j] < ke[i] && kb[i] < ke[j]) return NULL;
    }
    vec edits = {0};
    for (int i = 0; i < n->nkid; i++) {
        node *k = n->kid[i];
        if (n->kind == N_GENERIC && i == 0) {
            if (refers_to_suspend_fn(k)) {
                generic_edit(n, &edits);
            }
            continue;
        }
        if (!k->blocks_text) {
            collect_edits(k, &edits);
            continue;
        }
        edit *ed = xmalloc(sizeof *ed);
        ed->b = kb[i];
        ed->e = ke[i];
        /* initializer elements (.x = v) are not expressions: no parens;
         * inside ( ) the parentheses are there already */
        ed->text = n->kind == N_INITLIST || k->kind == N_INITLIST || n->kind == N_PAREN ? lower_expr(fx, k)
                                                                                       : paren(lower_expr(fx, k));
        vec_push(&edits, ed);
    }
    return apply_edits(b, e, &edits);
}

static bool sequenced_op(node *n) {
    return n->kind == N_BINOP && (n->op == CXBinaryOperator_LAnd || n->op == CXBinaryOperator_LOr ||
                                  n->op == CXBinaryOperator_Comma);
}

char *lower_expr(fnctx *fx, node *n) {
    if (!n->blocks_text) {
        char *t = text_of(n);
        if (t) return t;
        return structural(fx, n);
    }
    switch (n->kind) {
    case N_SUSPCALL: return lower_suspcall(fx, n);
    case N_BUILDER: return lower_builder(fx, n);
    case N_THROW: return lower_throw(fx, n);
    case N_ELVIS: return lower_elvis(fx, n);
    case N_DECLREF: return structural(fx, n);
    case N_COMPOUNDLIT: return lower_compound_literal(fx, n);
    case N_COND:
        if (n->nkid == 3 && (n->kid[1]->susp || n->kid[2]->susp || n->kid[1]->blocks_text || n->kid[2]->blocks_text))
            return lower_conditional(fx, n);
        break;
    default:
        if (sequenced_op(n) && n->nkid == 2 && n->kid[1]->blocks_text) return lower_sequenced(fx, n);
        break;
    }
    char *t = text_with_holes(fx, n);
    return t ? t : structural(fx, n);
}

char *lower_expr_text(fnctx *fx, node *n) { return lower_expr(fx, n); }
