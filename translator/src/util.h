/* util.h -- memory, growable strings and vectors for the translator. */
#ifndef ASYNCC_UTIL_H
#define ASYNCC_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable, always NUL-terminated string. */
typedef struct buf {
    char *s;
    size_t len, cap;
} buf;

void buf_put(buf *b, const char *s, size_t n);
void buf_puts(buf *b, const char *s);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(buf *b, const char *fmt, va_list ap);
void buf_free(buf *b);
/* Ensures the text ends with a newline (used before #line directives). */
void buf_newline(buf *b);

/* A growable array of pointers. */
typedef struct vec {
    void **v;
    int n, cap;
} vec;

void vec_push(vec *a, void *p);

/* A character of a C identifier (letter, digit, underscore). */
static inline int is_ident_char(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

#endif
