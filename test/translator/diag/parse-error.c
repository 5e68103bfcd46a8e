// Input that does not parse: clang's own error is passed through in the same
// compiler form (file:line:col: error: message, the line, a caret) and
// counted.  Exit
// status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int f(int n) {
    ac_yield();
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:15: error: expected expression{{$}}
// CHECK-NEXT: {{^}}    return n +;{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
    return n +;
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking(f(4), &v);
    return e != 0;
}
