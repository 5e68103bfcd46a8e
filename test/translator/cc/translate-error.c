// A translation error: the translator's diagnostic (file:line:col, caret)
// is shown, asyncc-cc exits with status 1 without running the compiler, and
// leaves no temporary file; with two sources, both are translated and both
// errors shown.
// RUN: rm -rf %t && mkdir -p %t/tmp
// RUN: env TMPDIR=%t/tmp sh %S/../diag/Inputs/expect-status.sh 1 \
// RUN:   %asyncc-cc %gcc -c %s -o %t/x.o 2>&1 | FileCheck -DFILE=%s %s
// RUN: not test -e %t/x.o
// RUN: env TMPDIR=%t/tmp sh %S/../diag/Inputs/expect-status.sh 1 \
// RUN:   %asyncc-cc %gcc %s %inputs/compile-error.c %s -o %t/prog 2>&1 \
// RUN:   | FileCheck --check-prefix=TWO -DFILE=%s %s
// RUN: not test -e %t/prog
// RUN: ls -A %t/tmp | count 0
#include <asyncc.h>

SUSPEND static int twice(int x) { ac_yield(); return 2 * x; }

int main(void) {
    return twice(21);
}
// CHECK: {{^}}[[FILE]]:[[@LINE-2]]:12: error: suspend function 'twice' called from ordinary code
// CHECK-NEXT: {{^}}    return twice(21);
// CHECK-NEXT: {{^}}           ^
// CHECK-NOT: error:
// TWO-COUNT-2: {{^}}[[FILE]]:[[@LINE-6]]:12: error: suspend function 'twice'
// TWO-NOT: error:
