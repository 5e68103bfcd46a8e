// A fall-through marked with a comment (which gcc's -Wimplicit-fallthrough,
// part of -Wextra, accepts) in a switch that suspends: the output must keep
// the comment where gcc still recognises it, immediately before the next
// case label (a #line directive between them hides it from gcc), so the
// translation compiles warning-free like the input does.
// RUN: %seqcc -Werror -c %s -o %t.seq.o
// RUN: %asyncc %s -o %t.c
// RUN: %gcc -c %t.c -o %t.gcc.o 2>&1 | count 0
// RUN: %clang -c %t.c -o %t.clang.o 2>&1 | count 0
// RUN: FileCheck --check-prefix=GEN %s < %t.c
// GEN: {{^}}__attribute__((fallthrough)); case 2:
// GEN: {{^}}__attribute__((fallthrough)); case 3:
#include <asyncc.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int f(int x) {
    int r = 0;
    switch (x) {
    case 1:
        r += id(1);
        /* fall through */
    case 2:
        r += 1;
        // FALLTHROUGH
    case 3:
        r += id(3);
        break;
    default:
        r = 5;
    }
    return r;
}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking(f(1), &v);
    return e != 0 || v != 5;
}
