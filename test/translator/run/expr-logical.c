// && and || keep short-circuit evaluation when the right operand is a suspend call: a global counter shows the right side runs only when the left does not decide.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int calls;

SUSPEND static int t(int v) { calls++; ac_yield(); return v; }

SUSPEND static int main_co(void) {
    int r;
    calls = 0; r = t(0) && t(1);
    printf("0&&1 r=%d calls=%d\n", r, calls);
    calls = 0; r = t(1) && t(0);
    printf("1&&0 r=%d calls=%d\n", r, calls);
    calls = 0; r = t(1) || t(1);
    printf("1||1 r=%d calls=%d\n", r, calls);
    calls = 0; r = t(0) || t(5);
    printf("0||5 r=%d calls=%d\n", r, calls);
    calls = 0; r = t(0) || t(0) || t(3) || t(4);
    printf("chain|| r=%d calls=%d\n", r, calls);
    calls = 0; r = t(1) && t(2) && t(0) && t(4);
    printf("chain&& r=%d calls=%d\n", r, calls);
    calls = 0; r = (t(0) && t(1)) || (t(1) && t(0)) || t(1);
    printf("mixed r=%d calls=%d\n", r, calls);
    calls = 0; r = !t(0) && t(7);
    printf("not r=%d calls=%d\n", r, calls);

    int zero = 0, one = 1;
    calls = 0; r = zero && t(1);
    printf("plain&& r=%d calls=%d\n", r, calls);
    calls = 0; r = one || t(1);
    printf("plain|| r=%d calls=%d\n", r, calls);

    calls = 0;
    if (t(0) && t(1)) printf("bad\n"); else printf("if&& false calls=%d\n", calls);
    calls = 0;
    if (t(2) || t(0)) printf("if|| true calls=%d\n", calls);

    calls = 0;
    int i = 0;
    while (i < 3 && t(1)) i++;
    printf("while i=%d calls=%d\n", i, calls);

    int *np = NULL;
    calls = 0; r = np != NULL && *np == t(1);
    printf("guard r=%d calls=%d\n", r, calls);

    int flag = 0;
    calls = 0; r = t(1) || (flag = t(9));
    printf("assign r=%d flag=%d calls=%d\n", r, flag, calls);
    calls = 0; r = t(0) || (flag = t(9));
    printf("assign2 r=%d flag=%d calls=%d\n", r, flag, calls);

    int local = 41;
    calls = 0; r = t(1) && t(local + 1) == 42;
    printf("local r=%d local=%d calls=%d\n", r, local, calls);
    return r;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: 0&&1 r=0 calls=1
// CHECK-NEXT: 1&&0 r=0 calls=2
// CHECK-NEXT: 1||1 r=1 calls=1
// CHECK-NEXT: 0||5 r=1 calls=2
// CHECK-NEXT: chain|| r=1 calls=3
// CHECK-NEXT: chain&& r=0 calls=3
// CHECK-NEXT: mixed r=1 calls=4
// CHECK-NEXT: not r=1 calls=2
// CHECK-NEXT: plain&& r=0 calls=0
// CHECK-NEXT: plain|| r=1 calls=0
// CHECK-NEXT: if&& false calls=1
// CHECK-NEXT: if|| true calls=1
// CHECK-NEXT: while i=3 calls=3
// CHECK-NEXT: guard r=0 calls=0
// CHECK-NEXT: assign r=1 flag=0 calls=1
// CHECK-NEXT: assign2 r=1 flag=9 calls=2
// CHECK-NEXT: local r=1 local=41 calls=2
// CHECK-NEXT: result=1
// CHECK-NEXT: done
