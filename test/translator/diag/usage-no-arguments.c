// No arguments at all: a usage error, exit status 2, the reason and the
// usage line on stderr, nothing on stdout.
// RUN: sh %inputs/expect-status.sh 2 %asyncc 2>%t.err | count 0
// RUN: FileCheck --strict-whitespace --match-full-lines %s < %t.err
// CHECK:asyncc: error: no input file
// CHECK-NEXT:usage: asyncc [options] input.c -o output.c [-- compiler flags]
// CHECK-EMPTY:
