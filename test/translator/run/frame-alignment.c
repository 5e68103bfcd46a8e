// Locals with extended alignment (_Alignas and <stdalign.h>'s alignas up to a
// page, a struct whose member is over-aligned, a vector type) keep their
// alignment in frames, at every depth of a recursion that fills several arena
// chunks.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>

typedef struct { alignas(64) char line[64]; } cacheline;
typedef int v4si __attribute__((vector_size(16)));

static int aligned(const void *p, uintptr_t a) { return (uintptr_t)p % a == 0; }

SUSPEND static int depth(int n, char pad) {
    char padding[3] = { pad, pad, pad };
    alignas(64) char buf[8] = { 0 };
    _Alignas(32) double d = n;
    alignas(4096) char page[16];
    cacheline cl = { { 0 } };
    v4si vec = { n, n + 1, n + 2, n + 3 };
    ac_yield();
    page[0] = padding[1];
    printf("depth %d %c: buf %d d %d page %d line %d vec %d, alignof %d\n", n, page[0],
           aligned(buf, 64), aligned(&d, 32), aligned(page, 4096), aligned(&cl, 64),
           aligned(&vec, 16), (int)__alignof__(buf));
    buf[0] = (char)d;
    int below = n > 0 ? depth(n - 1, (char)(pad + 1)) : 0;
    return below + buf[0] + vec[3];
}

int main(void) {
    int out;
    if (ac_run_blocking(depth(3, 'A'), &out)) return 1;
    printf("out %d\n", out);
    return 0;
}
// CHECK:      {{^}}depth 3 A: buf 1 d 1 page 1 line 1 vec 1, alignof 64{{$}}
// CHECK-NEXT: {{^}}depth 2 B: buf 1 d 1 page 1 line 1 vec 1, alignof 64{{$}}
// CHECK-NEXT: {{^}}depth 1 C: buf 1 d 1 page 1 line 1 vec 1, alignof 64{{$}}
// CHECK-NEXT: {{^}}depth 0 D: buf 1 d 1 page 1 line 1 vec 1, alignof 64{{$}}
// CHECK-NEXT: {{^}}out 24{{$}}
// CHECK-NOT: {{.}}
