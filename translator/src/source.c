/* source.c -- the main file's text, line/column mapping and diagnostics in
 * compiler form:  file:line:col: error: message, the line, and a caret. */
#include <stdio.h>
#include <string.h>

#include "tr.h"

source g_src;
CXTranslationUnit g_tu;
int g_errors;
vec g_directives;

/* The offset of each line's first byte: src_line_col is asked for every
 * #line the output carries, and a scan from the start each time made the
 * translation of a large file quadratic. */
static void index_lines(void) {
    size_t n = 1;
    for (size_t i = 0; i < g_src.size; i++) n += g_src.text[i] == '\n';
    g_src.line_starts = xmalloc(n * sizeof *g_src.line_starts);
    g_src.line_starts[0] = 0;
    g_src.nlines = 1;
    for (size_t i = 0; i < g_src.size; i++)
        if (g_src.text[i] == '\n') g_src.line_starts[g_src.nlines++] = i + 1;
}

void src_line_col(size_t off, unsigned *line, unsigned *col) {
    if (!g_src.line_starts) index_lines();
    if (off > g_src.size) off = g_src.size;
    size_t lo = 0, hi = g_src.nlines; /* the last line starting at or before off */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (g_src.line_starts[mid] <= off) lo = mid;
        else hi = mid;
    }
    *line = (unsigned)(lo + 1);
    *col = (unsigned)(off - g_src.line_starts[lo] + 1);
}

static void show_line(size_t off) {
    size_t b = off, e = off;
    while (b > 0 && g_src.text[b - 1] != '\n') b--;
    while (e < g_src.size && g_src.text[e] != '\n') e++;
    fprintf(stderr, "%.*s\n", (int)(e - b), g_src.text + b);
    for (size_t i = b; i < off; i++) fputc(g_src.text[i] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

static void vdiag(size_t off, const char *fmt, va_list ap) {
    unsigned line, col;
    src_line_col(off, &line, &col);
    fprintf(stderr, "%s:%u:%u: error: ", g_src.path, line, col);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    show_line(off);
    g_errors++;
}

void diag_off(size_t off, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vdiag(off, fmt, ap);
    va_end(ap);
}

void diag_at(CXCursor c, const char *fmt, ...) {
    loc l = loc_of(clang_getCursorLocation(c));
    va_list ap;
    va_start(ap, fmt);
    vdiag(l.in_main ? (l.direct ? l.off : l.exp) : 0, fmt, ap);
    va_end(ap);
}

/* Preprocessing directives in [b, e): each line whose first token is '#',
 * with its continuation lines, outside comments and literals. */
void find_directives(unsigned b, unsigned e, vec *out) {
    const char *t = g_src.text;
    bool line_start = true;
    for (unsigned i = b; i < e; i++) {
        char ch = t[i];
        if (ch == '\n') {
            line_start = true;
        } else if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v') {
            /* blanks keep line_start */
        } else if (ch == '\\' && i + 1 < e && t[i + 1] == '\n') {
            i++; /* a spliced line continues the current one */
        } else if (ch == '#' && line_start) {
            directive *d = xcalloc(1, sizeof *d);
            d->b = i;
            while (i < e && !(t[i] == '\n' && t[i - 1] != '\\')) i++;
            d->e = i;
            vec_push(out, d);
            line_start = true;
        } else if (ch == '/' && i + 1 < e && t[i + 1] == '*') {
            for (i += 2; i + 1 < e && !(t[i] == '*' && t[i + 1] == '/'); i++) {}
            i++;
        } else if (ch == '/' && i + 1 < e && t[i + 1] == '/') {
            while (i + 1 < e && !(t[i + 1] == '\n' && t[i] != '\\')) i++;
        } else if (ch == '"' || ch == '\'') {
            for (i++; i < e && t[i] != ch && t[i] != '\n'; i++)
                if (t[i] == '\\') i++;
            line_start = false;
        } else {
            line_start = false;
        }
    }
}

/* The first directive that starts at or after `off` (index into
 * g_directives, which is in source order). */
static int first_directive_from(unsigned off) {
    int lo = 0, hi = g_directives.n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (((directive *)g_directives.v[mid])->b < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

void keep_directives(unsigned b, unsigned e) {
    for (int i = first_directive_from(b); i < g_directives.n; i++) {
        directive *d = g_directives.v[i];
        if (d->e > e) break;
        d->kept = true;
    }
}

/* Each skipped range (an inactive #if branch) starts at the '#' of the
 * directive that opens it: record its end there, once. */
static void note_skipped_ranges(void) {
    static bool done;
    if (done) return;
    done = true;
    CXSourceRangeList *skipped = clang_getSkippedRanges(g_tu, g_src.file);
    for (unsigned i = 0; skipped && i < skipped->count; i++) {
        unsigned b, e;
        clang_getSpellingLocation(clang_getRangeStart(skipped->ranges[i]), NULL, NULL, NULL, &b);
        clang_getSpellingLocation(clang_getRangeEnd(skipped->ranges[i]), NULL, NULL, NULL, &e);
        int k = first_directive_from(b);
        if (k < g_directives.n && ((directive *)g_directives.v[k])->b == b)
            ((directive *)g_directives.v[k])->skip_end = e;
    }
    if (skipped) clang_disposeSourceRangeList(skipped);
}

unsigned directive_or_skipped_end(unsigned off) {
    note_skipped_ranges();
    int k = first_directive_from(off);
    if (k == g_directives.n) return 0;
    directive *d = g_directives.v[k];
    if (d->b != off) return 0;
    return d->skip_end > d->e ? d->skip_end : d->e;
}
