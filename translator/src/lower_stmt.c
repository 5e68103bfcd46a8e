/* lower_stmt.c -- statements: control flow keeps its C shape; loops whose
 * condition suspends become for (;;) with the condition inside; try
 * statements and scope blocks become regions (lower.h) with handlers for
 * throws and exit actions that every jump out of them passes through. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower.h"

static bool needs_semi(node *n) {
    switch (n->kind) {
    case N_COMPOUND: case N_NULLSTMT: case N_DECLSTMT: case N_SCOPE:
        return false;
    case N_IF: case N_WHILE: case N_FOR: case N_SWITCH: case N_LABEL: case N_CASE: case N_DEFAULT:
        return n->nkid ? needs_semi(n->kid[n->nkid - 1]) : true;
    default:
        return true;
    }
}

static void emit_expr_stmt(fnctx *fx, char *r) {
    if (strcmp(r, "((void)0)") && !(is_simple(r) && !strncmp(r, "ac__fr->ac_t", 12))) {
        buf_newline(&fx->out);
        buf_printf(&fx->out, "%s;\n", r);
    }
    free(r);
}

static void emit_sub(fnctx *fx, node *n) {
    buf_puts(&fx->out, "{\n");
    emit_stmt(fx, n);
    buf_newline(&fx->out);
    buf_puts(&fx->out, "}\n");
}

/* ---- regions and jumps ---- */

/* A jump as the user wrote it: re-lowered at each statement whose exit
 * actions it passes through. */
typedef struct jump {
    nkind kind;          /* N_RETURN, N_BREAK, N_CONTINUE, N_GOTO */
    node *target;        /* break/continue: the loop or switch; goto: the label */
    char *label;         /* goto: the label's name */
} jump;

static region *region_at(fnctx *fx, int depth) { return depth > 0 ? fx->regions.v[depth - 1] : NULL; }

const char *handler_label(fnctx *fx) {
    region *r = region_at(fx, fx->regions.n);
    if (!r) return NULL;
    r->label_used = true;
    return r->label;
}

char *throw_jump(fnctx *fx) {
    const char *h = handler_label(fx);
    return h ? xprintf("goto %s;", h) : xstrdup("return AC_THROW;");
}

char *fail_stmt(fnctx *fx, const char *call) {
    const char *h = handler_label(fx);
    return h ? xprintf("{ (void)%s; goto %s; }", call, h) : xprintf("return %s;", call);
}

void emit_throw(fnctx *fx, const char *err, unsigned line) {
    char *call = xprintf("ac__throw(&ac__fr->hdr, %s, ac__fr->hdr.site->file, %u)", err, line);
    char *st = fail_stmt(fx, call);
    buf_newline(&fx->out);
    buf_printf(&fx->out, "%s\n", st);
    free(st);
    free(call);
}

/* Handler labels: ac_hN for a try block or a scope block, ac_kN for a
 * catch block, ac_gN for a finally block. */
static region *push_region(fnctx *fx, rkind kind, rstmt *st, node *area) {
    static const char letter[] = {[R_TRY] = 'h', [R_CATCH] = 'k', [R_FINALLY] = 'g', [R_SCOPE] = 'h'};
    region *r = xcalloc(1, sizeof *r);
    r->kind = kind;
    r->st = st;
    r->area = area;
    snprintf(r->label, sizeof r->label, "ac_%c%d", letter[kind], st->id);
    vec_push(&fx->regions, r);
    return r;
}

static void pop_region(fnctx *fx) { fx->regions.n--; }

static rstmt *new_rstmt(fnctx *fx, node *n) {
    rstmt *st = xcalloc(1, sizeof *st);
    st->n = n;
    st->id = n->id = ++fx->nlabels;
    return st;
}

static bool exits(jump *j, region *r) {
    switch (j->kind) {
    case N_RETURN: return true;
    case N_GOTO: return j->target && !node_contains(r->area, j->target);
    default: return j->target && node_contains(j->target, r->area);
    }
}

/* The pending action that stands for jump j after st's finally block or
 * scope exit: 0 is none (fall through), 1 a pending throw, k + 2 the
 * statement's jump k. */
static int pending_code(rstmt *st, jump *j) {
    for (int i = 0; i < st->pending.n; i++) {
        jump *p = st->pending.v[i];
        if (p->kind == j->kind && p->target == j->target) return i + 2;
    }
    jump *c = xmalloc(sizeof *c);
    *c = *j;
    vec_push(&st->pending, c);
    return st->pending.n + 1;
}

static void plain_jump(fnctx *fx, jump *j) {
    buf_newline(&fx->out);
    switch (j->kind) {
    case N_RETURN: buf_puts(&fx->out, "return AC_DONE;\n"); break;
    case N_GOTO: buf_printf(&fx->out, "goto %s;\n", j->label); break;
    case N_CONTINUE:
        if (j->target && j->target->lowered_loop) {
            j->target->label_used = true;
            buf_printf(&fx->out, "goto ac_c%d;\n", j->target->id);
        } else {
            buf_puts(&fx->out, "continue;\n");
        }
        break;
    default: buf_puts(&fx->out, "break;\n"); break;
    }
}

/* Lowers jump j at a position inside the first `depth` regions: the
 * exit actions of each region it leaves, innermost first, then the jump.
 * A finally block or a scope's exit runs as code of its own statement:
 * the jump becomes a pending action there, re-lowered after it. */
static void lower_jump(fnctx *fx, jump *j, int depth) {
    region *r = region_at(fx, depth);
    if (!r || !exits(j, r)) {
        plain_jump(fx, j);
        return;
    }
    rstmt *st = r->st;
    int k = st->id;
    buf_newline(&fx->out);
    switch (r->kind) {
    case R_CATCH:
        buf_printf(&fx->out, "ac_error_release(ac__fr->%s);\n", st->n->catch_var->field);
        /* fall through */
    case R_TRY:
        if (!st->n->finally_body) {
            lower_jump(fx, j, depth - 1);
            break;
        }
        st->finally_used = true;
        buf_printf(&fx->out, "ac__fr->ac_p%d = %d; goto ac_f%d;\n", k, pending_code(st, j), k);
        break;
    case R_FINALLY:
        /* a jump out of a finally block discards the pending error */
        if (st->may_throw) buf_printf(&fx->out, "if (ac__fr->ac_p%d == 1) ac_error_release(ac__fr->ac_e%d);\n", k, k);
        lower_jump(fx, j, depth - 1);
        break;
    case R_SCOPE:
        if ((j->kind == N_BREAK || j->kind == N_CONTINUE) && j->target == st->n)
            buf_printf(&fx->out, "goto ac_e%d;\n", k); /* leaves the block: nothing pending */
        else
            buf_printf(&fx->out, "ac__fr->ac_p%d = %d; goto ac_e%d;\n", k, pending_code(st, j), k);
        break;
    }
}

/* After a finally block or a scope's exit: the pending jumps, each lowered
 * again at the statement's position. */
static void emit_pending(fnctx *fx, rstmt *st) {
    for (int i = 0; i < st->pending.n; i++) {
        buf_newline(&fx->out);
        buf_printf(&fx->out, "if (ac__fr->ac_p%d == %d) {\n", st->id, i + 2);
        lower_jump(fx, st->pending.v[i], fx->regions.n);
        buf_newline(&fx->out);
        buf_puts(&fx->out, "}\n");
    }
}

/* Stores the function's result r through hdr.result.  A struct or union
 * (it may have a const member) or a const-qualified result type cannot be
 * assigned: it is initialized into a local and copied. */
static void store_result(fnctx *fx, const char *r) {
    CXType t = fx->fn->inline_body ? fx->fn->body_type : clang_getResultType(clang_getCursorType(fx->fn->decl));
    if (clang_getCanonicalType(t).kind == CXType_Record || clang_isConstQualifiedType(t) ||
        clang_isConstQualifiedType(clang_getCanonicalType(t)))
        buf_printf(&fx->out,
                   "{ __typeof__(%s) ac__rv = %s; memcpy(ac__fr->hdr.result, (const void *)&ac__rv, sizeof ac__rv); }\n",
                   fx->fn->rtype, r);
    else
        buf_printf(&fx->out, "*(__typeof__(%s) *)ac__fr->hdr.result = %s;\n", fx->fn->rtype, r);
}

static void emit_return(fnctx *fx, node *n) {
    if (n->nkid) {
        char *r = lower_expr(fx, n->kid[0]);
        buf_newline(&fx->out);
        if (fx->fn->is_void) buf_printf(&fx->out, "(void)(%s);\n", r);
        else store_result(fx, r);
        free(r);
    }
    jump j = {N_RETURN, NULL, NULL};
    lower_jump(fx, &j, fx->regions.n);
}

static void emit_jump(fnctx *fx, node *n) {
    jump j = {n->kind, jump_target(n, n->kind == N_CONTINUE), NULL};
    lower_jump(fx, &j, fx->regions.n);
}

static void emit_goto(fnctx *fx, node *n) {
    char *name = cursor_spelling(clang_getCursorReferenced(n->cur));
    jump j = {N_GOTO, goto_target(fx, n), name};
    lower_jump(fx, &j, fx->regions.n);
}

static void emit_loop_cond(fnctx *fx, node *cond) {
    char *c = lower_expr(fx, cond);
    buf_newline(&fx->out);
    buf_printf(&fx->out, "if (!(%s)) break;\n", c);
    free(c);
}

static void emit_while(fnctx *fx, node *n) {
    n->id = ++fx->nlabels;
    if (n->kid[0]->blocks_text) {
        buf_puts(&fx->out, "for (;;) {\n");
        emit_loop_cond(fx, n->kid[0]);
    } else {
        char *c = lower_expr(fx, n->kid[0]);
        buf_printf(&fx->out, "while (%s) {\n", c);
        free(c);
    }
    emit_stmt(fx, n->kid[1]);
    buf_newline(&fx->out);
    buf_puts(&fx->out, "}\n");
}

static void emit_do(fnctx *fx, node *n) {
    n->id = ++fx->nlabels;
    if (!n->lowered_loop && !n->kid[1]->blocks_text) {
        buf_puts(&fx->out, "do {\n");
        emit_stmt(fx, n->kid[0]);
        char *c = lower_expr(fx, n->kid[1]);
        buf_newline(&fx->out);
        buf_printf(&fx->out, "} while (%s);\n", c);
        free(c);
        return;
    }
    n->lowered_loop = true;
    buf_puts(&fx->out, "for (;;) {\n");
    emit_stmt(fx, n->kid[0]);
    buf_newline(&fx->out);
    if (n->label_used) buf_printf(&fx->out, "ac_c%d:;\n", n->id);
    emit_loop_cond(fx, n->kid[1]);
    buf_puts(&fx->out, "}\n");
}

static void emit_for(fnctx *fx, node *n) {
    n->id = ++fx->nlabels;
    buf_puts(&fx->out, "{\n");
    if (n->for_init) {
        if (n->for_init->kind == N_DECLSTMT) emit_decl(fx, n->for_init);
        else emit_expr_stmt(fx, lower_expr(fx, n->for_init));
    }
    bool lowered = n->lowered_loop || (n->for_cond && n->for_cond->blocks_text) ||
                   (n->for_inc && n->for_inc->blocks_text);
    n->lowered_loop = lowered;
    buf_newline(&fx->out);
    if (!lowered) {
        char *c = n->for_cond ? lower_expr(fx, n->for_cond) : xstrdup("");
        char *i = n->for_inc ? lower_expr(fx, n->for_inc) : xstrdup("");
        buf_printf(&fx->out, "for (; %s; %s) {\n", c, i);
        free(c);
        free(i);
        emit_stmt(fx, n->body);
        buf_newline(&fx->out);
        buf_puts(&fx->out, "}\n}\n");
        return;
    }
    buf_puts(&fx->out, "for (;;) {\n");
    if (n->for_cond) emit_loop_cond(fx, n->for_cond);
    emit_sub(fx, n->body);
    if (n->label_used) buf_printf(&fx->out, "ac_c%d:;\n", n->id);
    if (n->for_inc) emit_expr_stmt(fx, lower_expr(fx, n->for_inc));
    buf_newline(&fx->out);
    buf_puts(&fx->out, "}\n}\n");
}

static var *scope_var(node *n) {
    node *ds = n->kid[0];
    for (int i = 0; i < ds->nkid; i++)
        if (ds->kid[i]->kind == N_VAR) return ds->kid[i]->v;
    return NULL;
}

/* A scope block:  for (ac_scope *s = ac__scope_builder(KIND, ctx, ms, ok); s; s = 0) body
 *
 *     ac__fr->ac_pN = 0;
 *     { int ac__so = ac__scope_open(&ac__fr->ac_sN, &ac__fr->hdr, KIND, ctx, ms, ok);
 *       if (ac__so < 0) <to the enclosing handler>
 *       if (ac__so == 0) goto ac_eN; }
 *     ac__fr->s = ac__fr->ac_sN;
 *     { body }                 a throw: goto ac_hN; a jump out: ac_pN = k; goto ac_eN;
 *     goto ac_eN;
 *     ac_hN:; ac__scope_fail(ac__fr->ac_sN, &ac__fr->hdr);
 *     ac_eN:;
 *     ac__scope_join(ac__fr->ac_sN)         (a suspension point)
 *     ac__scope_close: AC_THROW -> the enclosing handler
 *     if (ac__fr->ac_pN == k) { the jump, lowered here }
 */
static void emit_scope(fnctx *fx, node *n) {
    var *s = n->nkid ? scope_var(n) : NULL;
    node *call = NULL;
    for (int i = 0; s && i < n->kid[0]->nkid; i++)
        if (n->kid[0]->kid[i]->kind == N_VAR && n->kid[0]->kid[i]->init) call = strip(n->kid[0]->kid[i]->init);
    if (!s || !n->body || !call || call->kind != N_CALL || call->nkid != 5) {
        diag_at(n->cur, "malformed scope block: write ac_coroutine_scope(s) { ... }");
        return;
    }
    rstmt *st = new_rstmt(fx, n);
    int k = st->id;
    buf_printf(&fx->fields, "    ac_scope *%s;\n", s->field);
    buf_printf(&fx->temps, "    ac_scope *ac_s%d;\n    int ac_p%d;\n", k, k);
    shape_add_named(&fx->fields_shape, s->field, "ac_scope *");
    char nm[32];
    snprintf(nm, sizeof nm, "ac_s%d", k);
    shape_add_named(&fx->temps_shape, nm, "ac_scope *");
    snprintf(nm, sizeof nm, "ac_p%d", k);
    shape_add_named(&fx->temps_shape, nm, "int");
    char *a[4];
    for (int i = 0; i < 4; i++) a[i] = lower_expr(fx, call->kid[i + 1]);
    char *tj = throw_jump(fx);
    /* ac_with_context may switch dispatcher: open then asks the frame to
     * suspend, a suspension point of its own (the other kinds never do) */
    static const char *const fixed[] = {"AC__SCOPE_COROUTINE", "AC__SCOPE_SUPERVISOR", "AC__SCOPE_TIMEOUT",
                                        "AC__SCOPE_TIMEOUT_OR_NULL"};
    bool may_switch = true;
    for (int i = 0; i < 4; i++) may_switch &= strcmp(a[0], fixed[i]) != 0;
    int hop = may_switch ? ++fx->nstates : 0;
    buf_newline(&fx->out);
    buf_printf(&fx->out,
               "ac__fr->ac_p%d = 0;\n"
               "{ int ac__so = ac__scope_open(&ac__fr->ac_s%d, &ac__fr->hdr, %s, %s, %s, %s);\n"
               "  if (ac__so < 0) %s\n"
               "  if (ac__so == 0) goto ac_e%d;",
               k, k, a[0], a[1], a[2], a[3], tj, k);
    if (hop)
        buf_printf(&fx->out,
                   "\n  if (ac__so == 2) { ac__fr->hdr.state = %d; ac__fr->hdr.line = %u; return AC_SUSPENDED; } }\n"
                   "ac_L%d:;\n",
                   hop, n->line, hop);
    else
        buf_puts(&fx->out, " }\n");
    buf_printf(&fx->out, "ac__fr->%s = ac__fr->ac_s%d;\n", s->field, k);
    free(tj);
    for (int i = 0; i < 4; i++) free(a[i]);
    region *r = push_region(fx, R_SCOPE, st, n);
    if (hop) {
        char *bj = throw_jump(fx);
        buf_printf(&fx->out, "if (ac__scope_entered(ac__fr->ac_s%d, &ac__fr->hdr) < 0) %s\n", k, bj);
        free(bj);
    }
    emit_sub(fx, n->body);
    pop_region(fx);
    line_directive(fx, n->line);
    if (r->label_used)
        buf_printf(&fx->out, "goto ac_e%d;\n%s:;\nac__scope_fail(ac__fr->ac_s%d, &ac__fr->hdr);\n", k, r->label, k);
    buf_printf(&fx->out, "ac_e%d:;\n", k);
    char *arg = xprintf("ac__fr->ac_s%d", k);
    free(emit_suspend_call(fx, "ac__scope_join", true, "void", NO_TYPE, arg, n->line));
    free(arg);
    const char *h = handler_label(fx);
    buf_printf(&fx->out, "{ ac_status ac__st = ac__scope_close(ac__fr->ac_s%d, &ac__fr->hdr); if (ac__st != AC_DONE) ", k);
    if (h) buf_printf(&fx->out, "goto %s; }\n", h);
    else buf_puts(&fx->out, "return ac__st; }\n");
    emit_pending(fx, st);
}

/* Sends a normal end of the try or catch block to the finally block, or
 * past the statement. */
static void goto_after(fnctx *fx, rstmt *st) {
    buf_newline(&fx->out);
    if (st->n->finally_body) {
        st->finally_used = true;
        buf_printf(&fx->out, "goto ac_f%d;\n", st->id);
    } else {
        st->done_used = true;
        buf_printf(&fx->out, "goto ac_d%d;\n", st->id);
    }
}

/* ac_try { T } ac_catch (e) { C } ac_finally { F }:
 *
 *     ac__fr->ac_pN = 0;                         pending action: 0 none, 1 throw, k + 2 jump k
 *     { T }                                      a throw: goto ac_hN;  a jump out: ac_pN = k; goto ac_fN;
 *     goto ac_fN;
 *     ac_hN:; ac__fr->e = ac__catch(&ac__fr->hdr);
 *     { C }                                      a throw: goto ac_kN;  a jump out: release e, then as in T
 *     ac_error_release(ac__fr->e); goto ac_fN;
 *     ac_kN:; ac_error_release(ac__fr->e);
 *     ac__fr->ac_eN = ac__catch(&ac__fr->hdr); ac__fr->ac_pN = 1;
 *     ac_fN:;
 *     { F }                                      a throw: goto ac_gN;  a jump out: release ac_eN, jump
 *     if (ac__fr->ac_pN == 1) <rethrow ac_eN to the enclosing handler>
 *     if (ac__fr->ac_pN == k + 2) { jump k, lowered here }
 *     goto ac_dN;
 *     ac_gN:; release ac_eN if pending; <to the enclosing handler>
 *     ac_dN:;
 *
 * Without a finally block, the catch block's exits go on at once; without
 * a catch block, a throw in T goes to F with the error pending.  Labels
 * nothing jumps to are left out. */
static void emit_try(fnctx *fx, node *n) {
    rstmt *st = new_rstmt(fx, n);
    int k = st->id;
    bool fin = n->finally_body != NULL;
    if (fin) {
        buf_printf(&fx->temps, "    int ac_p%d;\n    ac_error *ac_e%d;\n", k, k);
        char nm[32];
        snprintf(nm, sizeof nm, "ac_p%d", k);
        shape_add_named(&fx->temps_shape, nm, "int");
        snprintf(nm, sizeof nm, "ac_e%d", k);
        shape_add_named(&fx->temps_shape, nm, "ac_error *");
        buf_newline(&fx->out);
        buf_printf(&fx->out, "ac__fr->ac_p%d = 0;\n", k);
    }
    region *rt = push_region(fx, R_TRY, st, n->body);
    emit_sub(fx, n->body);
    pop_region(fx);
    if (n->catch_body && n->catch_var) {
        const char *e = n->catch_var->field;
        buf_printf(&fx->fields, "    ac_error *%s;\n", e);
        shape_add_named(&fx->fields_shape, e, "ac_error *");
        line_directive(fx, n->catch_line);
        goto_after(fx, st);
        if (rt->label_used) buf_printf(&fx->out, "%s:;\n", rt->label);
        buf_printf(&fx->out, "ac__fr->%s = ac__catch(&ac__fr->hdr);\n", e);
        region *rc = push_region(fx, R_CATCH, st, n->catch_body);
        emit_sub(fx, n->catch_body);
        pop_region(fx);
        line_directive(fx, n->catch_line);
        buf_printf(&fx->out, "ac_error_release(ac__fr->%s);\n", e);
        if (rc->label_used) {
            goto_after(fx, st);
            buf_printf(&fx->out, "%s:;\nac_error_release(ac__fr->%s);\n", rc->label, e);
            if (fin) {
                st->may_throw = true;
                buf_printf(&fx->out, "ac__fr->ac_e%d = ac__catch(&ac__fr->hdr); ac__fr->ac_p%d = 1;\n", k, k);
            } else {
                char *tj = throw_jump(fx);
                buf_printf(&fx->out, "%s\n", tj);
                free(tj);
            }
        }
    } else if (fin && rt->label_used) {
        line_directive(fx, n->finally_line);
        goto_after(fx, st);
        st->may_throw = true;
        buf_printf(&fx->out, "%s:;\nac__fr->ac_e%d = ac__catch(&ac__fr->hdr); ac__fr->ac_p%d = 1;\n", rt->label, k, k);
    }
    if (fin) {
        line_directive(fx, n->finally_line);
        if (st->finally_used) buf_printf(&fx->out, "ac_f%d:;\n", k);
        region *rf = push_region(fx, R_FINALLY, st, n->finally_body);
        emit_sub(fx, n->finally_body);
        pop_region(fx);
        line_directive(fx, n->finally_line);
        if (st->may_throw) {
            char *call = xprintf("ac__throw(&ac__fr->hdr, ac__fr->ac_e%d, ac__fr->hdr.site->file, %u)", k, n->finally_line);
            char *fs = fail_stmt(fx, call);
            buf_printf(&fx->out, "if (ac__fr->ac_p%d == 1) %s\n", k, fs);
            free(fs);
            free(call);
        }
        emit_pending(fx, st);
        if (rf->label_used) {
            st->done_used = true;
            buf_newline(&fx->out);
            buf_printf(&fx->out, "goto ac_d%d;\n%s:;\n", k, rf->label);
            if (st->may_throw) buf_printf(&fx->out, "if (ac__fr->ac_p%d == 1) ac_error_release(ac__fr->ac_e%d);\n", k, k);
            char *tj = throw_jump(fx);
            buf_printf(&fx->out, "%s\n", tj);
            free(tj);
        }
    }
    buf_newline(&fx->out);
    if (st->done_used) buf_printf(&fx->out, "ac_d%d:;\n", k);
}

/* A gap may be copied when all it holds besides blanks is comments,
 * directives and code the preprocessor skipped (an inactive #if branch);
 * anything else is a token that belongs to the next statement. */
static bool only_comments_and_directives(unsigned from, unsigned to) {
    const char *t = g_src.text;
    for (unsigned i = from; i < to; i++) {
        unsigned skip = t[i] == '#' ? directive_or_skipped_end(i) : 0;
        if (skip) {
            i = skip - 1;
        } else if (t[i] == '/' && i + 1 < to && t[i + 1] == '*') {
            for (i += 2; i + 1 < to && !(t[i] == '*' && t[i + 1] == '/'); i++) {}
            i++;
        } else if (t[i] == '/' && i + 1 < to && t[i + 1] == '/') {
            while (i + 1 < to && t[i + 1] != '\n') i++;
        } else if (!strncmp(t + i, "_Pragma", 7) && (i == 0 || !is_ident_char(t[i - 1]))) {
            /* _Pragma("...") is a directive written as an operator */
            const char *close = memchr(t + i, ')', to - i);
            if (!close) return false;
            i = (unsigned)(close - t);
        } else if (!strchr(" \t\r\n\f\v;", t[i])) {
            return false;
        }
    }
    return true;
}

/* What is written between two statements, [from, to): comments (so that
 * fall-through markers and the user's notes survive), preprocessing
 * directives and the code of inactive #if branches.  It goes out before
 * the next statement. */
static void take_gap(fnctx *fx, unsigned from, unsigned to) {
    const char *t = g_src.text;
    while (from < to && strchr(" \t\r\n\f\v;:", t[from])) from++;
    while (to > from && strchr(" \t\r\n\f\v", t[to - 1])) to--;
    if (from >= to || !only_comments_and_directives(from, to)) return;
    keep_directives(from, to);
    char *prev = fx->gap;
    fx->gap = xprintf("%s%s%.*s", prev ? prev : "", prev ? "\n" : "", (int)(to - from), t + from);
    if (!prev) fx->gap_off = from;
    free(prev);
}

/* The gap between the end of `prev` (or offset `from` when prev is NULL)
 * and the start of `next`. */
static void gap_before(fnctx *fx, node *prev, unsigned from, node *next) {
    unsigned pb, pe, nb, ne;
    if (prev) {
        if (!copy_range(prev, &pb, &pe)) return;
        from = pe;
    }
    if (!copy_range(next, &nb, &ne) || from >= nb) return;
    take_gap(fx, from, nb);
}

/* Writes a pending gap on lines of its own, with its own #line. */
static void flush_gap(fnctx *fx) {
    if (!fx->gap) return;
    unsigned line, col;
    src_line_col(fx->gap_off, &line, &col);
    line_directive(fx, line);
    buf_puts(&fx->out, fx->gap);
    buf_puts(&fx->out, "\n");
    free(fx->gap);
    fx->gap = NULL;
}

/* The #line of a statement, then the comments that preceded it: a
 * fall-through comment must come right before its case label. */
static bool mentions_fallthrough(const char *s) {
    for (; *s; s++)
        if ((s[0] == 'f' || s[0] == 'F') && (!strncasecmp(s, "fallthrough", 11) ||
                                             !strncasecmp(s, "fall through", 12) ||
                                             !strncasecmp(s, "fall-through", 12) ||
                                             !strncasecmp(s, "falls through", 13)))
            return true;
    return false;
}

/* The comments that preceded a statement, then its #line.  A fall-through
 * comment before a case label becomes the attribute that says the same to
 * the compiler, since the #line between them hides the comment. */
static void stmt_start(fnctx *fx, node *n) {
    bool fallthrough = fx->gap && (n->kind == N_CASE || n->kind == N_DEFAULT) && mentions_fallthrough(fx->gap);
    flush_gap(fx);
    line_directive(fx, n->line);
    if (fallthrough) buf_puts(&fx->out, "__attribute__((fallthrough)); ");
}

static void emit_compound(fnctx *fx, node *n) {
    unsigned b, e;
    bool text = copy_range(n, &b, &e) && e > b + 1;
    if (text) {
        /* inside the braces: { } or the digraphs <% %> */
        b += g_src.text[b] == '<' ? 2 : 1;
        e -= g_src.text[e - 1] == '>' ? 2 : 1;
    }
    buf_puts(&fx->out, "{\n");
    for (int i = 0; i < n->nkid; i++) {
        if (text) gap_before(fx, i ? n->kid[i - 1] : NULL, b, n->kid[i]);
        emit_stmt(fx, n->kid[i]);
    }
    unsigned kb, ke;
    if (text && (!n->nkid || copy_range(n->kid[n->nkid - 1], &kb, &ke))) take_gap(fx, n->nkid ? ke : b, e);
    flush_gap(fx);
    buf_newline(&fx->out);
    buf_puts(&fx->out, "}\n");
}

/* The gap between `default:` or `label:` and its statement. */
static void gap_after_colon(fnctx *fx, node *n) {
    unsigned b, e;
    if (!n->nkid || !copy_range(n, &b, &e)) return;
    const char *colon = memchr(g_src.text + b, ':', e - b);
    if (colon) gap_before(fx, NULL, (unsigned)(colon - g_src.text) + 1, n->kid[0]);
}

static void emit_case(fnctx *fx, node *n) {
    int nv = n->nkid - 1;
    buf_puts(&fx->out, "case ");
    for (int i = 0; i < nv; i++) {
        char *v = lower_expr(fx, n->kid[i]);
        buf_printf(&fx->out, "%s%s", i ? " ... " : "", v);
        free(v);
    }
    buf_puts(&fx->out, ":\n");
    if (nv) gap_before(fx, n->kid[nv - 1], 0, n->kid[nv]);
    emit_stmt(fx, n->kid[nv]);
}

/* The last expression statement of an inline body: the coroutine's result,
 * or a value discarded (a launch, a void body). */
static void emit_value(fnctx *fx, node *n) {
    stmt_start(fx, n);
    char *r = lower_expr(fx, n);
    buf_newline(&fx->out);
    if (!fx->fn->is_void) store_result(fx, r);
    else if (strcmp(r, "((void)0)")) buf_printf(&fx->out, "(void)(%s);\n", r);
    free(r);
}

void emit_stmt(fnctx *fx, node *n) {
    char *t;
    if (n == fx->value_expr) {
        emit_value(fx, n);
        return;
    }
    if (!n->blocks_text && n->kind != N_DECLSTMT && (t = text_of(n))) {
        stmt_start(fx, n);
        buf_puts(&fx->out, t);
        buf_puts(&fx->out, needs_semi(n) ? ";\n" : "\n");
        free(t);
        return;
    }
    stmt_start(fx, n);
    switch (n->kind) {
    case N_COMPOUND: emit_compound(fx, n); break;
    case N_DECLSTMT: emit_decl(fx, n); break;
    case N_IF: {
        char *c = lower_expr(fx, n->kid[0]);
        buf_newline(&fx->out);
        buf_printf(&fx->out, "if (%s) ", c);
        free(c);
        emit_sub(fx, n->kid[1]);
        if (n->nkid > 2) {
            buf_puts(&fx->out, "else ");
            emit_sub(fx, n->kid[2]);
        }
        break;
    }
    case N_WHILE: emit_while(fx, n); break;
    case N_DO: emit_do(fx, n); break;
    case N_FOR: emit_for(fx, n); break;
    case N_SCOPE: emit_scope(fx, n); break;
    case N_TRY: emit_try(fx, n); break;
    case N_SWITCH: {
        char *c = lower_expr(fx, n->kid[0]);
        buf_newline(&fx->out);
        buf_printf(&fx->out, "switch (%s) ", c);
        free(c);
        emit_sub(fx, n->kid[1]);
        break;
    }
    case N_CASE: emit_case(fx, n); break;
    case N_DEFAULT:
        buf_puts(&fx->out, "default:\n");
        gap_after_colon(fx, n);
        emit_stmt(fx, n->kid[0]);
        break;
    case N_LABEL: {
        char *name = cursor_spelling(n->cur);
        buf_printf(&fx->out, "%s:;\n", name);
        free(name);
        gap_after_colon(fx, n);
        emit_stmt(fx, n->kid[0]);
        break;
    }
    case N_GOTO: emit_goto(fx, n); break;
    case N_BREAK: case N_CONTINUE: emit_jump(fx, n); break;
    case N_RETURN: emit_return(fx, n); break;
    case N_NULLSTMT: buf_puts(&fx->out, ";\n"); break;
    default: emit_expr_stmt(fx, lower_expr(fx, n)); break;
    }
}

void lower_function(fnctx *fx) {
    emit_stmt(fx, fx->body);
}
