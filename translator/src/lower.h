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
/* A frame temporary of the type `type` names; t is that type (for the
 * frame's layout), or NO_TYPE for "int" and pointer types. */
char *new_temp(fnctx *fx, const char *type, CXType t);
#define NO_TYPE ((CXType){.kind = CXType_Invalid})
char *field_ref(var *v);
bool is_simple(const char *r);
void line_directive(fnctx *fx, unsigned line);
/* A suspension point calling NAME__ac_new(args): emits the call, the state
 * and its resume label; returns the result's temporary (NULL when void). */
char *emit_suspend_call(fnctx *fx, const char *name, bool is_void, const char *rtype, CXType rt,
                        const char *args, unsigned line);

void emit_stmt(fnctx *fx, node *n);
void emit_decl(fnctx *fx, node *ds);

/* ---- regions (lower_stmt.c) ----
 *
 * While the body of a try, catch or finally block or of a scope block is
 * lowered, a region for it is open (fx->regions, innermost last).  A
 * region has a handler (a label) where a throw inside it goes, and exit
 * actions that every jump out of it runs (releasing the caught error,
 * running the finally block, waiting for the scope's children).  Jumps
 * that must run a finally block or a scope's exit first are recorded in
 * the statement's pending list and re-lowered after that code, at the
 * statement's own position. */
typedef enum rkind { R_TRY, R_CATCH, R_FINALLY, R_SCOPE } rkind;

typedef struct rstmt {
    node *n;             /* N_TRY or N_SCOPE */
    int id;              /* labels ac_?ID, fields ac_pID / ac_eID / ac_sID */
    vec pending;         /* jump*: pending action k + 2 is jump k */
    bool finally_used;   /* something jumps to ac_fID */
    bool done_used;      /* something jumps to ac_dID */
    bool may_throw;      /* the finally block can run with a pending error */
} rstmt;

typedef struct region {
    rkind kind;
    rstmt *st;
    node *area;          /* the block it covers */
    char label[24];      /* its handler */
    bool label_used;
} region;

typedef struct neg {
    int state;           /* resumed with -state after a failed suspension */
    char *label;         /* the handler of that suspension point */
} neg;

/* The handler of the current position (marked used), or NULL outside
 * every region, where a throw returns AC_THROW to the caller. */
const char *handler_label(fnctx *fx);
/* The statement that sends the error in flight to the current handler:
 * "goto ac_hN;" or "return AC_THROW;". */
char *throw_jump(fnctx *fx);
/* The statement that runs `call` (an expression that sets the error in
 * flight and returns AC_THROW, like ac__fail_oom(&ac__fr->hdr)) and goes
 * to the current handler. */
char *fail_stmt(fnctx *fx, const char *call);
/* Emits: throw `err` (an ac_error *, consumed) at `line`. */
void emit_throw(fnctx *fx, const char *err, unsigned line);

#endif
