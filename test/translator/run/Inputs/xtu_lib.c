/* Library side of the cross-translation-unit tests (see xtu_lib.h). */
#include "xtu_lib.h"

#include <stdio.h>

int xtu_calls;
static int last_note;

/* A suspend function private to this translation unit. */
SUSPEND static int lib_id(int v) {
    ac_yield();
    return v;
}

SUSPEND int xtu_add(int a, int b) {
    xtu_calls++;
    int x = lib_id(a);
    ac_delay(1);
    return x + lib_id(b);
}

SUSPEND double xtu_scale(double v, int times) {
    xtu_calls++;
    double r = v;
    for (int i = 1; i < times; i++)
        r += lib_id(1) * v;
    return r;
}

SUSPEND void xtu_note(int v) {
    xtu_calls++;
    ac_yield();
    last_note = v;
}

int xtu_last_note(void) { return last_note; }

SUSPEND struct xtu_point xtu_make_point(int x, int y, const char *label) {
    xtu_calls++;
    struct xtu_point p;
    p.x = lib_id(x);
    p.y = lib_id(y);
    snprintf(p.label, sizeof p.label, "%s", label);
    p.history[0] = x;
    p.history[1] = y;
    p.history[2] = x + y;
    p.history[3] = (long)x * y;
    return p;
}

SUSPEND struct xtu_point xtu_move(struct xtu_point p, int dx, int dy) {
    xtu_calls++;
    ac_yield();
    p.x += dx;
    p.y += lib_id(dy);
    for (int i = 0; i < 3; i++)
        p.history[i] = p.history[i + 1];
    p.history[3] = p.x + p.y;
    return p;
}

SUSPEND long xtu_chain(long n) {
    xtu_calls++;
    ac_yield();
    if (n == 0)
        return 0;
    long rest = xtu_chain(n - 1);
    return rest + n;
}
