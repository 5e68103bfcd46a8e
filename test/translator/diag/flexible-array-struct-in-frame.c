// A local whose struct type ends in a flexible array member cannot be a frame
// field (it would sit in the middle of the frame struct: a GNU extension clang
// warns about): live across a suspension, or captured by value by an inline
// body, it is an error; a pointer to it, or a by-reference capture, is fine.
// Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <stdio.h>

struct msg { int n; char data[]; };
struct wrapped { int tag; struct msg m; };

SUSPEND static int f(struct msg *p) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:16: error: 'm' has a struct type with a flexible array member and is live across a suspension; such a struct cannot be a frame field (allocate it and keep a pointer){{$}}
// CHECK-NEXT: {{^}}    struct msg m = { 3 };{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}
    struct msg m = { 3 };
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:20: error: 'w' has a struct type with a flexible array member
// CHECK-NEXT: {{^}}    struct wrapped w = { 1, { 2 } };{{$}}
// CHECK-NEXT: {{^}}                   ^{{$}}
    struct wrapped w = { 1, { 2 } };
    ac_yield();
    int shared = 0;
    ac_coroutine_scope(s) {
        ac_launch(s, ({ ac_yield(); shared = p->n; }));   /* a pointer: fine */
    }
    return m.n + w.tag + shared;
}

int main(void) {
    struct msg m = { 3 };
    ac_scope *sc = ac_scope_new(NULL);
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:49: error: cannot capture 'm' by value in an inline coroutine body: its struct type has a flexible array member, which a frame field cannot have; capture a pointer to it{{$}}
// CHECK-NEXT: {{^}}    ac_launch(sc, ({ ac_yield(); printf("%d\n", m.n); }));{{$}}
// CHECK-NEXT: {{^}}                                                ^{{$}}
    ac_launch(sc, ({ ac_yield(); printf("%d\n", m.n); }));
    ac_scope_release(sc);
    int v = 0;
    if (ac_run_blocking(f(&m), &v)) return 1;
    return v;
}
// CHECK-NEXT: 3 errors generated.
