// Macros that expand to suspend calls used as conditions of if, while, for, do-while, switch and ?:, including a macro built from other such macros.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int calls;

SUSPEND static int id(int x) { calls++; ac_yield(); return x; }

#define IS_POS(x) (id(x) > 0)
#define BOTH_POS(a, b) (IS_POS(a) && IS_POS(b))
#define GET(x) id(x)

SUSPEND static int main_co(void) {
    if (IS_POS(3))
        printf("3 positive\n");
    if (!IS_POS(-3))
        printf("-3 not positive\n");

    int n = 7;
    while (IS_POS(n))
        n -= 2;
    printf("n=%d\n", n);

    int loops = 0;
    for (int i = 3; BOTH_POS(i, 5); i--)
        loops++;
    printf("loops=%d\n", loops);

    calls = 0;
    int r = BOTH_POS(-1, 5);
    printf("short-circuit r=%d calls=%d\n", r, calls);

    int k = 0;
    do
        k++;
    while (GET(k) < 3);
    printf("k=%d\n", k);

    switch (GET(2)) {
    case 2: printf("switch two\n"); break;
    default: printf("switch other\n"); break;
    }

    const char *s = IS_POS(0) ? "pos" : "nonpos";
    printf("s=%s\n", s);
    return n;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: 3 positive
// CHECK-NEXT: -3 not positive
// CHECK-NEXT: n=-1
// CHECK-NEXT: loops=3
// CHECK-NEXT: short-circuit r=0 calls=1
// CHECK-NEXT: k=3
// CHECK-NEXT: switch two
// CHECK-NEXT: s=nonpos
// CHECK-NEXT: result=-1
// CHECK-NEXT: done
