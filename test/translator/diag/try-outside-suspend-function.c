// ac_try, ac_throw, ac_rethrow and the scope blocks work only in suspend
// functions: in ordinary code each is an error (one for a whole try
// statement).  Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <stdio.h>

static int ordinary(ac_error *err) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:5: error: ac_try can only be used in a suspend function{{$}}
// CHECK-NEXT: {{^}}    ac_try {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
    ac_try {
        puts("try");
    } ac_catch (e) {
        puts(ac_error_message(e));
    } ac_finally {
        puts("finally");
    }
    if (!err)
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: ac_throw can only be used in a suspend function{{$}}
// CHECK-NEXT: {{^}}        ac_throw(ac_error_new(&AC_ERROR, "ordinary"));{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
        ac_throw(ac_error_new(&AC_ERROR, "ordinary"));
    else
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: ac_rethrow can only be used in a suspend function{{$}}
// CHECK-NEXT: {{^}}        ac_rethrow(err);{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
        ac_rethrow(err);
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:5: error: a scope block (ac_coroutine_scope, ac_with_context, ...) can only be used in a suspend function{{$}}
// CHECK-NEXT: {{^}}    ac_coroutine_scope(s) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
    ac_coroutine_scope(s) {
        (void)s;
    }
    return 0;
}
// CHECK-NEXT: {{^}}4 errors generated.{{$}}

int main(void) {
    return ordinary(0);
}
