// Suspend functions returning unions by value (plain union, union with an array, struct holding a tagged anonymous union), read back through the member that was written.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

union U {
    int i;
    double d;
    char text[24];
    long long ll;
};

enum Kind { K_INT, K_DBL, K_STR };

struct Tagged {
    enum Kind tag;
    union {
        int i;
        double d;
        const char *s;
    } u;
};

SUSPEND static union U mk_int(int v) {
    union U u;
    memset(&u, 0, sizeof u);
    ac_yield();
    u.i = v;
    return u;
}
SUSPEND static union U mk_dbl(double v) {
    union U u;
    memset(&u, 0, sizeof u);
    ac_delay(1);
    u.d = v;
    return u;
}
SUSPEND static union U mk_text(const char *s) {
    union U u;
    memset(&u, 0, sizeof u);
    ac_yield();
    strncpy(u.text, s, sizeof u.text - 1);
    return u;
}
SUSPEND static struct Tagged tagged(enum Kind k) {
    struct Tagged t;
    t.tag = k;
    ac_yield();
    switch (k) {
    case K_INT: t.u.i = 7; break;
    case K_DBL: t.u.d = 2.25; break;
    case K_STR: t.u.s = "seven"; break;
    }
    return t;
}
SUSPEND static union U pass_through(union U u) { ac_yield(); return u; }

SUSPEND static void show(struct Tagged t) {
    ac_yield();
    switch (t.tag) {
    case K_INT: printf("int %d\n", t.u.i); break;
    case K_DBL: printf("dbl %.2f\n", t.u.d); break;
    case K_STR: printf("str %s\n", t.u.s); break;
    }
}

SUSPEND static int main_co(void) {
    union U a = mk_int(123);
    union U b = mk_dbl(6.5);
    union U c = mk_text("union-text");
    ac_yield();
    printf("a=%d b=%.1f c=%s\n", a.i, b.d, c.text);
    printf("member=%d\n", mk_int(77).i);
    printf("ll=%lld\n", pass_through((union U){ .ll = 1LL << 50 }).ll);
    union U d = pass_through(c);
    printf("d=%s\n", d.text);
    for (int k = K_INT; k <= K_STR; k++)
        show(tagged((enum Kind)k));
    struct Tagged t = tagged(K_DBL);
    printf("tag=%d d=%.2f\n", (int)t.tag, t.u.d);
    return a.i;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: a=123 b=6.5 c=union-text
// CHECK-NEXT: member=77
// CHECK-NEXT: ll=1125899906842624
// CHECK-NEXT: d=union-text
// CHECK-NEXT: int 7
// CHECK-NEXT: dbl 2.25
// CHECK-NEXT: str seven
// CHECK-NEXT: tag=1 d=2.25
// CHECK-NEXT: result=123
// CHECK-NEXT: done
