// A builder in ordinary code written as a macro's argument (assert-style
// checks) is rewritten in place inside the invocation, which stays as written;
// the builder may span lines.  glibc's assert expands its argument twice (once
// under sizeof): the text is rewritten once and the coroutine runs once.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck --check-prefix=SHAPE %s < %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <assert.h>
#include <stdio.h>

static int runs;
SUSPEND static int f(int x) { runs++; ac_yield(); return x * 2; }

#define CHECK(cond) do { if (!(cond)) { printf("failed: %s\n", #cond); return 1; } printf("ok\n"); } while (0)

int main(void) {
    int v = 0;
    CHECK(ac_run_blocking(f(21), &v) == NULL);
// SHAPE: CHECK(ac__run_blocking(0, f__ac_new(ac__coro_lazy(sizeof(int)), 0, 21), (&v), sizeof(int)) == NULL);
    printf("v=%d\n", v);
    CHECK(ac_run_blocking (
              f(v), &v) == NULL && v == 84);
    printf("v=%d\n", v);
    assert(ac_run_blocking(f(1), &v) == NULL);
// SHAPE: assert(ac__run_blocking(0, f__ac_new(ac__coro_lazy(sizeof(int)), 0, 1), (&v), sizeof(int)) == NULL);
    printf("v=%d runs=%d\n", v, runs);
    return 0;
}
// CHECK: ok
// CHECK-NEXT: v=42
// CHECK-NEXT: ok
// CHECK-NEXT: v=84
// CHECK-NEXT: v=2 runs=3
