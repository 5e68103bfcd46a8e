/* lower.h -- shared by the lowering pass's units: lower_expr.c (expressions
 * in A-normal form), lower_stmt.c (statements) and lower_decl.c
 * (declarations).  Not part of the other passes' view (tr.h). */
#ifndef ASYNCC_LOWER_H
#define ASYNCC_LOWER_H

#include "tr.h"

/* The C text of an expression's value; statements that compute it (suspend
 * calls and what must be sequenced before them) are appended to fx->out. */
char *lower_expr(fnctx *fx, node *n);
/* A node's own text with frame references rewritten, or NULL. */
char *text_of(node *n);
node *strip(node *n);
/* A new frame temporary of the given type; returns its lvalue text. */
char *new_temp(fnctx *fx, const char *type);
char *field_ref(var *v);
bool is_simple(const char *r);
void line_directive(fnctx *fx, unsigned line);
/* A suspension point calling NAME__ac_new(args): emits the call, the state
 * and its resume label; returns the result's temporary (NULL when void). */
char *emit_suspend_call(fnctx *fx, const char *name, bool is_void, const char *rtype, const char *args,
                        unsigned line);

void emit_stmt(fnctx *fx, node *n);
void emit_decl(fnctx *fx, node *ds);

#endif
