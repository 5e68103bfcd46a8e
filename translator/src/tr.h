/* tr.h -- the translator's shared model.
 *
 * The translator is a pipeline of passes over a small IR:
 *
 *   parse.c    libclang parses the file (with __ASYNCC__ defined)
 *   find.c     finds suspend functions, their declarations and builder sites
 *   build.c    turns each suspend function body into an IR tree (node)
 *   analyze.c  marks suspension points, decides which locals live in the
 *              frame, gives them unique names, rejects what cannot be
 *              translated (VLA/alloca across a suspension, setjmp, ...)
 *   lower_*.c  lowers statements, declarations and expressions (A-normal
 *              form) to the resume function's C text
 *   emit.c     frame struct, constructor, prototypes, and the output file:
 *              the input text with just the suspend functions and builder
 *              sites replaced
 */
#ifndef ASYNCC_TR_H
#define ASYNCC_TR_H

#include <clang-c/Index.h>
#include <stdbool.h>

#include "util.h"

/* ---- source text and diagnostics (source.c) ---- */

typedef struct source {
    const char *path;     /* as given on the command line */
    const char *text;     /* the main file, as libclang read it */
    size_t size;
    CXFile file;
    size_t *line_starts;  /* offset of each line's first byte, built on first use */
    size_t nlines;
} source;

extern source g_src;
extern CXTranslationUnit g_tu;
extern int g_errors;

void src_line_col(size_t off, unsigned *line, unsigned *col);
/* Reports "file:line:col: error: msg" with the source line and a caret. */
void diag_at(CXCursor c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_off(size_t off, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A preprocessing directive line in a suspend function's body. */
typedef struct directive {
    unsigned b, e;       /* from '#' to the end of the line */
    bool kept;           /* written to the output */
    unsigned skip_end;   /* end of the inactive code it opens, or 0 */
} directive;
extern vec g_directives;  /* directive*: all of the main file's, in order */
void find_directives(unsigned b, unsigned e, vec *out);
/* Marks the directives in [b, e) as written (copied with that text). */
void keep_directives(unsigned b, unsigned e);
/* The end of the directive at `off`, or of the inactive code (#if 0 ...)
 * it opens; 0 when no directive starts there. */
unsigned directive_or_skipped_end(unsigned off);

/* ---- locations (loc.c) ---- */

/* Where a token of the expanded program comes from.  `direct` means it is
 * written in the main file at `off` and appears there in the expansion as
 * itself (plain text or a macro argument), so the text at `off` may be
 * copied; otherwise it comes from a macro body or another file. */
typedef struct loc {
    bool in_main;   /* expansion point in the main file */
    bool direct;    /* spelled at `off` in the main file */
    unsigned off;   /* spelling offset when direct, else expansion offset */
    unsigned exp;   /* expansion offset */
} loc;

loc loc_of(CXSourceLocation l);
/* Forgets loc_of's cached answers: call it when a translation unit is
 * disposed (another may be allocated where it was). */
void loc_cache_reset(void);
/* Text range [b, e) of a cursor, when both ends are direct. */
bool cursor_text(CXCursor c, unsigned *b, unsigned *e);
/* If a comment or a string or character literal starts at offset i of the
 * file (scanning up to end), the offset of its last character; else i. */
unsigned skip_non_code(unsigned i, unsigned end);
/* Expansion range [b, e) of a cursor in the main file. */
bool cursor_exp(CXCursor c, unsigned *b, unsigned *e);
/* cursor_text and cursor_exp at once (0, 0 when there is no expansion
 * range): the builder asks both of every node. */
void cursor_spans(CXCursor c, bool *text_ok, unsigned *b, unsigned *e, unsigned *xb, unsigned *xe);
unsigned cursor_line(CXCursor c);
/* The line where c is written: a macro argument's own line (all of an
 * inline body is in the builder macro's argument), else cursor_line. */
unsigned cursor_file_line(CXCursor c);
/* The main file's text range [b, e) as a libclang range. */
CXSourceRange file_range(unsigned b, unsigned e);
char *cursor_spelling(CXCursor c);
/* c's first / last child, or the null cursor. */
CXCursor cursor_first_child(CXCursor c);
CXCursor cursor_last_child(CXCursor c);
/* c without the parentheses and implicit conversions around it. */
CXCursor strip_implicit(CXCursor c);
bool in_hash_macro(unsigned off);
char *type_spelling(CXType t);
/* A spelling usable in generated code, or NULL (anonymous/local types). */
char *type_name_for_code(CXType t);

/* ---- suspend functions (find.c) ---- */

typedef struct sfn {
    char *name;
    CXCursor decl;          /* canonical declaration */
    CXCursor def;           /* definition in the main file, or null */
    bool is_static;
    bool is_void;
    char *rtype;            /* result type spelling ("void" when void) */
    bool runtime;           /* declared by asyncc.h: NAME__ac_new exists */
    bool used;              /* called or launched in this file */
    int nparams;
    bool inline_body;       /* the generated function of an inline body (body.c) */
    CXType body_type;       /* inline_body: the type of its value */
} sfn;

extern vec g_sfns;          /* sfn* */

sfn *sfn_of_decl(CXCursor fn);          /* NULL if not a suspend function */
sfn *sfn_of_callee(CXCursor call);      /* the suspend function a CallExpr calls */
bool is_builder_call(CXCursor call, const char **which);
/* The name of the function a call names directly (f(x), (f)(x)), or NULL. */
char *direct_callee_name(CXCursor call);
/* The surface markers of asyncc.h that only suspend functions may use:
 * try/catch/finally/throw and scope blocks.  The macro the user wrote for
 * a marker name ("ac_try" for ac__try_marker), or NULL. */
const char *marker_macro(const char *name);
void find_suspend_functions(void);

/* ---- IR (ir.h content) ---- */

typedef enum nkind {
    N_OTHER,        /* an expression or statement treated as opaque text */
    N_COMPOUND, N_IF, N_WHILE, N_DO, N_FOR, N_SWITCH, N_CASE, N_DEFAULT,
    N_LABEL, N_GOTO, N_IGOTO, N_BREAK, N_CONTINUE, N_RETURN, N_DECLSTMT,
    N_NULLSTMT, N_SCOPE,
    N_TRY,          /* ac_try { } ac_catch (e) { } ac_finally { } */
    N_THROW,        /* ac_throw(e), ac_rethrow(e) */
    N_VAR, N_TYPEDECL,
    N_CALL, N_SUSPCALL, N_BUILDER, N_BINOP, N_UNOP, N_COND, N_PAREN,
    N_CAST, N_MEMBER, N_SUBSCRIPT, N_DECLREF, N_LITERAL, N_STRING,
    N_INITLIST, N_COMPOUNDLIT, N_UNEVAL, N_IMPLICIT, N_STMTEXPR, N_GENERIC,
    N_ELVIS        /* GNU a ?: b */
} nkind;

typedef struct var var;
typedef struct node node;
typedef struct ibody ibody;

struct node {
    nkind kind;
    CXCursor cur;
    node *parent;
    node **kid;
    int nkid;
    bool text_ok;        /* [b, e) is direct text of exactly this node */
    unsigned b, e;       /* text range when text_ok */
    unsigned xb, xe;     /* expansion range (always set when in main file) */
    unsigned at;         /* offset of its location (see loc_of) */
    unsigned line;
    bool susp;           /* contains an evaluated suspension point */
    bool blocks_text;    /* must be printed structurally (see analyze.c) */
    int op;              /* binary/unary operator kind */
    sfn *callee;         /* N_SUSPCALL, N_BUILDER: the suspend function */
    const char *builder; /* N_BUILDER: "run_blocking", "run_blocking_ctx", "launch", "async" */
    node *bcall;         /* N_BUILDER: the suspend call inside */
    var *ref;            /* N_DECLREF to a frame variable */
    var *v;              /* N_VAR */
    node *init;          /* N_VAR: the initialiser (also a kid), or NULL */
    node *for_init, *for_cond, *for_inc, *body; /* N_FOR / N_SCOPE; N_TRY: the try block */
    node *catch_body, *finally_body; /* N_TRY: the clauses present, else NULL */
    var *catch_var;      /* N_TRY with a catch: its error variable */
    unsigned catch_line, finally_line; /* N_TRY: lines of ac_catch, ac_finally */
    bool rethrow;        /* N_THROW: ac_rethrow */
    int id;              /* label numbers for loops/regions */
    bool lowered_loop;   /* continue must become a goto */
    bool label_used;     /* its generated end/continue label is jumped to */
    bool inline_leaf;    /* N_STMTEXPR: a builder's inline body, kept as a leaf */
    ibody *ib;           /* inline_leaf: the generated function (body.c) */
    bool value_root;     /* an inline body's block: its last statement is the value */
};

struct var {
    CXCursor cur;
    char *name;          /* as written */
    char *field;         /* frame field name */
    bool hoisted;        /* lives in the frame */
    bool is_param;
    bool is_static;      /* static or extern: left as written */
    bool is_catch;       /* the error variable of an ac_catch: always in the frame */
    node *declstmt;      /* the declaration statement (locals) */
    node *scope;         /* the block or for statement it is declared in */
    int capture;         /* an inline body's capture: CAP_VALUE, CAP_REF, CAP_STATIC */
    bool cap_writable;   /* CAP_REF/CAP_STATIC: writes reach the variable itself */
};

/* How an inline body holds a variable of the function around it (body.c):
 * a const copy in its frame, or a pointer to the variable (to the frame
 * field, C local or static it is). */
enum { CAP_NONE, CAP_VALUE, CAP_REF, CAP_STATIC };

/* The members of a frame struct, in order, as their sizes and alignments
 * (framesize.c), so the frame's size is known without compiling it. */
typedef struct frame_shape {
    vec members;         /* frame_member* */
    bool unknown;        /* a member whose layout the types do not give */
} frame_shape;

typedef struct fnctx {
    sfn *fn;
    node *body;
    vec vars;            /* var* */
    vec params;          /* var* */
    int nstates, ntemps, nlabels;
    buf fields;          /* frame fields for locals */
    buf temps;           /* frame fields for temporaries */
    frame_shape fields_shape, temps_shape; /* their layouts */
    buf prelude;         /* file-scope declarations (local types) */
    buf out;             /* resume function body */
    vec regions;         /* region*: try/catch/finally/scope regions open while lowering (lower.h) */
    vec negs;            /* neg*: resume cases -k for suspension points with a handler */
    unsigned last_marker_at; /* analyze: the last misplaced marker reported */
    CXCursor ibody_stop; /* build: the inline body being built as a leaf */
    /* inline bodies (body.c) */
    bool is_body;        /* this function is an inline body */
    const char *user_name; /* the user's function it is written in */
    CXCursor user_fn;
    bool user_suspend;   /* that function is a suspend function */
    int nbodies;         /* inline bodies numbered so far in this function */
    buf bodies;          /* their generated functions, emitted before this one */
    node *value_expr;    /* is_body: the last expression statement, or NULL */
    char *gap;           /* comments to put before the next statement */
    unsigned gap_off;    /* where they start in the input */
} fnctx;

node *build_function(CXCursor def, fnctx *fx);
/* The inline body ({ ... }) a builder call passes as its `((CALL), 0)`
 * argument number `ci`, or a null cursor. */
CXCursor builder_inline_body(CXCursor call, int ci);
void analyze_function(fnctx *fx);
/* "address of suspend function 'f' taken" at a use of its name */
void diag_address_taken(CXCursor ref, sfn *f);
void lower_function(fnctx *fx);
bool node_contains(node *outer, node *inner);
node *jump_target(node *n, bool is_continue);
/* The label statement a goto names, or NULL. */
node *goto_target(fnctx *fx, node *go);
/* An area a try statement or scope block guards: a try, catch or finally
 * block (a child of N_TRY), or a scope block (N_SCOPE) itself. */
bool is_region_area(node *n);
/* A type that depends on a run-time array size: int (*)[n], int [n][m]. */
bool is_variably_modified(CXType t);
/* A struct type ending in a flexible array member (not a frame field). */
bool has_flexible_array(CXType t);
/* The text range that stands for exactly this node, if any. */
bool copy_range(node *n, unsigned *b, unsigned *e);

node *build_expr(fnctx *fx, CXCursor c);
/* The last build_expr met the nesting limit (reported): its tree is cut. */
bool build_was_cut(void);
char *lower_expr_text(fnctx *fx, node *n);
/* What a builder (N_BUILDER) starts: a suspend call (N_SUSPCALL) or an
 * inline body (N_STMTEXPR leaf); diagnoses and returns NULL otherwise. */
node *builder_call(node *builder);
/* ac_run_blocking or ac_run_blocking_ctx */
bool builder_is_rb(node *builder);
/* The index of the builder's call argument among its arguments. */
int builder_call_index(node *builder);
/* The value of expression n is discarded (a statement, a cast to void). */
bool value_discarded(node *n);
char *result_size(sfn *f);
void check_out(node *out, sfn *f);
/* #line LINE "input" on a line of its own */
void put_line_directive(buf *o, unsigned line);

/* body.c: inline coroutine bodies, ac_launch(s, ({ ... })) */
typedef struct capture {
    CXCursor decl;       /* the captured variable */
    CXCursor use;        /* its first use in the body */
    char *name;
    int mode;            /* CAP_VALUE, CAP_REF, CAP_STATIC */
    bool writable;       /* CAP_REF/CAP_STATIC: the body's writes reach the variable */
    bool array;          /* CAP_VALUE of an array: passed by address, copied */
    var *inner;          /* the body's variable */
} capture;

struct ibody {
    char *name;          /* the generated suspend function: main__ac_body1 */
    sfn fn;              /* its description (inline_body set) */
    vec caps;            /* capture* */
    bool refs_user_fn;   /* the body names the function it is written in */
    bool sync;           /* run by ac_run_blocking: done before the builder returns */
};

/* Generates the inline bodies of the builders in fx (a suspend function or
 * an inline body), after analysis and before lowering: their text goes to
 * fx->bodies, each builder's leaf gets its ibody. */
void translate_bodies(fnctx *fx);
/* The inline body of a builder in ordinary code (whose top-level
 * declaration is `top`): generated, its text kept for ordinary_bodies(). */
ibody *ordinary_body(node *builder, node *leaf, CXCursor top);
/* The generated functions of the ordinary code's inline bodies since the
 * last call (NULL if none), with a prototype of `top` when a body names it. */
char *ordinary_bodies(CXCursor top);
/* The constructor's capture arguments "a, &b" at the builder, in fx (NULL
 * in ordinary code). */
char *body_args(fnctx *fx, ibody *b);

/* rename.c */
typedef struct tag_rename {
    unsigned b, e;
    const char *text;
} tag_rename;
extern vec g_renames;
void collect_renames(node *body);
const char *renamed_at(unsigned off);
/* A type's spelling with a renamed local tag replaced by its new name. */
char *rename_in_type(CXType t, char *spelling);

/* emit.c */
char *translate(void);
/* compdb.c: appends to out the parsing flags of input's command in
 * builddir/compile_commands.json; false, with a message, if there is none. */
bool compdb_flags(const char *builddir, const char *input, vec *out);
/* depfile.c: writes the Make rule `target: <every file read>` to path;
 * 0, or 1 with a message. */
int write_depfile(const char *path, const char *target);
/* The constructor head ac_frame *f__ac_new(...) of a suspend function. */
char *constructor_head(sfn *f);
/* The frame struct, constructor and resume function of fx, lowered.
 * `fields`: the frame fields of its parameters or captures; `inits`:
 * constructor statements storing them; `head`: the constructor's head. */
/* fields, head_shape: the parameters' (or captures') members. */
void emit_frame_function(buf *o, fnctx *fx, const char *head, const char *fields, const frame_shape *head_shape,
                         const char *inits);
/* Errors for the directives in [b, e) that did not reach the output. */
void check_directives_in(unsigned b, unsigned e);

/* parse.c */
bool parse_file(const char *path, int argc, const char *const *argv);
/* Parses `text` as the main file (at the input's path, with the input's
 * flags but without __ASYNCC__): the translation, for its frame sizes.
 * NULL if libclang fails; errors in the text are the compiler's to report
 * (an invalid frame struct has no size). */
CXTranslationUnit parse_output(const char *text);

/* ---- warnings (lint.c) ---- */

/* The translator's warnings, -Wasyncc-NAME on the command line. */
typedef enum wid {
    W_CATCH_CANCELLATION, W_NEW_JOB, W_CHILD_HANDLER, W_GLOBAL_SCOPE, W_BLOCKING_CALL, W_FRAME_SIZE,
    W_COUNT
} wid;
extern int g_warnings;
/* -WNAME, -Wno-NAME, -Werror, -Werror=NAME, -Wno-error=NAME, -w (NAME with
 * or without its asyncc- prefix): 1 handled, 0 not a warning option, -1 a
 * warning option with an unknown name. */
int warning_option(const char *arg);
bool warning_enabled(wid w);
/* Replace [b, e) of the input by text (insert when b == e). */
typedef struct fixit {
    unsigned b, e;
    const char *text;
} fixit;
/* Reports warning w at offset `off` of the input (caret; ~ up to `end` if
 * it is on the line), with an optional fix-it and a note ("" or NULL for
 * none).  Nothing if w is disabled or silenced at that line (NOLINT);
 * an error under -Werror.  true when reported. */
bool warn_off(wid w, unsigned off, unsigned end, const fixit *fix, const char *note, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* The lints of the file (before translation). */
void lint_file(void);

/* framesize.c: frames emitted, in order, for --frame-sizes and
 * -Wasyncc-frame-size.  A frame is the header, then the members of
 * `head` (parameters or captures), `fields` (locals) and `temps`. */
void note_frame(const char *name, unsigned off, const frame_shape *head, const frame_shape *fields,
                const frame_shape *temps);
/* A member of type t (size and alignment from libclang). */
void shape_add_type(frame_shape *s, const char *name, CXType t);
/* A member of a type named by text: "int" or a pointer ("T *"); any other
 * makes the shape unknown. */
void shape_add_named(frame_shape *s, const char *name, const char *type);
/* A member declared with an alignment of its own (_Alignas, attributes). */
void shape_mark_unknown(frame_shape *s);
void shape_free(frame_shape *s);
extern bool g_print_frame_sizes;
extern unsigned long long g_frame_size_limit;
/* Sizes of the frames of `out`, the translation: printed, and checked
 * against the limit. */
void check_frame_sizes(const char *out, bool to_stderr);

#endif
