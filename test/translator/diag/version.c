// --version prints "asyncc VERSION" on stdout and exits with status 0; the
// version is the runtime header's ASYNCC_VERSION (this file, compiled, prints
// that one, and the same check applies to both).
// RUN: sh %inputs/expect-status.sh 0 %asyncc --version 2>%t.err | FileCheck --strict-whitespace --match-full-lines %s
// RUN: count 0 < %t.err
// RUN: %seqcc %s -o %t.hdr && %t.hdr | FileCheck --strict-whitespace --match-full-lines %s
// CHECK:asyncc 0.1.0
// CHECK-EMPTY:
#include <asyncc.h>
#include <stdio.h>

int main(void) {
    printf("asyncc %s\n", ASYNCC_VERSION);
    return 0;
}
