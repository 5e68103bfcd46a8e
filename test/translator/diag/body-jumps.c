// An inline body runs as a coroutine of its own, so nothing can jump out of
// it: `return` (GNU C would return from the enclosing function), `break` and
// `continue` of a loop outside the body, `goto` a label outside it, and a
// label's address taken across its edge, either way.  Jumps within the body
// (its own loops, switch, labels) are fine.  Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static void step(void) { ac_yield(); }

SUSPEND static int f(int n) {
    for (int i = 0; i < n; i++) {
        ac_coroutine_scope(s) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:29: error: return in an inline coroutine body: the body runs as a coroutine of its own and cannot return from 'f'; its value is its last expression statement{{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ return 5; }));{{$}}
// CHECK-NEXT: {{^}}                            ^{{$}}
            ac_launch(s, ({ return 5; }));
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:37: error: break leaves the inline coroutine body, which runs as a coroutine of its own; a jump cannot leave it{{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ step(); break; }));{{$}}
// CHECK-NEXT: {{^}}                                    ^{{$}}
            ac_launch(s, ({ step(); break; }));
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:38: error: continue leaves the inline coroutine body, which runs as a coroutine of its own; a jump cannot leave it{{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ if (i) { continue; } }));{{$}}
// CHECK-NEXT: {{^}}                                     ^{{$}}
            ac_launch(s, ({ if (i) { continue; } }));
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:29: error: goto 'out' leaves the inline coroutine body, which runs as a coroutine of its own; a jump cannot leave it{{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ goto out; }));{{$}}
// CHECK-NEXT: {{^}}                            ^{{$}}
            ac_launch(s, ({ goto out; }));
            /* jumps inside the body are its own */
            ac_launch(s, ({
                for (int k = 0; k < 3; k++) { if (k) continue; step(); break; }
                switch (n) { case 1: step(); break; default: goto done; }
            done:
                step();
            }));
        }
    }
out:
    return n;
}

int main(void) {
    void *outside = &&here;
    ac_error *e = ac_run_blocking(({
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:19: error: the address of label 'here', outside the inline coroutine body, is taken inside it; the body runs as a coroutine of its own{{$}}
// CHECK-NEXT: {{^}}        void *p = &&here;{{$}}
// CHECK-NEXT: {{^}}                  ^{{$}}
        void *p = &&here;
        (void)p;
    inside:
        step();
    }), NULL);
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:15: error: the address of label 'inside', inside an inline coroutine body, is taken outside it; the body runs as a coroutine of its own{{$}}
// CHECK-NEXT: {{^}}    void *q = &&inside;{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
    void *q = &&inside;
here:
    return e != 0 && outside != q;
}
// CHECK-NEXT: {{^}}6 errors generated.{{$}}
