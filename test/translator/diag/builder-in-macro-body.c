// A builder in ordinary code is rewritten where it is written.  Written in the
// body of another macro, it is not in the file's text: that is an error at the
// macro's invocation (it used to replace the whole invocation with the builder,
// dropping the macro's other statements), as are two builders in one
// invocation's arguments.  One builder in a macro's arguments is fine
// (run/builder-in-macro-argument.c).  Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int f(void) { ac_yield(); return 1; }

#define RUN(fn, out) do { printf("before\n"); if (ac_run_blocking(fn(), out)) return 1; } while (0)
#define GO(fn, out) ac_run_blocking(fn(), out)
#define BOTH(a, b) ((a) || (b))

int main(void) {
    int v = 0;
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:5: error: ac_run_blocking in the body of a macro cannot be translated in ordinary code (only in its arguments, once per invocation); write the builder outside the macro, or move the code into a suspend function{{$}}
// CHECK-NEXT: {{^}}    RUN(f, &v);{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
    RUN(f, &v);
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:13: error: ac_run_blocking in the body of a macro
// CHECK-NEXT: {{^}}    (void)!!GO(f, &v);{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
    (void)!!GO(f, &v);
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+6]]:9: error: ac_run_blocking in the body of a macro
// CHECK-NEXT: {{^}}    if (BOTH(ac_run_blocking(f(), &v), ac_run_blocking(f(), &v))) return 1;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:9: error: ac_run_blocking in the body of a macro
// CHECK-NEXT: {{^}}    if (BOTH(ac_run_blocking(f(), &v), ac_run_blocking(f(), &v))) return 1;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
    if (BOTH(ac_run_blocking(f(), &v), ac_run_blocking(f(), &v))) return 1;
    return v;
}
// CHECK-NEXT: 4 errors generated.
