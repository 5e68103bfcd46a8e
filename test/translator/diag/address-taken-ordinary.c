// Taking the address of a suspend function in ordinary code (a file-scope
// initializer and a function pointer in main) is an error at each use of the
// name: exit status 1, compiler-form messages, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

SUSPEND static int twice(int x) { ac_yield(); return 2 * x; }

// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:33: error: address of suspend function 'twice' taken; suspend functions can only be called, or passed to a builder as a call{{$}}
// CHECK-NEXT: {{^}}static int (*global_fp)(int) = &twice;{{$}}
// CHECK-NEXT: {{^}}                                ^{{$}}
static int (*global_fp)(int) = &twice;

int main(void) {
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:22: error: address of suspend function 'twice' taken; suspend functions can only be called, or passed to a builder as a call{{$}}
// CHECK-NEXT: {{^}}    int (*fp)(int) = twice;{{$}}
// CHECK-NEXT: {{^}}                     ^{{$}}
    int (*fp)(int) = twice;
    return fp == global_fp;
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
