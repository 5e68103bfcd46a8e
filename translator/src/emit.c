/* emit.c -- assembles the output: the input file, byte for byte, except
 * that each suspend function definition becomes its frame struct,
 * constructor and resume function, each suspend function declaration
 * becomes the constructor's prototype, and each builder in ordinary code
 * becomes a call of the runtime.  #line directives map generated code back
 * to the user's lines. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lower.h"

typedef struct repl {
    unsigned b, e;
    unsigned top;   /* start of the top-level declaration holding it */
    char *text;
    bool keeps_lines; /* the text keeps the lines and end column of [b, e): no #line after it */
    int seq;        /* order of insertion, for equal starts */
} repl;

static vec g_repls;
static unsigned g_top;

static repl *add_repl(unsigned b, unsigned e, char *text) {
    repl *r = xcalloc(1, sizeof *r);
    r->top = g_top < b ? g_top : b;
    r->b = b;
    r->e = e;
    r->text = text;
    r->seq = g_repls.n;
    vec_push(&g_repls, r);
    return r;
}

void put_line_directive(buf *o, unsigned line) {
    buf_newline(o);
    buf_printf(o, "#line %u \"", line);
    for (const char *p = g_src.path; *p; p++) {
        if (*p == '"' || *p == '\\') buf_put(o, "\\", 1);
        buf_put(o, p, 1);
    }
    buf_puts(o, "\"\n");
}

/* A parameter's type as the frame stores it: adjusted (int a[] and
 * int f(void) become pointers) and without top-level qualifiers. */
static char *param_type(CXType t) {
    CXType c = clang_getCanonicalType(t);
    if (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray ||
        c.kind == CXType_VariableArray || c.kind == CXType_DependentSizedArray) {
        char *e = type_name_for_code(clang_getArrayElementType(t));
        char *r = e ? xprintf("__typeof__(%s) *", e) : NULL;
        free(e);
        return r;
    }
    if (c.kind == CXType_FunctionProto || c.kind == CXType_FunctionNoProto) {
        char *e = type_name_for_code(t);
        char *r = e ? xprintf("__typeof__(%s) *", e) : NULL;
        free(e);
        return r;
    }
    if (c.kind == CXType_Pointer) {
        char *s = type_name_for_code(clang_getUnqualifiedType(t));
        if (s && !strchr(s, '[') && !strchr(s, '(')) return s;
        free(s);
        return type_name_for_code(clang_getUnqualifiedType(c));
    }
    return type_name_for_code(clang_getUnqualifiedType(t));
}

/* A parameter's member: an array or function parameter is a pointer. */
static void add_param_shape(frame_shape *s, const char *field, CXType t) {
    enum CXTypeKind k = clang_getCanonicalType(t).kind;
    if (k == CXType_ConstantArray || k == CXType_IncompleteArray || k == CXType_VariableArray ||
        k == CXType_DependentSizedArray || k == CXType_FunctionProto || k == CXType_FunctionNoProto)
        shape_add_named(s, field, "void *");
    else
        shape_add_type(s, field, t);
}

static enum CXChildVisitResult unused_attr_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    if (c.kind >= CXCursor_FirstAttr && c.kind <= CXCursor_LastAttr) {
        CXToken *t;
        unsigned n;
        clang_tokenize(g_tu, clang_getCursorExtent(c), &t, &n);
        for (unsigned i = 0; i < n; i++) {
            CXString s = clang_getTokenSpelling(g_tu, t[i]);
            if (strstr(clang_getCString(s), "unused")) *(bool *)data = true;
            clang_disposeString(s);
        }
        clang_disposeTokens(g_tu, t, n);
    }
    return CXChildVisit_Continue;
}

/* The user's __attribute__((unused)) or [[maybe_unused]] on a suspend
 * function carries over to its constructor, which replaces it. */
static bool marked_unused(sfn *f) {
    bool hit = false;
    clang_visitChildren(f->decl, unused_attr_visit, &hit);
    if (!hit && !clang_Cursor_isNull(f->def)) clang_visitChildren(f->def, unused_attr_visit, &hit);
    return hit;
}

/* ac_frame *f__ac_new(ac_coro *ac__co, R *ac__res, P0 ac_p0, ...) */
char *constructor_head(sfn *f) {
    buf b = {0};
    CXType ft = clang_getCursorType(f->decl);
    buf_printf(&b, "%s%sac_frame *%s__ac_new(ac_coro *ac__co, ", marked_unused(f) ? "__attribute__((unused)) " : "",
               f->is_static ? "static " : "", f->name);
    if (f->is_void) buf_puts(&b, "void *ac__res");
    else buf_printf(&b, "__typeof__(%s) *ac__res", f->rtype);
    int n = clang_getNumArgTypes(ft);
    for (int i = 0; i < n; i++) {
        char *ts = param_type(clang_getArgType(ft, (unsigned)i));
        if (!ts) {
            diag_at(f->decl, "parameter %d of suspend function '%s' has a type without a name", i + 1, f->name);
            ts = xstrdup("int");
        }
        buf_printf(&b, ", __typeof__(%s) ac_p%d", ts, i);
        free(ts);
    }
    buf_puts(&b, ")");
    return b.s;
}

static void check_signature(sfn *f) {
    CXType ft = clang_getCursorType(f->decl);
    if (clang_isFunctionTypeVariadic(ft))
        diag_at(f->decl, "suspend function '%s' is variadic; its arguments cannot be stored in a frame", f->name);
    if (!f->is_void && !type_name_for_code(clang_getResultType(ft)))
        diag_at(f->decl, "suspend function '%s' returns a type without a name", f->name);
    /* SUSPEND struct r { int v; } f(void): the definition would vanish with
     * the function's text */
    CXCursor rd = clang_getTypeDeclaration(clang_getCanonicalType(clang_getResultType(ft)));
    unsigned fb, fe, rb, re;
    if (!clang_Cursor_isNull(rd) && clang_isCursorDefinition(rd) && cursor_exp(f->def, &fb, &fe) &&
        cursor_exp(rd, &rb, &re) && fb <= rb && re <= fe)
        diag_at(rd, "the result type of suspend function '%s' is defined in its declaration; "
                    "define the type before the function", f->name);
}

/* The resume dispatch: state k continues after suspension point k; -k
 * (the call of suspension point k failed after suspending) goes to that
 * call's handler.  Calls outside every try and scope block have no -k
 * case: ac__bad_state passes the error on. */
static void emit_dispatch(buf *o, fnctx *fx) {
    buf_puts(o, "    switch (ac__fr->hdr.state) {\n    case 0: break;\n");
    int j = 0;
    for (int k = 1; k <= fx->nstates; k++) {
        buf_printf(o, "    case %d: goto ac_L%d;\n", k, k);
        for (; j < fx->negs.n && ((neg *)fx->negs.v[j])->state <= k; j++)
            if (((neg *)fx->negs.v[j])->state == k) buf_printf(o, "    case -%d: goto %s;\n", k, ((neg *)fx->negs.v[j])->label);
    }
    buf_puts(o, "    default: return ac__bad_state(ac__f);\n    }\n");
}

/* A directive in a suspend function that did not reach the output (it sat
 * inside a statement that was rebuilt) would silently change the program. */
static void check_directives_kept(CXCursor def) {
    unsigned b, e;
    if (cursor_exp(def, &b, &e)) check_directives_in(b, e);
}

void check_directives_in(unsigned b, unsigned e) {
    for (int i = 0; i < g_directives.n; i++) {
        directive *d = g_directives.v[i];
        if (b <= d->b && d->e <= e && !d->kept)
            diag_off(d->b, "this preprocessing directive is inside a statement that the translator "
                           "rewrites; move it between statements");
    }
}

void emit_frame_function(buf *o, fnctx *fx, const char *head, const char *fields, const frame_shape *head_shape,
                         const char *inits) {
    const char *name = fx->fn->name;
    /* where --frame-sizes and -Wasyncc-frame-size place it: the function's
     * name, an inline body's '{' */
    loc at = {0};
    if (!fx->is_body && !clang_Cursor_isNull(fx->fn->def)) at = loc_of(clang_getCursorLocation(fx->fn->def));
    note_frame(name, at.in_main ? (at.direct ? at.off : at.exp) : fx->body ? fx->body->xb : 0, head_shape,
               &fx->fields_shape, &fx->temps_shape);
    if (fx->prelude.len) buf_printf(o, "%s", fx->prelude.s);
    buf_printf(o, "struct %s__ac_frame {\n    ac_frame hdr;\n%s", name, fields);
    if (fx->fields.len) buf_puts(o, fx->fields.s);
    if (fx->temps.len) buf_puts(o, fx->temps.s);
    buf_printf(o, "};\nstatic ac_status %s__ac_resume(ac_frame *ac__f);\n", name);
    buf_printf(o, "static const ac_frame_site %s__ac_site = {\"", name);
    for (const char *p = g_src.path; *p; p++) {
        if (*p == '"' || *p == '\\') buf_put(o, "\\", 1);
        buf_put(o, p, 1);
    }
    buf_printf(o, "\", \"%s\"};\n", name);
    /* a const-qualified result type: ac__res points to const */
    bool const_res = !fx->fn->inline_body && !fx->fn->is_void &&
                     clang_isConstQualifiedType(clang_getResultType(clang_getCursorType(fx->fn->decl)));
    buf_printf(o, "%s {\n    struct %s__ac_frame *ac__fr = ac__frame_push(ac__co, sizeof *ac__fr, _Alignof(struct %s__ac_frame), %s__ac_resume, %sac__res);\n"
                  "    if (!ac__fr) return 0;\n    ac__fr->hdr.site = &%s__ac_site;\n%s",
               head, name, name, name, const_res ? "(void *)" : "", name, inits);
    buf_printf(o, "    return &ac__fr->hdr;\n}\n");
    /* the user's code in it names the user's function, as it did before
     * (an inline body's, the function it is written in), macros included */
    static const char *const func_names[] = {"__func__", "__FUNCTION__", "__PRETTY_FUNCTION__"};
    for (int i = 0; i < 3; i++) buf_printf(o, "#define %s \"%s\"\n", func_names[i], fx->user_name);
    buf_printf(o, "static ac_status %s__ac_resume(ac_frame *ac__f) {\n", name);
    buf_printf(o, "    struct %s__ac_frame *ac__fr = (struct %s__ac_frame *)ac__f;\n", name, name);
    emit_dispatch(o, fx);
    buf_puts(o, fx->out.s ? fx->out.s : "");
    buf_newline(o);
    buf_puts(o, "    return AC_DONE;\n}\n");
    for (int i = 0; i < 3; i++) buf_printf(o, "#undef %s\n", func_names[i]);
}

static char *translate_function(sfn *f) {
    fnctx fx = {0};
    fx.fn = f;
    fx.user_fn = f->def;
    fx.user_name = f->name;
    fx.user_suspend = true;
    fx.body = build_function(f->def, &fx);
    if (!fx.body) return xstrdup("");
    analyze_function(&fx);
    translate_bodies(&fx);
    collect_renames(fx.body);
    lower_function(&fx);
    check_directives_kept(f->def);
    buf o = {0};
    char *head = constructor_head(f);
    /* inline bodies first; they may call this function */
    if (fx.bodies.len) buf_printf(&o, "%s;\n%s", head, fx.bodies.s);
    buf fields = {0}, inits = {0};
    frame_shape shape = {0};
    CXType ft = clang_getCursorType(f->def);
    for (int i = 0; i < fx.params.n; i++) {
        var *v = fx.params.v[i];
        CXType pt = clang_getArgType(ft, (unsigned)i);
        char *ts = param_type(pt);
        buf_printf(&fields, "    __typeof__(%s) %s;\n", ts ? ts : "int", v->field);
        add_param_shape(&shape, v->field, pt);
        /* a struct or union with a const member cannot be assigned */
        if (clang_getCanonicalType(pt).kind == CXType_Record)
            buf_printf(&inits, "    memcpy((void *)&ac__fr->%s, (const void *)&ac_p%d, sizeof ac__fr->%s);\n",
                       v->field, i, v->field);
        else
            buf_printf(&inits, "    ac__fr->%s = ac_p%d;\n", v->field, i);
        free(ts);
    }
    emit_frame_function(&o, &fx, head, fields.s ? fields.s : "", &shape, inits.s ? inits.s : "");
    shape_free(&shape);
    shape_free(&fx.fields_shape);
    shape_free(&fx.temps_shape);
    free(head);
    buf_free(&fields);
    buf_free(&inits);
    buf_free(&fx.fields);
    buf_free(&fx.temps);
    buf_free(&fx.prelude);
    buf_free(&fx.out);
    buf_free(&fx.bodies);
    return o.s;
}

/* ---- builders and suspend calls in ordinary code ---- */

static bool null_constant(CXCursor c) {
    CXEvalResult r = clang_Cursor_Evaluate(c);
    if (!r) return false;
    bool z = clang_EvalResult_getKind(r) == CXEval_Int && clang_EvalResult_getAsLongLong(r) == 0;
    clang_EvalResult_dispose(r);
    return z;
}

void check_out(node *out, sfn *f) {
    node *o = out;
    while ((o->kind == N_IMPLICIT || o->kind == N_PAREN) && o->nkid == 1) o = o->kid[0];
    node *z = o; /* NULL is ((void *)0) */
    while ((z->kind == N_IMPLICIT || z->kind == N_PAREN || z->kind == N_CAST) && z->nkid >= 1)
        z = z->kid[z->nkid - 1];
    if (null_constant(z->cur)) return;
    CXType t = clang_getCanonicalType(clang_getCursorType(o->cur));
    out = o; /* point at what the user wrote */
    if (f->is_void) {
        if (f->inline_body)
            diag_at(out->cur, "the inline body has no value (its last statement is not an expression, or "
                              "is void): pass NULL as the result pointer");
        else
            diag_at(out->cur, "'%s' returns void: pass NULL as the result pointer", f->name);
        return;
    }
    if (t.kind != CXType_Pointer) {
        if (f->inline_body)
            diag_at(out->cur, "the result pointer must be a pointer to '%s', the type of the inline body's value",
                    f->rtype);
        else
            diag_at(out->cur, "the result pointer must be a pointer to '%s', the result type of '%s'", f->rtype,
                    f->name);
        return;
    }
    CXType pt = clang_getUnqualifiedType(clang_getCanonicalType(clang_getPointeeType(t)));
    CXType rt = clang_getUnqualifiedType(clang_getCanonicalType(
        f->inline_body ? f->body_type : clang_getResultType(clang_getCursorType(f->decl))));
    if (pt.kind != CXType_Void && !clang_equalTypes(pt, rt)) {
        char *ps = type_spelling(clang_getPointeeType(t));
        if (f->inline_body)
            diag_at(out->cur, "the result pointer points to '%s', but the inline body's value has type '%s'", ps,
                    f->rtype);
        else
            diag_at(out->cur, "the result pointer points to '%s', but '%s' returns '%s'", ps, f->name, f->rtype);
        free(ps);
    }
}

/* Newlines in [b, e) of the input. */
static unsigned newlines_in(unsigned b, unsigned e) {
    unsigned n = 0;
    for (unsigned i = b; i < e; i++) n += g_src.text[i] == '\n';
    return n;
}

/* The offset just past the parenthesis that closes the one at `open`
 * (comments and literals skipped), or 0 if it is not closed. */
static unsigned after_closing_paren(unsigned open) {
    int depth = 0;
    for (unsigned i = open; i < g_src.size; i++) {
        unsigned j = skip_non_code(i, g_src.size);
        if (j != i) {
            i = j;
        } else if (g_src.text[i] == '(') {
            depth++;
        } else if (g_src.text[i] == ')' && --depth == 0) {
            return i + 1;
        }
    }
    return 0;
}

/* The end of the macro invocation whose name starts at b: past its
 * argument list, or past the name of an object-like macro. */
static unsigned invocation_extent(unsigned b) {
    unsigned e = b;
    while (e < g_src.size && is_ident_char(g_src.text[e])) e++;
    unsigned p = e;
    while (p < g_src.size && isspace((unsigned char)g_src.text[p])) p++;
    unsigned close = p < g_src.size && g_src.text[p] == '(' ? after_closing_paren(p) : 0;
    return close ? close : e;
}

/* The end of a call of one of asyncc.h's builder macros written at b (its
 * name through the closing parenthesis), or 0 if there is none. */
static unsigned builder_macro_call_at(unsigned b) {
    static const char *const names[] = {"ac_run_blocking_ctx", "ac_run_blocking", "ac_run_test",
                                        "ac_launch_ctx", "ac_launch", "ac_async_ctx", "ac_async"};
    if (b > 0 && is_ident_char(g_src.text[b - 1])) return 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t len = strlen(names[i]);
        if (b + len > g_src.size || memcmp(g_src.text + b, names[i], len)) continue;
        if (is_ident_char(g_src.text[b + len])) continue;
        unsigned p = b + (unsigned)len;
        while (p < g_src.size && isspace((unsigned char)g_src.text[p])) p++;
        return p < g_src.size && g_src.text[p] == '(' ? after_closing_paren(p) : 0;
    }
    return 0;
}

/* The text a builder in ordinary code is rewritten in: its expansion
 * range, when that is the builder macro's call.  When the builder sits in
 * another macro's arguments (assert(ac_run_blocking(...) == NULL)), its
 * expansion is that macro's invocation, and its text the one builder
 * macro call written in the invocation.  false when there is none (the
 * builder is in the macro's body) or more than one. */
static bool builder_text_range(const node *n, unsigned *b, unsigned *e) {
    if (builder_macro_call_at(n->xb)) {
        *b = n->xb;
        *e = n->xe;
        return true;
    }
    unsigned end = invocation_extent(n->xb), found = 0;
    for (unsigned i = n->xb; i < end; i++) {
        unsigned ce = builder_macro_call_at(i);
        if (!ce) continue;
        if (found++) return false;
        *b = i;
        *e = ce;
        i = ce - 1;
    }
    return found == 1;
}

/* Builder texts already rewritten in ordinary code.  A macro that expands
 * an argument twice (glibc's assert: once under sizeof, once evaluated)
 * shows the same builder text as two cursors; the text is rewritten once,
 * and the macro then expands the rewritten argument as often as it did. */
typedef struct {
    unsigned b, e;
    bool detached;
} builder_site;
static vec g_builder_sites;

/* true when [b, e) was rewritten already (nothing more to do). */
static bool builder_site_seen(CXCursor c, unsigned b, unsigned e, bool detached) {
    for (int i = 0; i < g_builder_sites.n; i++) {
        builder_site *s = g_builder_sites.v[i];
        if (s->b != b || s->e != e) continue;
        if (s->detached != detached)
            diag_at(c, "this builder is expanded twice by a macro, once with its value used and once "
                       "not; write it outside the macro");
        return true;
    }
    builder_site *s = xmalloc(sizeof *s);
    *s = (builder_site){b, e, detached};
    vec_push(&g_builder_sites, s);
    return false;
}

static void rewrite_builder(CXCursor c, bool detached, CXCursor top) {
    fnctx fx = {0};
    node *n = build_expr(&fx, c);
    if (n->kind != N_BUILDER) return;
    unsigned xb = 0, xe = 0;
    if (!builder_text_range(n, &xb, &xe)) {
        diag_at(c, "ac_%s in the body of a macro cannot be translated in ordinary code (only in its "
                   "arguments, once per invocation); write the builder outside the macro, or move "
                   "the code into a suspend function", n->builder);
        return;
    }
    if (builder_site_seen(c, xb, xe, detached)) return;
    bool rb = builder_is_rb(n);
    int ci = builder_call_index(n);
    node *call = builder_call(n);
    if (!call) return;
    ibody *ib = call->kind == N_STMTEXPR ? ordinary_body(n, call, top) : NULL;
    if (call->kind == N_STMTEXPR && !ib) return; /* diagnosed */
    sfn *callee = ib ? &ib->fn : call->callee;
    callee->used = true;
    char *pre[3] = {NULL, NULL, NULL};
    for (int i = 0; i < ci; i++) pre[i] = lower_expr_text(&fx, n->kid[i]);
    buf args = {0};
    if (ib) {
        char *a = body_args(NULL, ib);
        if (*a) buf_printf(&args, ", %s", a);
        free(a);
    }
    for (int i = 0; !ib && i < call->nkid; i++) {
        char *a = lower_expr_text(&fx, call->kid[i]);
        buf_printf(&args, ", %s", a);
        free(a);
    }
    char *size = result_size(callee);
    char *text;
    if (rb) {
        check_out(n->kid[ci + 1], callee);
        char *out = lower_expr_text(&fx, n->kid[ci + 1]);
        text = xprintf("ac__run_blocking(%s, %s__ac_new(ac__coro_lazy(%s), 0%s), %s, %s)", ci ? pre[0] : "0",
                       callee->name, size, args.s ? args.s : "", out, size);
        free(out);
    } else {
        text = xprintf("ac__%s(%s, %s, %s, %d, %s__ac_new(ac__coro_lazy(%s), 0%s))", n->builder, pre[0], pre[1],
                       pre[2], detached, callee->name, size, args.s ? args.s : "");
    }
    if (fx.out.len) diag_at(c, "a builder's arguments in ordinary code cannot contain suspension points");
    /* the code after the builder stays on its line and column: the builder
     * may span lines (an inline body), and it may sit in a macro's
     * arguments, where a #line directive cannot go */
    unsigned nl = newlines_in(xb, xe);
    if (nl) {
        unsigned line, col;
        src_line_col(xe, &line, &col);
        buf t = {0};
        buf_puts(&t, text);
        for (unsigned i = 0; i < nl; i++) buf_puts(&t, "\n");
        for (unsigned i = 1; i < col; i++) buf_puts(&t, " ");
        free(text);
        text = t.s;
    }
    add_repl(xb, xe, text)->keeps_lines = true;
    for (int i = 0; i < 3; i++) free(pre[i]);
    free(size);
    buf_free(&args);
}

/* The ancestors of a cursor in ordinary code, innermost first. */
typedef struct anc {
    CXCursor c;
    const struct anc *up;
} anc;

typedef struct kid_pos {
    CXCursor kid;
    int at, n;
} kid_pos;

static enum CXChildVisitResult kid_pos_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    kid_pos *k = data;
    if (clang_equalCursors(c, k->kid)) k->at = k->n;
    k->n++;
    return CXChildVisit_Continue;
}

/* The value of expression c, whose ancestors are `up`, is discarded (as
 * value_discarded, for ordinary code, which has no IR). */
static bool cursor_discarded(CXCursor c, const anc *up) {
    while (up && (up->c.kind == CXCursor_ParenExpr || up->c.kind == CXCursor_UnexposedExpr)) {
        c = up->c;
        up = up->up;
    }
    if (!up) return false;
    CXCursor p = up->c;
    kid_pos k = {c, -1, 0};
    clang_visitChildren(p, kid_pos_visit, &k);
    switch (p.kind) {
    case CXCursor_CStyleCastExpr: return clang_getCanonicalType(clang_getCursorType(p)).kind == CXType_Void;
    case CXCursor_BinaryOperator:
        if (clang_getCursorBinaryOperatorKind(p) != CXBinaryOperator_Comma) return false;
        return k.at == 0 || cursor_discarded(p, up->up);
    case CXCursor_CompoundStmt:
        return !(up->up && up->up->c.kind == CXCursor_StmtExpr && k.at == k.n - 1);
    case CXCursor_LabelStmt: case CXCursor_DefaultStmt: return true;
    case CXCursor_CaseStmt: case CXCursor_ForStmt: return k.at == k.n - 1;
    case CXCursor_IfStmt: case CXCursor_SwitchStmt: return k.at > 0;
    case CXCursor_WhileStmt: return k.at == 1;
    case CXCursor_DoStmt: return k.at == 0;
    default: return false;
    }
}

/* A try/throw marker or scope block in ordinary code: one error for each
 * try statement (its catch and finally markers are inside it). */
static void ordinary_marker(CXCursor c, const anc *up, const char *name, const char *macro) {
    static unsigned skip_b, skip_e;
    unsigned b, e;
    if (!cursor_exp(c, &b, &e)) b = e = 0;
    if (b >= skip_b && b < skip_e && strcmp(name, "ac__try_marker")) return;
    skip_b = b;
    skip_e = b + 1;
    if (!strcmp(name, "ac__try_marker"))
        for (const anc *a = up; a; a = a->up)
            if (a->c.kind == CXCursor_IfStmt) {
                unsigned ib, ie;
                if (cursor_exp(a->c, &ib, &ie)) skip_e = ie;
                break;
            }
    diag_at(c, "%s can only be used in a suspend function", macro);
}

static enum CXChildVisitResult ordinary_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    const anc *up = data;
    if (is_builder_call(c, NULL)) {
        const anc *top = up;
        while (top && top->up) top = top->up;
        rewrite_builder(c, cursor_discarded(c, up), top ? top->c : c);
        return CXChildVisit_Continue;
    }
    anc me = {c, up};
    char *name = direct_callee_name(c);
    const char *macro = marker_macro(name);
    if (macro) ordinary_marker(c, up, name, macro);
    free(name);
    sfn *f = c.kind == CXCursor_CallExpr ? sfn_of_callee(c) : NULL;
    if (f) {
        diag_at(c, "suspend function '%s' called from ordinary code; start it with ac_run_blocking, "
                   "ac_launch or ac_async", f->name);
        int na = clang_Cursor_getNumArguments(c);
        for (int i = 0; i < na; i++) {
            CXCursor a = clang_Cursor_getArgument(c, (unsigned)i);
            ordinary_visit(a, c, &me);
        }
        return CXChildVisit_Continue;
    }
    if (c.kind == CXCursor_DeclRefExpr && (f = sfn_of_decl(clang_getCursorReferenced(c))))
        diag_address_taken(c, f);
    clang_visitChildren(c, ordinary_visit, &me);
    return CXChildVisit_Continue;
}

/* ---- the file ---- */

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    (void)data;
    if (!clang_Location_isFromMainFile(clang_getCursorLocation(c))) return CXChildVisit_Continue;
    unsigned b, e;
    if (cursor_exp(c, &b, &e)) g_top = b;
    sfn *f = c.kind == CXCursor_FunctionDecl ? sfn_of_decl(c) : NULL;
    if (f) {
        if (!cursor_exp(c, &b, &e)) {
            diag_at(c, "cannot locate the suspend function '%s' in the file", f->name);
            return CXChildVisit_Continue;
        }
        /* the declaration's ';' is not part of its extent */
        if (!clang_isCursorDefinition(c)) {
            while (e < g_src.size && (g_src.text[e] == ' ' || g_src.text[e] == '\t')) e++;
            if (e < g_src.size && g_src.text[e] == ';') e++;
            char *head = constructor_head(f);
            add_repl(b, e, xprintf("%s;", head));
            free(head);
        } else {
            check_signature(f);
            add_repl(b, e, translate_function(f));
        }
        return CXChildVisit_Continue;
    }
    anc top = {c, NULL};
    clang_visitChildren(c, ordinary_visit, &top);
    /* the generated functions of its inline bodies go before it */
    char *bodies = ordinary_bodies(c);
    if (bodies) add_repl(g_top, g_top, bodies);
    return CXChildVisit_Continue;
}

static int repl_cmp(const void *a, const void *b) {
    const repl *x = *(repl *const *)a, *y = *(repl *const *)b;
    if (x->b != y->b) return x->b < y->b ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static char *external_prototypes(void) {
    buf b = {0};
    for (int i = 0; i < g_sfns.n; i++) {
        sfn *f = g_sfns.v[i];
        if (f->runtime || !f->used) continue;
        if (clang_Location_isFromMainFile(clang_getCursorLocation(f->decl))) continue;
        char *head = constructor_head(f);
        buf_printf(&b, "%s;\n", head);
        free(head);
    }
    return b.s;
}

char *translate(void) {
    find_directives(0, (unsigned)g_src.size, &g_directives);
    find_suspend_functions();
    lint_file();
    clang_visitChildren(clang_getTranslationUnitCursor(g_tu), top_visit, NULL);
    if (g_repls.n) qsort(g_repls.v, (size_t)g_repls.n, sizeof(void *), repl_cmp);
    for (int i = 1; i < g_repls.n; i++) {
        repl *p = g_repls.v[i - 1], *r = g_repls.v[i];
        if (r->b < p->e) diag_off(r->b, "overlapping declarations of suspend functions cannot be rewritten");
    }
    if (g_errors) return NULL;
    char *protos = external_prototypes();
    buf o = {0};
    unsigned at = 0;
    for (int i = 0; i < g_repls.n; i++) {
        repl *r = g_repls.v[i];
        if (i == 0 && protos) {
            /* prototypes of suspend functions declared in headers, before
             * the first declaration that uses one */
            buf_put(&o, g_src.text + at, r->top - at);
            at = r->top;
            unsigned line, col;
            src_line_col(r->top, &line, &col);
            buf_newline(&o);
            buf_puts(&o, protos);
            put_line_directive(&o, line);
            for (unsigned k = 1; k < col; k++) buf_put(&o, " ", 1);
        }
        buf_put(&o, g_src.text + at, r->b - at);
        buf_puts(&o, r->text);
        unsigned line, col;
        src_line_col(r->e, &line, &col);
        if (strchr(r->text, '\n') && !r->keeps_lines) {
            put_line_directive(&o, line);
            for (unsigned k = 1; k < col; k++) buf_put(&o, " ", 1);
        }
        at = r->e;
    }
    buf_put(&o, g_src.text + at, g_src.size - at);
    free(protos);
    return o.s ? o.s : xstrdup("");
}
