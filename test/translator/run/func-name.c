// __func__, __FUNCTION__ and __PRETTY_FUNCTION__ in a suspend function name
// that function (not the generated resume function), also inside macros such
// as assert's; in an inline body they name the function the body is written
// in, as in a statement expression; outside, they are C's own again.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#define WHERE() printf("in %s (%zu bytes)\n", __func__, sizeof __func__)

SUSPEND static int fetch(int x) {
    printf("%s before\n", __func__);
    ac_yield();
    printf("%s %s after\n", __FUNCTION__, __PRETTY_FUNCTION__);
    WHERE();
    return x;
}

SUSPEND static int outer(void) {
    int v = 0;
    ac_coroutine_scope(s) {
        ac_deferred *d = ac_async(s, ({ ac_yield(); printf("body in %s\n", __func__); 7; }));
        v = fetch(1) + AC_AWAIT(int, d);
    }
    return v;
}

static void plain(void) { printf("plain is %s\n", __func__); }

int main(void) {
    int v = 0;
    ac_error *err = ac_run_blocking(outer(), &v);
    if (err) return 1;
    plain();
    printf("%s: v=%d\n", __func__, v);
    return 0;
}
// CHECK: fetch before
// CHECK-NEXT: fetch fetch after
// CHECK-NEXT: in fetch (6 bytes)
// CHECK-NEXT: body in outer
// CHECK-NEXT: plain is plain
// CHECK-NEXT: main: v=8
