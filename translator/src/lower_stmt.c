/* lower_stmt.c -- statements: control flow keeps its C shape; loops whose
 * condition suspends become for (;;) with the condition inside; scope
 * blocks become regions whose exits wait for the children. */
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

/* Leaves the current region with exit code 1 (return) or finishes the
 * function when no region is open. */
static void emit_return_jump(fnctx *fx, int depth) {
    buf_newline(&fx->out);
    if (depth <= 0) {
        buf_puts(&fx->out, "return AC_DONE;\n");
        return;
    }
    node *r = fx->regions.v[depth - 1];
    r->label_used = true;
    buf_printf(&fx->out, "ac__fr->ac_x%d = 1; goto ac_e%d;\n", r->id, r->id);
}

static void emit_return(fnctx *fx, node *n) {
    if (n->nkid) {
        char *r = lower_expr(fx, n->kid[0]);
        buf_newline(&fx->out);
        if (fx->fn->is_void) buf_printf(&fx->out, "(void)(%s);\n", r);
        else buf_printf(&fx->out, "*(__typeof__(%s) *)ac__fr->hdr.result = %s;\n", fx->fn->rtype, r);
        free(r);
    }
    emit_return_jump(fx, fx->regions.n);
}

static void emit_jump(fnctx *fx, node *n) {
    bool cont = n->kind == N_CONTINUE;
    node *t = jump_target(n, cont);
    buf_newline(&fx->out);
    if (t && t->kind == N_SCOPE) {
        t->label_used = true;
        buf_printf(&fx->out, "goto ac_e%d;\n", t->id);
    } else if (t && cont && t->lowered_loop) {
        t->label_used = true;
        buf_printf(&fx->out, "goto ac_c%d;\n", t->id);
    } else {
        buf_puts(&fx->out, cont ? "continue;\n" : "break;\n");
    }
}

static void emit_goto(fnctx *fx, node *n) {
    char *name = cursor_spelling(clang_getCursorReferenced(n->cur));
    buf_newline(&fx->out);
    buf_printf(&fx->out, "goto %s;\n", name);
    free(name);
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

/* ac_coroutine_scope(s) { body } */
static void emit_scope(fnctx *fx, node *n) {
    int k = n->id = ++fx->nlabels;
    var *s = scope_var(n);
    if (!s || !n->body) {
        diag_at(n->cur, "malformed ac_coroutine_scope block");
        return;
    }
    buf_printf(&fx->fields, "    ac_scope *%s;\n", s->field);
    buf_printf(&fx->temps, "    ac_scope ac_scope%d;\n    int ac_x%d;\n", k, k);
    buf_printf(&fx->out,
               "ac__fr->%s = &ac__fr->ac_scope%d;\nac__scope_open(&ac__fr->ac_scope%d, &ac__fr->hdr);\n"
               "ac__fr->ac_x%d = 0;\n",
               s->field, k, k, k);
    vec_push(&fx->regions, n);
    emit_sub(fx, n->body);
    fx->regions.n--;
    if (n->label_used) buf_printf(&fx->out, "ac_e%d:;\n", k);
    char *arg = xprintf("&ac__fr->ac_scope%d", k);
    free(emit_suspend_call(fx, "ac__scope_join", true, "void", arg, n->line));
    free(arg);
    buf_printf(&fx->out,
               "{ ac_status ac__st = ac__scope_close(&ac__fr->ac_scope%d, &ac__fr->hdr); "
               "if (ac__st != AC_DONE) return ac__st; }\n"
               "if (ac__fr->ac_x%d == 1) {\n",
               k, k);
    emit_return_jump(fx, fx->regions.n);
    buf_puts(&fx->out, "}\n");
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

void emit_stmt(fnctx *fx, node *n) {
    char *t;
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
