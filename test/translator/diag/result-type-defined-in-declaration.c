// A struct defined in a suspend function's result type would disappear with
// the function's text, which the translator replaces: an error at the
// struct, asking for it to be defined before the function.  Exit status 1,
// no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:23: error: the result type of suspend function 'mk' is defined in its declaration; define the type before the function{{$}}
// CHECK-NEXT: {{^}}SUSPEND static struct R { int v; } mk(void) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}                      ^{{$}}
SUSPEND static struct R { int v; } mk(void) {
    struct R r = { 7 };
    ac_yield();
    return r;
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    struct R out;
    return ac_run_blocking(mk(), &out) != 0;
}
