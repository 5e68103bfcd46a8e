// Suspend functions returning data pointers (into a static table, to locals of the caller, NULL, void *, pointer-to-pointer, heap memory) and function pointers (via typedef and via the raw declarator syntax), called directly on the result.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int table[4] = {1, 2, 3, 4};

static int dbl(int x) { return 2 * x; }
static int sq(int x) { return x * x; }
typedef int (*unop)(int);

SUSPEND static int *find(int v) {
    for (int i = 0; i < 4; i++) {
        ac_yield();
        if (table[i] == v)
            return &table[i];
    }
    return NULL;
}
SUSPEND static const char *greet(int n) { ac_yield(); return n ? "hi there" : "bye"; }
SUSPEND static void *vp(void *p) { ac_yield(); return p; }
SUSPEND static int **pp(int **p) { ac_delay(1); return p; }
SUSPEND static unop pick(int which) { ac_yield(); return which ? sq : dbl; }
SUSPEND static int (*pick2(int which))(int) {
    ac_delay(1);
    return which ? dbl : sq;
}
SUSPEND static char *heap_copy(const char *s) {
    size_t n = strlen(s) + 1;
    ac_yield();
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

SUSPEND static int main_co(void) {
    int *p = find(3);
    printf("find=%d at %d\n", *p, (int)(p - table));
    printf("missing=%s\n", find(9) == NULL ? "null" : "found");
    *find(1) = 100;
    printf("table0=%d\n", table[0]);

    printf("pick(1)(7)=%d\n", pick(1)(7));
    unop u = pick(0);
    ac_yield();
    printf("u(7)=%d\n", u(7));
    printf("pick2(1)(5)=%d\n", pick2(1)(5));
    printf("(*pick2(0))(5)=%d\n", (*pick2(0))(5));
    int (*fp)(int) = pick2(0);
    printf("fp(6)=%d\n", fp(6));

    char *h = heap_copy(greet(1));
    ac_yield();
    if (!h)
        return -1;
    printf("heap=%s\n", h);
    free(h);

    int x = 5;
    int *px = &x;
    int **ppx = pp(&px);
    **ppx = 6;
    void *v = vp(&x);
    ac_yield();
    *(int *)v += 1;
    printf("x=%d same=%d\n", x, v == (void *)px);
    return x;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: find=3 at 2
// CHECK-NEXT: missing=null
// CHECK-NEXT: table0=100
// CHECK-NEXT: pick(1)(7)=49
// CHECK-NEXT: u(7)=14
// CHECK-NEXT: pick2(1)(5)=10
// CHECK-NEXT: (*pick2(0))(5)=25
// CHECK-NEXT: fp(6)=36
// CHECK-NEXT: heap=hi there
// CHECK-NEXT: x=7 same=1
// CHECK-NEXT: result=7
// CHECK-NEXT: done
