// ?: with suspend calls: only the chosen branch's call runs (global counter), nested and chained ternaries, struct-valued and void-valued branches.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct P { int x, y; };

static int calls;
static int last_note;

SUSPEND static int t(int v) { calls++; ac_yield(); return v; }
SUSPEND static struct P mkp(int v) { calls++; ac_yield(); struct P p = { v, -v }; return p; }
SUSPEND static void note(int v) { calls++; ac_yield(); last_note = v; }

SUSPEND static const char *classify(int n) {
    return n < t(0) ? "neg" : n == t(0) ? "zero" : n < t(10) ? "small" : "big";
}

SUSPEND static int pick(int a, int b, int c) {
    return t(a) ? (t(b) ? t(1) : t(2)) : (t(c) ? t(3) : t(4));
}

SUSPEND static int main_co(void) {
    int x;
    calls = 0; x = t(1) ? t(10) : t(20);
    printf("true x=%d calls=%d\n", x, calls);
    calls = 0; x = t(0) ? t(10) : t(20);
    printf("false x=%d calls=%d\n", x, calls);
    int c = 0;
    calls = 0; x = c ? t(10) : 5;
    printf("plain x=%d calls=%d\n", x, calls);
    c = 1;
    calls = 0; x = c ? 6 : t(10);
    printf("plain2 x=%d calls=%d\n", x, calls);

    calls = 0; x = pick(1, 0, 1);
    printf("pick(1,0,1)=%d calls=%d\n", x, calls);
    calls = 0; x = pick(0, 1, 1);
    printf("pick(0,1,1)=%d calls=%d\n", x, calls);
    calls = 0; x = pick(0, 1, 0);
    printf("pick(0,1,0)=%d calls=%d\n", x, calls);

    int ns[4] = { -5, 0, 5, 50 };
    for (int i = 0; i < 4; i++) {
        calls = 0;
        const char *k = classify(ns[i]);
        printf("classify(%d)=%s calls=%d\n", ns[i], k, calls);
    }

    calls = 0;
    int y = (t(1) ? mkp(3) : mkp(4)).y;
    printf("struct y=%d calls=%d\n", y, calls);

    calls = 0;
    t(0) ? note(1) : note(2);
    printf("void note=%d calls=%d\n", last_note, calls);

    calls = 0;
    x = t(2) > 1 ? t(3) + (t(0) ? t(100) : t(200)) : t(7);
    printf("inner x=%d calls=%d\n", x, calls);
    return x;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: true x=10 calls=2
// CHECK-NEXT: false x=20 calls=2
// CHECK-NEXT: plain x=5 calls=0
// CHECK-NEXT: plain2 x=6 calls=0
// CHECK-NEXT: pick(1,0,1)=2 calls=3
// CHECK-NEXT: pick(0,1,1)=3 calls=3
// CHECK-NEXT: pick(0,1,0)=4 calls=3
// CHECK-NEXT: classify(-5)=neg calls=1
// CHECK-NEXT: classify(0)=zero calls=2
// CHECK-NEXT: classify(5)=small calls=3
// CHECK-NEXT: classify(50)=big calls=3
// CHECK-NEXT: struct y=-3 calls=2
// CHECK-NEXT: void note=2 calls=2
// CHECK-NEXT: inner x=203 calls=4
// CHECK-NEXT: result=203
// CHECK-NEXT: done
