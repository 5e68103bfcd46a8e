/* analyze.c -- what the lowering needs to know about a suspend function:
 *  - susp: which nodes contain an evaluated suspension point (suspend
 *    calls outside sizeof/_Alignof, the join at the end of a scope block);
 *  - which locals live in the frame: those declared in a block that
 *    contains a suspension point (their values must survive it; a pointer
 *    to them must stay valid), and all parameters;
 *  - where break/continue go, and which loops must turn `continue` into a
 *    goto because their condition or increment is lowered;
 *  - change: which nodes cannot be copied as text;
 *  - the constructs that cannot be translated correctly, as errors. */
#include <string.h>

#include "tr.h"

static bool is_loop(node *n) {
    return n->kind == N_WHILE || n->kind == N_DO || n->kind == N_FOR || n->kind == N_SCOPE;
}

static bool mark_susp(node *n) {
    bool s = n->kind == N_SUSPCALL || n->kind == N_SCOPE;
    if (n->kind == N_UNEVAL) {
        for (int i = 0; i < n->nkid; i++) mark_susp(n->kid[i]);
        return n->susp = false;
    }
    for (int i = 0; i < n->nkid; i++)
        if (mark_susp(n->kid[i]) && !(n->kind == N_GENERIC && i == 0)) s = true;
    return n->susp = s;
}

static void name_vars(fnctx *fx) {
    for (int i = 0; i < fx->vars.n; i++) {
        var *v = fx->vars.v[i];
        if (v->is_param || v->is_catch || v->capture) v->hoisted = true;
        else if (!v->is_static && v->scope && v->scope->susp) v->hoisted = true;
        v->field = xprintf("%s_%d", v->name[0] ? v->name : "anon", i);
    }
}

/* The statement a break or continue leaves. */
node *jump_target(node *n, bool is_continue) {
    for (node *p = n->parent; p; p = p->parent) {
        if (is_loop(p)) return p;
        if (p->kind == N_SWITCH && !is_continue) return p;
    }
    return NULL;
}

bool is_region_area(node *n) {
    return n->kind == N_SCOPE || (n->parent && n->parent->kind == N_TRY);
}

/* A region area between n (excluded) and its ancestor `top` (excluded). */
static node *area_between(node *n, node *top) {
    for (node *p = n->parent; p && p != top; p = p->parent)
        if (is_region_area(p)) return p;
    return NULL;
}

/* The lowest node that contains both. */
static node *common_ancestor(node *a, node *b) {
    for (node *p = a; p; p = p->parent)
        if (node_contains(p, b)) return p;
    return NULL;
}

/* A break, continue or goto that leaves a try, catch, finally or scope
 * block: it passes through the block's exit actions. */
static bool leaves_region(fnctx *fx, node *n) {
    node *t = n->kind == N_GOTO ? goto_target(fx, n) : jump_target(n, n->kind == N_CONTINUE);
    if (!t) return false;
    if (n->kind == N_GOTO) t = common_ancestor(n, t);
    return area_between(n, t) != NULL;
}

/* A node must be rewritten (not copied as text) when it or a child is. */
static bool mark_change(fnctx *fx, node *n) {
    bool c = false;
    switch (n->kind) {
    case N_SUSPCALL: case N_BUILDER: case N_RETURN: case N_SCOPE: case N_TRY: case N_THROW:
        c = true;
        break;
    case N_GOTO:
        c = leaves_region(fx, n);
        break;
    case N_DECLREF:
        c = n->ref && n->ref->hoisted && !n->text_ok;
        break;
    case N_BREAK: case N_CONTINUE: {
        node *t = jump_target(n, n->kind == N_CONTINUE);
        c = t && (t->kind == N_SCOPE || (n->kind == N_CONTINUE && t->lowered_loop) || leaves_region(fx, n));
        break;
    }
    case N_DECLSTMT:
        for (int i = 0; i < n->nkid; i++)
            if (n->kid[i]->kind == N_VAR && n->kid[i]->v->hoisted) c = true;
        if (n->parent && n->parent->susp) c = true; /* local types go to file scope */
        break;
    case N_COMPOUNDLIT: {
        /* an unnamed local: it must outlive suspensions of its block */
        node *b = n->parent;
        while (b && b->kind != N_COMPOUND) b = b->parent;
        c = b && b->susp;
        break;
    }
    case N_UNEVAL:
        /* sizeof(f(x)) names a suspend function: rewritten to sizeof(type) */
        return n->blocks_text = false;
    default:
        break;
    }
    for (int i = 0; i < n->nkid; i++)
        if (mark_change(fx, n->kid[i]) && !(n->kind == N_GENERIC && i == 0)) c = true;
    if (n->kind == N_GENERIC && n->nkid) n->kid[0]->blocks_text = false; /* unevaluated */
    return n->blocks_text = c;
}

/* Loops whose condition (do) or condition/increment (for) is lowered to
 * statements: their `continue` must jump to the generated label. */
static void mark_loops(node *n) {
    if (n->kind == N_DO && n->nkid == 2 && n->kid[1]->blocks_text) n->lowered_loop = true;
    if (n->kind == N_FOR && ((n->for_cond && n->for_cond->blocks_text) || (n->for_inc && n->for_inc->blocks_text)))
        n->lowered_loop = true;
    for (int i = 0; i < n->nkid; i++) mark_loops(n->kid[i]);
}

static bool call_named(node *n, const char *const *names) {
    if (n->kind != N_CALL) return false;
    CXCursor r = clang_getCursorReferenced(n->cur);
    if (clang_Cursor_isNull(r)) return false;
    char *s = cursor_spelling(r);
    bool hit = false;
    for (int i = 0; names[i]; i++)
        if (!strcmp(s, names[i])) hit = true;
    free(s);
    return hit;
}

static const char *const setjmp_names[] = {"setjmp", "_setjmp", "sigsetjmp", "__sigsetjmp",
                                           "longjmp", "_longjmp", "siglongjmp",
                                           "__builtin_setjmp", "__builtin_longjmp", NULL};
static const char *const alloca_names[] = {"alloca", "__builtin_alloca",
                                           "__builtin_alloca_with_align", NULL};

static bool is_callee_position(node *ref) {
    /* f in f(...) is the callee of a call: N_SUSPCALL/N_BUILDER keep only
     * arguments, so a DeclRef to a suspend function left in the tree is an
     * address taken, unless it sits in an unevaluated operand. */
    for (node *p = ref->parent; p; p = p->parent)
        if (p->kind == N_UNEVAL) return true;
    return false;
}

static node *find_label(node *n, const char *name) {
    if (n->kind == N_LABEL) {
        char *s = cursor_spelling(n->cur);
        bool hit = !strcmp(s, name);
        free(s);
        if (hit) return n;
    }
    for (int i = 0; i < n->nkid; i++) {
        node *r = find_label(n->kid[i], name);
        if (r) return r;
    }
    return NULL;
}

node *goto_target(fnctx *fx, node *go) {
    char *name = cursor_spelling(clang_getCursorReferenced(go->cur));
    node *t = find_label(fx->body, name);
    free(name);
    return t;
}

static const char *area_name(node *a) {
    if (a->kind == N_SCOPE) return "a scope block";
    node *t = a->parent;
    return a == t->body ? "an ac_try block" : a == t->catch_body ? "an ac_catch block" : "an ac_finally block";
}

void diag_address_taken(CXCursor ref, sfn *f) {
    diag_at(ref, "address of suspend function '%s' taken; suspend functions can only be called, "
                 "or passed to a builder as a call", f->name);
}

/* A suspend call below n, outside nested sizeof/typeof operands. */
static bool has_suspcall(node *n) {
    if (n->kind == N_SUSPCALL) return true;
    for (int i = 0; i < n->nkid; i++)
        if (n->kid[i]->kind != N_UNEVAL && has_suspcall(n->kid[i])) return true;
    return false;
}

/* sizeof(int[f()]): the operand is a type, and its array size is
 * evaluated, unlike sizeof(f()) whose operand is an expression.  The
 * operand is a type when text other than '(' comes between the keyword
 * and the first child. */
static bool sizeof_type_suspends(node *n) {
    if (!n->nkid || !has_suspcall(n)) return false;
    unsigned b, e, kb, ke;
    if (!copy_range(n, &b, &e) || !copy_range(n->kid[0], &kb, &ke)) return false;
    unsigned i = b;
    while (i < kb && is_ident_char(g_src.text[i])) i++; /* sizeof, _Alignof, __alignof__ */
    for (; i < kb; i++)
        if (!strchr(" \t\r\n(", g_src.text[i])) return true;
    return false;
}

bool is_variably_modified(CXType t) {
    t = clang_getCanonicalType(t);
    switch (t.kind) {
    case CXType_VariableArray: return true;
    case CXType_Pointer: return is_variably_modified(clang_getPointeeType(t));
    case CXType_ConstantArray:
    case CXType_IncompleteArray: return is_variably_modified(clang_getArrayElementType(t));
    default: return false;
    }
}

static enum CXVisitorResult last_field_visit(CXCursor c, CXClientData data) {
    *(CXType *)data = clang_getCursorType(c);
    return CXVisit_Continue;
}

/* A struct ending in a flexible array member (directly or through its
 * last member): as a frame field it would sit in the middle of the frame
 * struct, which C does not allow (a GNU extension clang warns about). */
bool has_flexible_array(CXType t) {
    t = clang_getCanonicalType(t);
    if (t.kind != CXType_Record) return false;
    CXType last = {CXType_Invalid, {0, 0}};
    clang_Type_visitFields(t, last_field_visit, &last);
    return last.kind == CXType_IncompleteArray || has_flexible_array(last);
}

static void check(fnctx *fx, node *n, bool fn_suspends) {
    if (call_named(n, setjmp_names))
        diag_at(n->cur, "setjmp/longjmp cannot be used in a suspend function (the frame is not a C stack frame)");
    if (fn_suspends && call_named(n, alloca_names))
        diag_at(n->cur, "alloca in a suspend function: its memory does not survive a suspension; use malloc or a fixed-size local");
    if (n->kind == N_IGOTO && fn_suspends)
        diag_at(n->cur, "computed goto in a suspend function that suspends cannot be translated");
    else if (n->kind == N_IGOTO && area_between(n, NULL))
        diag_at(n->cur, "computed goto inside %s: leaving it must run its exit code; use goto with a label",
                area_name(area_between(n, NULL)));
    if (n->kind == N_DECLREF) {
        CXCursor r = clang_getCursorReferenced(n->cur);
        sfn *f = sfn_of_decl(r);
        if (f && !is_callee_position(n))
            diag_address_taken(n->cur, f);
    }
    if (n->kind == N_VAR && n->v->hoisted) {
        CXType t = clang_getCursorType(n->cur);
        if (t.kind == CXType_VariableArray)
            diag_at(n->cur, "variable-length array '%s' is live across a suspension; its storage cannot move into the coroutine frame", n->v->name);
        else if (is_variably_modified(t))
            diag_at(n->cur, "'%s' has a variably modified type and is live across a suspension; a frame field "
                            "cannot have such a type (use a plain pointer)", n->v->name);
        else if (has_flexible_array(t))
            diag_at(n->cur, "'%s' has a struct type with a flexible array member and is live across a "
                            "suspension; such a struct cannot be a frame field (allocate it and keep a pointer)",
                    n->v->name);
    }
    if (n->kind == N_UNEVAL && sizeof_type_suspends(n))
        diag_at(n->cur, "a suspend call in the size of an array type inside sizeof: C evaluates it "
                        "(a variable-length array type); compute the size into a variable first");
    if (n->kind == N_STMTEXPR && n->susp)
        diag_at(n->cur, "a statement expression containing a suspension point cannot be translated");
    if (n->kind == N_GOTO) {
        /* a jump into a try, catch, finally or scope block would skip its
         * entry (the scope's opening, the catch taking the error) */
        node *target = goto_target(fx, n);
        node *into = target ? area_between(target, common_ancestor(n, target)) : NULL;
        if (into) {
            char *name = cursor_spelling(clang_getCursorReferenced(n->cur));
            diag_at(n->cur, "goto '%s' jumps into %s from outside it", name, area_name(into));
            free(name);
        }
    }
    if (n->kind == N_CASE || n->kind == N_DEFAULT) {
        node *sw = n->parent;
        while (sw && sw->kind != N_SWITCH) sw = sw->parent;
        node *into = sw ? area_between(n, sw) : NULL;
        if (into)
            diag_at(n->cur, "this %s label is inside %s but its switch is outside it; the switch cannot jump into the block",
                    n->kind == N_CASE ? "case" : "default", area_name(into));
    }
    if (n->kind == N_THROW && !n->rethrow && n->nkid) {
        node *a = n->kid[0];
        while ((a->kind == N_PAREN || a->kind == N_IMPLICIT) && a->nkid == 1) a = a->kid[0];
        if (a->kind == N_DECLREF && a->ref && a->ref->is_catch)
            diag_at(a->cur, "'%s' is the error caught by an ac_catch, borrowed by its block: throw it on "
                            "with ac_rethrow(%s)", a->ref->name, a->ref->name);
    }
    if (n->kind == N_BINOP && n->op >= CXBinaryOperator_Assign && n->op <= CXBinaryOperator_OrAssign && n->nkid == 2) {
        node *a = n->kid[0];
        while ((a->kind == N_PAREN || a->kind == N_IMPLICIT) && a->nkid == 1) a = a->kid[0];
        if (a->kind == N_DECLREF && a->ref && a->ref->is_catch)
            diag_at(a->cur, "'%s' is the error caught by an ac_catch: it cannot be assigned, since the block "
                            "releases it on the way out", a->ref->name);
    }
    for (int i = 0; i < n->nkid; i++) check(fx, n->kid[i], fn_suspends);
}

void analyze_function(fnctx *fx) {
    mark_susp(fx->body);
    name_vars(fx);
    mark_change(fx, fx->body);
    mark_loops(fx->body);
    mark_change(fx, fx->body);
    check(fx, fx->body, fx->body->susp);
}
