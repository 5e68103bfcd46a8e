/* Suspend functions shared across translation units: declared here with
 * SUSPEND, defined in xtu_lib.c, called from the xtu-*.c tests. */
#ifndef XTU_LIB_H
#define XTU_LIB_H

#include <asyncc.h>

struct xtu_point {
    int x, y;
    char label[12];
    long history[4];
};

/* Bumped once by every call of an exported suspend function. */
extern int xtu_calls;

SUSPEND int xtu_add(int a, int b);
SUSPEND double xtu_scale(double v, int times);
SUSPEND void xtu_note(int v);
int xtu_last_note(void); /* an ordinary function */

/* A point with history {x, y, x + y, x * y}. */
SUSPEND struct xtu_point xtu_make_point(int x, int y, const char *label);
/* p moved by (dx, dy); history shifted left, x + y appended. */
SUSPEND struct xtu_point xtu_move(struct xtu_point p, int dx, int dy);

/* n + (n - 1) + ... + 1, recursing inside the library; every level yields. */
SUSPEND long xtu_chain(long n);

#endif
