// Preprocessing directives between the statements of a suspend function (#if
// with an inactive branch that is not C, #define and #undef that later lines
// and main depend on, #pragma and _Pragma around statements) are kept where
// they were written.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#define FEATURE 1
#define K 1

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int body(unsigned u) {
    int x = 0;
#if FEATURE
    x += id(1);
#else
    x += id(1000);
    this is not C, but the preprocessor skips it
#endif
#define LOCALMAC(v) ((v) * id(3))
    x += LOCALMAC(x + 1);
#undef LOCALMAC
#define LOCALMAC 100
    x += LOCALMAC;
    printf("x %d\n", x);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsign-compare"
    if (x < u) printf("x below u\n");
#pragma GCC diagnostic pop
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wunused-variable\"")
    int unused = 9;
    _Pragma("GCC diagnostic pop")
    switch (id(x)) {
#ifdef FEATURE
    case 107:
        x = -x;
        break;
#endif
    default:
#if !FEATURE
        x = 0;
#endif
        break;
    }
    ac_yield();
#undef K
#define K 2
    printf("x %d K %d\n", x, K);
    {
#if 0
        ac_yield(); /* disabled suspension */
        }}} unbalanced, skipped
#endif
    }
    return x;
}

int main(void) {
    int r;
    if (ac_run_blocking(body(500), &r)) return 1;
    printf("r %d K %d\n", r, K);
    return 0;
}
// CHECK:      {{^}}x 107{{$}}
// CHECK-NEXT: {{^}}x below u{{$}}
// CHECK-NEXT: {{^}}x -107 K 2{{$}}
// CHECK-NEXT: {{^}}r -107 K 2{{$}}
// CHECK-NOT: {{.}}
