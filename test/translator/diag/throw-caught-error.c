// ac_throw(e) of the error an ac_catch block received: the block only
// borrows it, and ac_throw would take over a reference the block does not
// own.  The message says to use ac_rethrow.  Assigning the catch variable
// is an error too: the block releases what it holds on the way out.  Exit
// status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc -Wno-catch-cancellation %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void f(void) {
    ac_try {
        ac_yield();
    } ac_catch (err) {
        puts(ac_error_message(err));
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:18: error: 'err' is the error caught by an ac_catch, borrowed by its block: throw it on with ac_rethrow(err){{$}}
// CHECK-NEXT: {{^}}        ac_throw(err);{{$}}
// CHECK-NEXT: {{^}}                 ^{{$}}
        ac_throw(err);
    }
    ac_try {
        ac_yield();
    } ac_catch (e) {
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:9: error: 'e' is the error caught by an ac_catch: it cannot be assigned, since the block releases it on the way out{{$}}
// CHECK-NEXT: {{^}}        e = ac_error_new(&AC_ERROR, "replaced");{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
        e = ac_error_new(&AC_ERROR, "replaced");
    }
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}

int main(void) {
    ac_error *e = ac_run_blocking(f(), NULL);
    return e != 0;
}
