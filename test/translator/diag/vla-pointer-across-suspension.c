// A pointer to a variable-length array (a variably modified type) cannot be
// a frame field either: an error at its name when it lives across a
// suspension.  Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <stdlib.h>

SUSPEND static int corner(int n) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:11: error: 'p' has a variably modified type and is live across a suspension; a frame field cannot have such a type (use a plain pointer){{$}}
// CHECK-NEXT: {{^}}    int (*p)[n] = malloc(sizeof(int[n]) * (size_t)n);{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
    int (*p)[n] = malloc(sizeof(int[n]) * (size_t)n);
    ac_yield();
    p[n - 1][n - 1] = 7;
    int r = p[n - 1][n - 1];
    free(p);
    return r;
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    int v;
    return ac_run_blocking(corner(4), &v) != 0;
}
