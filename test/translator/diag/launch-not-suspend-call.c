// A builder must be given a call of a suspend function or an inline body
// ({ ... }): a call of an ordinary function, or an expression that is
// neither, is an error at that argument, in suspend functions and in
// ordinary code alike.  Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static void child(void) { ac_yield(); }
static void plain(void) {}

SUSPEND static int f(int n) {
    ac_coroutine_scope(s) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:22: error: ac_launch expects a call of a suspend function or an inline body, like ac_launch(scope, f(x)) or ac_launch(scope, ({ ... })){{$}}
// CHECK-NEXT: {{^}}        ac_launch(s, plain());{{$}}
// CHECK-NEXT: {{^}}                     ^{{$}}
        ac_launch(s, plain());
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:22: error: ac_launch expects a call of a suspend function or an inline body, like ac_launch(scope, f(x)) or ac_launch(scope, ({ ... })){{$}}
// CHECK-NEXT: {{^}}        ac_launch(s, n + 1);{{$}}
// CHECK-NEXT: {{^}}                     ^{{$}}
        ac_launch(s, n + 1);
        ac_launch(s, child());
    }
    return n;
}

int main(void) {
    int v = 0;
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:25: error: ac_run_blocking expects a call of a suspend function or an inline body, like ac_run_blocking(f(x), &out) or ac_run_blocking(({ ... }), &out){{$}}
// CHECK-NEXT: {{^}}    if (ac_run_blocking(plain(), NULL)){{$}}
// CHECK-NEXT: {{^}}                        ^{{$}}
    if (ac_run_blocking(plain(), NULL))
        return 1;
    ac_error *e = ac_run_blocking(f(4), &v);
    return e != 0;
}
// CHECK-NEXT: {{^}}3 errors generated.{{$}}
