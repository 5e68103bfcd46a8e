/* depfile.c -- `asyncc -MD [-MF file] [-MT target]`: a Make-style
 * dependency file naming every file the translation read (the input and
 * each header, in inclusion order, once), like gcc's -MD, so that Make,
 * Ninja and CMake re-translate a source when a header it includes changes.
 *
 *     out.c: in.c \
 *       include/a.h \
 *       /usr/include/stdio.h
 *
 * libclang's builtin headers (stddef.h, ...) are listed too: they belong to
 * the libclang the translation used. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tr.h"

typedef struct {
    char **v;
    size_t n, cap;
} paths;

static void add_path(paths *p, const char *s) {
    for (size_t i = 0; i < p->n; i++)
        if (!strcmp(p->v[i], s)) return;
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 32;
        p->v = realloc(p->v, p->cap * sizeof *p->v);
        if (!p->v) {
            fprintf(stderr, "asyncc: error: out of memory\n");
            exit(1);
        }
    }
    p->v[p->n++] = xstrdup(s);
}

static void visit(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data) {
    (void)stack;
    (void)depth;
    CXString name = clang_getFileName(file);
    const char *s = clang_getCString(name);
    if (s && *s) add_path(data, s);
    clang_disposeString(name);
}

/* Make's escapes, as gcc writes them: a space or '#' gets a backslash,
 * '$' doubles. */
static void put_escaped(FILE *f, const char *s) {
    for (; *s; s++) {
        if (*s == ' ' || *s == '#') fputc('\\', f);
        if (*s == '$') fputc('$', f);
        fputc(*s, f);
    }
}

int write_depfile(const char *path, const char *target) {
    paths p = {0};
    clang_getInclusions(g_tu, visit, &p);
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        return 1;
    }
    put_escaped(f, target);
    fputc(':', f);
    for (size_t i = 0; i < p.n; i++) {
        fputs(i ? " \\\n  " : " ", f);
        put_escaped(f, p.v[i]);
    }
    fputc('\n', f);
    int rc = ferror(f) ? 1 : 0;
    if (fclose(f) != 0) rc = 1;
    if (rc) fprintf(stderr, "asyncc: error: cannot write '%s'\n", path);
    return rc;
}
