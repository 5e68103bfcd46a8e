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
// CHECK-NEXT:  -WNAME, -Wno-NAME
// CHECK-NEXT:              enable or disable warning NAME (also -Wasyncc-NAME), one of
// CHECK-NEXT:              catch-cancellation, new-job, child-handler, global-scope,
// CHECK-NEXT:              blocking-call, frame-size; all are on by default; in the
// CHECK-NEXT:              source, // NOLINT(asyncc-NAME) silences one line
// CHECK-NEXT:  -Werror     make the warnings errors (-Werror=NAME: one of them)
// CHECK-NEXT:  -w          disable all warnings
// CHECK-NEXT:  --frame-sizes
// CHECK-NEXT:              print each suspend function's frame size in bytes (on stdout;
// CHECK-NEXT:              on stderr with -o -)
// CHECK-NEXT:  --frame-size-limit=BYTES
// CHECK-NEXT:              warn about frames larger than BYTES (-Wasyncc-frame-size;
// CHECK-NEXT:              default 16384)
// CHECK-NEXT:  --help      print this help
// CHECK-NEXT:  --version   print the version
// CHECK-NEXT:  -- FLAGS    compiler flags for parsing the input (-I, -D, -std, ...)
// CHECK:exit status: 0 success, 1 errors in the input, 2 usage error
#include <asyncc.h>

SUSPEND static int twice(int x) { ac_yield(); return 2 * x; }
