// --help (and -h) prints the usage line and the options on stdout and exits
// with status 0, even with other arguments; nothing on stderr, nothing
// translated.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 0 %asyncc --help 2>%t.err | FileCheck --strict-whitespace --match-full-lines %s
// RUN: count 0 < %t.err
// RUN: sh %inputs/expect-status.sh 0 %asyncc -h 2>%t.err | FileCheck --strict-whitespace --match-full-lines %s
// RUN: count 0 < %t.err
// RUN: sh %inputs/expect-status.sh 0 %asyncc %s -o %t.c --help | FileCheck --strict-whitespace --match-full-lines %s
// RUN: not test -e %t.c
// CHECK:usage: asyncc [options] input.c -o output.c [-- compiler flags]
// CHECK:options:
// CHECK-NEXT:  -o FILE     write the translation to FILE (required; '-' for stdout)
// CHECK-NEXT:  -MD         also write a Make dependency file: the input and every
// CHECK-NEXT:              header it includes (FILE with its extension replaced by .d)
// CHECK-NEXT:  -MF DEP     write the dependency file to DEP (implies -MD)
// CHECK-NEXT:  -MT TARGET  the rule's target in it (default: the -o FILE)
// CHECK-NEXT:  -p DIR      parse with the flags DIR/compile_commands.json gives the
// CHECK-NEXT:              input (include paths, definitions, -std); flags after --
// CHECK-NEXT:              come after them
// CHECK-NEXT:  --help      print this help
// CHECK-NEXT:  --version   print the version
// CHECK-NEXT:  -- FLAGS    compiler flags for parsing the input (-I, -D, -std, ...)
// CHECK:exit status: 0 success, 1 errors in the input, 2 usage error
#include <asyncc.h>

SUSPEND static int twice(int x) { ac_yield(); return 2 * x; }
