// Suspend calls as the switch condition (in a suspend function returning from cases, in loops with continue/break, no matching case, char condition) and inside case bodies.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static const char *name(int v) {
    switch (id(v)) {
    case 0:
        return "zero";
    case 1:
    case 2:
        return "small";
    case 10:
        ac_yield();
        return "ten";
    default:
        return "other";
    }
}

SUSPEND static int main_co(void) {
    for (int i = 0; i < 4; i++) {
        const char *nm = name(i);
        printf("%d:%s\n", i, nm);
    }
    printf("10:%s\n", name(10));

    switch (id(3) * id(4) + 1) {
    case 13: printf("thirteen\n"); break;
    default: printf("bad\n"); break;
    }

    int acc = 0;
    for (int i = 0; i < 6; i++) {
        switch (id(i % 3)) {
        case 0:
            continue;
        case 1:
            acc += id(i);
            break;
        default:
            break;
        }
        acc += 1000;
    }
    printf("acc=%d\n", acc);

    int untouched = 7;
    switch (id(99)) {
    case 1: untouched = 0; break;
    }
    printf("untouched=%d\n", untouched);

    switch ((char)id('b')) {
    case 'a': printf("char a\n"); break;
    case 'b': printf("char b\n"); break;
    default: printf("char ?\n"); break;
    }

    int kept = id(5);
    switch (kept) {
    case 5: {
        int inner = id(kept * 2);
        ac_yield();
        printf("inner=%d kept=%d\n", inner, kept);
        break;
    }
    default:
        printf("bad kept\n");
    }
    return acc;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: 0:zero
// CHECK-NEXT: 1:small
// CHECK-NEXT: 2:small
// CHECK-NEXT: 3:other
// CHECK-NEXT: 10:ten
// CHECK-NEXT: thirteen
// CHECK-NEXT: acc=4005
// CHECK-NEXT: untouched=7
// CHECK-NEXT: char b
// CHECK-NEXT: inner=10 kept=5
// CHECK-NEXT: result=4005
// CHECK-NEXT: done
