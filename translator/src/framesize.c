/* framesize.c -- the size of each frame the translation defines, for
 * --frame-sizes and -Wasyncc-frame-size.
 *
 * A frame is the struct NAME__ac_frame the translator emits: the header
 * struct ac_frame, then the parameters, the hoisted locals and the
 * temporaries, in that order, with the C layout's padding.  Rather than
 * re-derive that layout field by field (temporaries are declared with
 * __typeof__(expression), locals with the user's own declarator text:
 * _Alignas, attributes, renamed local types), the translation itself is
 * parsed once more with libclang, with the input's flags, and asked for
 * sizeof each frame struct: the compiler's layout of exactly the text
 * that is compiled.  The cost is a second parse, done only when a frame
 * exists and --frame-sizes or the warning asks for it. */
#include <stdio.h>
#include <string.h>

#include "tr.h"

bool g_print_frame_sizes;
unsigned long long g_frame_size_limit = 16384;

typedef struct frame_rec {
    char *name;   /* the suspend function (or generated inline body) */
    unsigned off; /* its name in the input (an inline body: its '({') */
    long long size;
    char *big;    /* the largest field, and its size */
    long long big_size;
    int ntemps;   /* the translator's temporaries (ac_*), and their bytes */
    long long temps_size;
} frame_rec;

static vec g_frames;

void note_frame(const char *name, unsigned off) {
    frame_rec *r = xcalloc(1, sizeof *r);
    r->name = xstrdup(name);
    r->off = off;
    r->size = -1;
    vec_push(&g_frames, r);
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
            if (r->size >= 0 || strcmp(r->name, name)) continue;
            CXType t = clang_getCursorType(c);
            r->size = clang_isInvalidDeclaration(c) ? -1 : clang_Type_getSizeOf(t);
            if (r->size < 0) break;
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
    CXTranslationUnit tu = parse_output(out);
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
    if (tu) clang_disposeTranslationUnit(tu);
}
