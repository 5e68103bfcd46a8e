// Inside a suspend function, the address of a suspend function cannot be
// taken either: assigned to a function pointer, or with & passed on.  Each
// use is an error at the name; exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int twice(int x) { ac_yield(); return 2 * x; }

static int is_set(int (*fp)(int)) { return fp != 0; }

SUSPEND static int user(int x) {
    int (*fp)(int);
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:10: error: address of suspend function 'twice' taken; suspend functions can only be called, or passed to a builder as a call{{$}}
// CHECK-NEXT: {{^}}    fp = twice;{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
    fp = twice;
    ac_yield();
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:22: error: address of suspend function 'twice' taken; suspend functions can only be called, or passed to a builder as a call{{$}}
// CHECK-NEXT: {{^}}    int ok = is_set(&twice);{{$}}
// CHECK-NEXT: {{^}}                     ^{{$}}
    int ok = is_set(&twice);
    return fp != 0 && ok ? twice(x) : 0;
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}

int main(void) {
    int v;
    ac_error *e = ac_run_blocking(user(1), &v);
    return e != 0;
}
