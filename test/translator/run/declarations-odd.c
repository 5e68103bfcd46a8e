// Frame locals with unusual declarations: const volatile, __auto_type, array
// sizes that name other locals, a VLA typedef whose size is a parameter in a
// block that does not suspend, typeof and compound literals of a local struct
// (renamed at file scope), anonymous local enums whose constants would clash
// at file scope (with each other and with a global), and attributes in front
// of later declarators.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

enum { SHARED = 100 };

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int qualifiers(void) {
    const volatile int cv = 3;
    int *const volatile p = (int *)&cv;
    __auto_type a = 4;
    __auto_type q = &a;
    ac_yield();
    return cv + (p != 0) + a + *q;
}

SUSPEND static int sizes(int n) {
    int a = 1;
    char b[sizeof a];
    long c[sizeof b + 1];
    ac_yield();
    int s = id(0);
    {
        typedef int row[n];
        row r;
        int (*pr)[n] = &r;
        for (int i = 0; i < n; i++) (*pr)[i] = i;
        for (int i = 0; i < n; i++) s += r[i];
        s += (int)sizeof(row);
    }
    return (int)sizeof b + (int)(sizeof c / sizeof c[0]) + a + s + id(0);
}

SUSPEND static int local_tags(void) {
    struct s { int v; } a = { 2 };
    __typeof__(a) b = a;
    struct s *p = &(struct s){ 5 };
    ac_yield();
    return b.v * 10 + p->v + (int)(struct s){ id(7) }.v * 100;
}

SUSPEND static int attributes(void) {
    int a = 1, __attribute__((unused)) b = 2, __attribute__((aligned(32))) c[2] = { 3, 4 };
    ac_yield();
    return a + c[1] + (int)__alignof__(c);
}

SUSPEND static int enum_one(void) { enum { A = 1, SHARED = 5 } x = A; ac_yield(); return x + SHARED; }
SUSPEND static int enum_two(void) { enum { A = 2 } y = A; ac_yield(); return y + SHARED; }

int main(void) {
    int r1, r2, r3, r4, r5, r6;
    if (ac_run_blocking(qualifiers(), &r1) || ac_run_blocking(sizes(4), &r2) ||
        ac_run_blocking(local_tags(), &r3) || ac_run_blocking(enum_one(), &r4) ||
        ac_run_blocking(enum_two(), &r5) || ac_run_blocking(attributes(), &r6))
        return 1;
    printf("qualifiers %d\nsizes %d\ntags %d\nenums %d %d\nattributes %d\n", r1, r2, r3, r4, r5, r6);
    return 0;
}
// CHECK:      {{^}}qualifiers 12{{$}}
// CHECK-NEXT: {{^}}sizes 32{{$}}
// CHECK-NEXT: {{^}}tags 725{{$}}
// CHECK-NEXT: {{^}}enums 6 102{{$}}
// CHECK-NEXT: {{^}}attributes 37{{$}}
// CHECK-NOT: {{.}}
