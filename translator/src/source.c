/* source.c -- the main file's text, line/column mapping and diagnostics in
 * compiler form:  file:line:col: error: message, the line, and a caret. */
#include <stdio.h>
#include <string.h>

#include "tr.h"

source g_src;
CXTranslationUnit g_tu;
int g_errors;

void src_line_col(size_t off, unsigned *line, unsigned *col) {
    unsigned l = 1, c = 1;
    if (off > g_src.size) off = g_src.size;
    for (size_t i = 0; i < off; i++) {
        if (g_src.text[i] == '\n') {
            l++;
            c = 1;
        } else {
            c++;
        }
    }
    *line = l;
    *col = c;
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
