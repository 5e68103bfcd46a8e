// Several parse errors: each is passed through with its notes (here clang's
// "previous declaration is here"), in source order, and counted.  Exit
// status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

int twice(int x);
// CHECK:      {{^}}[[FILE]]:[[@LINE+6]]:6: error: conflicting types for 'twice'{{$}}
// CHECK-NEXT: {{^}}long twice(int x);{{$}}
// CHECK-NEXT: {{^}}     ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE-4]]:5: note: previous declaration is here{{$}}
// CHECK-NEXT: {{^}}int twice(int x);{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
long twice(int x);

SUSPEND static int f(int n) {
    ac_yield();
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:23: error: use of undeclared identifier 'm'{{$}}
// CHECK-NEXT: {{^}}    return twice(n) + m;{{$}}
// CHECK-NEXT: {{^}}                      ^{{$}}
    return twice(n) + m;
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}

int main(void) {
    int v = 0;
    return ac_run_blocking(f(4), &v) != 0;
}
