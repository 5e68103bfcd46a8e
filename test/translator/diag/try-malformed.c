// Malformed try statements: an ac_try without a clause, an ac_catch or
// ac_finally without an ac_try, a catch after the finally, anything else
// after the clauses.  An error at each; exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc -Wno-catch-cancellation %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int f(int n) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:5: error: ac_try needs an ac_catch or an ac_finally clause{{$}}
// CHECK-NEXT: {{^}}    ac_try {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
    ac_try {
        ac_yield();
    }
    if (n) {
        n++;
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:7: error: ac_catch without a matching ac_try{{$}}
// CHECK-NEXT: {{^}}    } ac_catch (e) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
    } ac_catch (e) {
        puts(ac_error_message(e));
    }
    if (n) {
        n++;
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:7: error: ac_finally without a matching ac_try{{$}}
// CHECK-NEXT: {{^}}    } ac_finally {{[{]}}{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
    } ac_finally {
        n++;
    }
    ac_try {
        ac_yield();
    } ac_finally {
        n++;
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:7: error: ac_catch must come before ac_finally{{$}}
// CHECK-NEXT: {{^}}    } ac_catch (e) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
    } ac_catch (e) {
        puts(ac_error_message(e));
    }
    ac_try {
        ac_yield();
    } ac_catch (e) {
        puts(ac_error_message(e));
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:12: error: only an ac_finally clause can follow an ac_catch clause{{$}}
// CHECK-NEXT: {{^}}    } else {{[{]}}{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
    } else {
        n++;
    }
    ac_try {
        ac_yield();
    } ac_finally {
        n++;
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:12: error: nothing can follow an ac_finally clause{{$}}
// CHECK-NEXT: {{^}}    } else {{[{]}}{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
    } else {
        n++;
    }
    ac_try {
        ac_yield();
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:12: error: ac_try must be followed by ac_catch or ac_finally{{$}}
// CHECK-NEXT: {{^}}    } else {{[{]}}{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
    } else {
        n++;
    }
    return n;
}
// CHECK-NEXT: {{^}}7 errors generated.{{$}}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking(f(4), &v);
    return e != 0;
}
