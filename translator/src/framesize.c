/* framesize.c -- the size of each frame the translation defines, for
 * --frame-sizes and -Wasyncc-frame-size.
 *
 * A frame is the struct NAME__ac_frame the translator emits: the header
 * struct ac_frame, then the parameters (or an inline body's captures),
 * the hoisted locals and the temporaries, in that order, with C's
 * padding.  The passes that emit a member record its type here (a
 * frame_shape), and the layout is computed from libclang's size and
 * alignment of each type in the input's parse: members in order, each at
 * the next multiple of its alignment, the struct rounded up to its
 * largest alignment -- the System V layout of a plain struct, which
 * libclang itself uses for the target the input is parsed for.
 *
 * A member whose layout its type does not give (a local declared with
 * _Alignas or an attribute, a type libclang cannot size) makes its frame
 * unknown; then, and only then, the translation is parsed once more with
 * the input's flags and the compiler's sizeof of the frame struct is
 * used.  That second parse used to run for every file with frames and
 * doubled the cost of a translation (decision 76).
 * ASYNCC_FRAME_LAYOUT_CHECK=1 in the environment parses the output always
 * and reports every frame whose computed size differs (a test hook). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tr.h"

bool g_print_frame_sizes;
unsigned long long g_frame_size_limit = 16384;

typedef struct frame_member {
    char *name;
    long long size, align;
} frame_member;

typedef struct frame_rec {
    char *name;   /* the suspend function (or generated inline body) */
    unsigned off; /* its name in the input (an inline body: its '({') */
    long long size; /* -1: unknown (yet) */
    long long computed; /* from the shapes; -1 when they could not tell */
    char *big;    /* the largest field, and its size */
    long long big_size;
    int ntemps;   /* the translator's temporaries (ac_*), and their bytes */
    long long temps_size;
} frame_rec;

static vec g_frames;

/* ---- shapes ---- */

static void shape_add(frame_shape *s, const char *name, long long size, long long align) {
    if (size < 0 || align <= 0) {
        s->unknown = true;
        return;
    }
    frame_member *m = xcalloc(1, sizeof *m);
    m->name = xstrdup(name);
    m->size = size;
    m->align = align;
    vec_push(&s->members, m);
}

void shape_add_type(frame_shape *s, const char *name, CXType t) {
    shape_add(s, name, clang_Type_getSizeOf(t), clang_Type_getAlignOf(t));
}

void shape_mark_unknown(frame_shape *s) { s->unknown = true; }

void shape_free(frame_shape *s) {
    for (int i = 0; i < s->members.n; i++) {
        frame_member *m = s->members.v[i];
        free(m->name);
        free(m);
    }
    free(s->members.v);
    *s = (frame_shape){0};
}

/* The header's layout, and a pointer's and an int's, from struct
 * ac_frame in the input's parse (its `caller` and `state` members). */
typedef struct header_layout {
    bool done, found;
    long long size, align, ptr_size, ptr_align, int_size, int_align;
} header_layout;

static header_layout g_header;

static enum CXVisitorResult header_field(CXCursor c, CXClientData data) {
    header_layout *h = data;
    char *name = cursor_spelling(c);
    CXType t = clang_getCursorType(c);
    if (!strcmp(name, "caller")) {
        h->ptr_size = clang_Type_getSizeOf(t);
        h->ptr_align = clang_Type_getAlignOf(t);
    } else if (!strcmp(name, "state")) {
        h->int_size = clang_Type_getSizeOf(t);
        h->int_align = clang_Type_getAlignOf(t);
    }
    free(name);
    return CXVisit_Continue;
}

static enum CXChildVisitResult find_header(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    header_layout *h = data;
    if (c.kind != CXCursor_StructDecl || !clang_isCursorDefinition(c)) return CXChildVisit_Continue;
    char *name = cursor_spelling(c);
    bool is = !strcmp(name, "ac_frame");
    free(name);
    if (!is) return CXChildVisit_Continue;
    CXType t = clang_getCursorType(c);
    h->size = clang_Type_getSizeOf(t);
    h->align = clang_Type_getAlignOf(t);
    clang_Type_visitFields(t, header_field, h);
    h->found = h->size > 0 && h->align > 0 && h->ptr_size > 0 && h->int_size > 0;
    return CXChildVisit_Break;
}

static const header_layout *header(void) {
    if (!g_header.done) {
        g_header.done = true;
        if (g_tu) clang_visitChildren(clang_getTranslationUnitCursor(g_tu), find_header, &g_header);
    }
    return &g_header;
}

void shape_add_named(frame_shape *s, const char *name, const char *type) {
    const header_layout *h = header();
    size_t n = strlen(type);
    if (!h->found) s->unknown = true;
    else if (!strcmp(type, "int")) shape_add(s, name, h->int_size, h->int_align);
    else if (n && type[n - 1] == '*') shape_add(s, name, h->ptr_size, h->ptr_align);
    else s->unknown = true;
}

static long long round_to(long long n, long long align) { return (n + align - 1) / align * align; }

void note_frame(const char *name, unsigned off, const frame_shape *head, const frame_shape *fields,
                const frame_shape *temps) {
    frame_rec *r = xcalloc(1, sizeof *r);
    r->name = xstrdup(name);
    r->off = off;
    r->size = r->computed = -1;
    vec_push(&g_frames, r);
    const header_layout *h = header();
    const frame_shape *parts[3] = {head, fields, temps};
    bool known = h->found;
    for (int p = 0; p < 3; p++) known &= !(parts[p] && parts[p]->unknown);
    if (!known) return;
    long long at = h->size, align = h->align;
    for (int p = 0; p < 3; p++) {
        for (int i = 0; parts[p] && i < parts[p]->members.n; i++) {
            frame_member *m = parts[p]->members.v[i];
            at = round_to(at, m->align) + m->size;
            if (m->align > align) align = m->align;
            if (m->size > r->big_size) {
                free(r->big);
                r->big = xstrdup(m->name);
                r->big_size = m->size;
            }
            if (!strncmp(m->name, "ac_", 3)) {
                r->ntemps++;
                r->temps_size += m->size;
            }
        }
    }
    r->size = r->computed = round_to(at, align);
}

typedef struct field_scan {
    char *name;
    long long size;
    int ntemps;
    long long temps_size;
} field_scan;

static enum CXVisitorResult field_visit(CXCursor c, CXClientData data) {
    field_scan *s = data;
    long long n = clang_Type_getSizeOf(clang_getCursorType(c));
    char *name = cursor_spelling(c);
    if (!strncmp(name, "ac_", 3) && n > 0) {
        s->ntemps++;
        s->temps_size += n;
    }
    if (strcmp(name, "hdr") && n > s->size) {
        free(s->name);
        s->name = name;
        s->size = n;
    } else {
        free(name);
    }
    return CXVisit_Continue;
}

static enum CXChildVisitResult struct_visit(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    (void)data;
    if (c.kind != CXCursor_StructDecl || !clang_isCursorDefinition(c)) return CXChildVisit_Continue;
    char *name = cursor_spelling(c);
    size_t n = strlen(name);
    if (n > 10 && !strcmp(name + n - 10, "__ac_frame")) {
        name[n - 10] = 0;
        for (int i = 0; i < g_frames.n; i++) {
            frame_rec *r = g_frames.v[i];
            if (strcmp(r->name, name)) continue;
            CXType t = clang_getCursorType(c);
            long long size = clang_isInvalidDeclaration(c) ? -1 : clang_Type_getSizeOf(t);
            if (r->computed >= 0) {             /* ASYNCC_FRAME_LAYOUT_CHECK */
                if (size >= 0 && size != r->computed)
                    fprintf(stderr, "asyncc: internal error: the frame of '%s' is %lld bytes, computed %lld\n",
                            r->name, size, r->computed);
                break;
            }
            r->size = size;
            if (r->size < 0) break;
            free(r->big);
            field_scan s = {NULL, 0, 0, 0};
            clang_Type_visitFields(t, field_visit, &s);
            r->big = s.name;
            r->big_size = s.size;
            r->ntemps = s.ntemps;
            r->temps_size = s.temps_size;
            break;
        }
    }
    free(name);
    return CXChildVisit_Continue;
}

void check_frame_sizes(const char *out, bool to_stderr) {
    bool warn = warning_enabled(W_FRAME_SIZE);
    if (!g_frames.n || (!g_print_frame_sizes && !warn)) return;
    bool parse = getenv("ASYNCC_FRAME_LAYOUT_CHECK") != NULL;
    for (int i = 0; i < g_frames.n; i++) parse |= ((frame_rec *)g_frames.v[i])->size < 0;
    CXTranslationUnit tu = parse ? parse_output(out) : NULL;
    if (tu) clang_visitChildren(clang_getTranslationUnitCursor(tu), struct_visit, NULL);
    FILE *f = to_stderr ? stderr : stdout;
    for (int i = 0; i < g_frames.n; i++) {
        frame_rec *r = g_frames.v[i];
        unsigned line, col;
        src_line_col(r->off, &line, &col);
        if (g_print_frame_sizes) {
            if (r->size >= 0) fprintf(f, "%s:%u: frame of %s: %lld bytes\n", g_src.path, line, r->name, r->size);
            else fprintf(f, "%s:%u: frame of %s: unknown size\n", g_src.path, line, r->name);
        }
        if (warn && r->size >= 0 && (unsigned long long)r->size > g_frame_size_limit) {
            /* a local's field is NAME_K: name it as the user wrote it */
            char *user = r->big ? xstrdup(r->big) : NULL;
            char *us = user ? strrchr(user, '_') : NULL;
            if (us && us > user && us[1] && strspn(us + 1, "0123456789") == strlen(us + 1)) *us = 0;
            char *what = !user ? NULL
                         : !strncmp(r->big, "ac_", 3) ? xprintf("a temporary ('%s')", r->big)
                                                      : xprintf("'%s'", user);
            char *note;
            if (r->ntemps > 1 && r->temps_size > r->big_size)
                /* many small temporaries, not one big local: say so */
                note = xprintf("%d temporaries (values the function keeps across its suspension points) take "
                               "%lld bytes of it: split the function, or raise the limit with "
                               "--frame-size-limit=BYTES",
                               r->ntemps, r->temps_size);
            else if (r->big)
                note = xprintf("its largest member is %s (%lld bytes): allocate it with malloc, make it "
                               "static, or raise the limit with --frame-size-limit=BYTES",
                               what, r->big_size);
            else
                note = xstrdup("raise the limit with --frame-size-limit=BYTES");
            warn_off(W_FRAME_SIZE, r->off, r->off, NULL, note,
                     "the frame of '%s' is %lld bytes, larger than the limit of %llu bytes (it is allocated "
                     "in the coroutine's frame arena, and a call chain holds one per call)",
                     r->name, r->size, g_frame_size_limit);
            free(note);
            free(user);
            free(what);
        }
    }
    if (g_print_frame_sizes) fflush(f);
    if (tu) {
        clang_disposeTranslationUnit(tu);
        loc_cache_reset();
    }
}
