// Compiler warnings in inline bodies point at the body's own lines (#line in
// its generated function): an unused local in a block of the body that does
// not suspend, a signed/unsigned comparison of a frame variable after a
// suspension, the same of a capture.  In main, the code after a builder
// whose body spans several lines keeps its line: an unused variable right
// after it, and one on the builder's last line.  Built without -Werror the
// program warns at exactly these places and runs; with -Werror (%gcc,
// %clang) they are errors.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc -Wno-error %t.c %rt -o %t.gcc 2>%t.gcc.warn
// RUN: FileCheck --check-prefix=WARN -DFILE=%s %s < %t.gcc.warn
// RUN: grep ': warning: ' %t.gcc.warn | count 5
// RUN: %run %t.gcc | FileCheck %s
// RUN: %clang -Wno-error %t.c %rt -o %t.clang 2>%t.clang.warn
// RUN: FileCheck --check-prefix=WARN -DFILE=%s %s < %t.clang.warn
// RUN: grep ': warning: ' %t.clang.warn | count 5
// RUN: %run %t.clang | FileCheck %s
// RUN: not %gcc -c %t.c -o %t.gcc.o 2>%t.gcc.err
// RUN: grep ': error: ' %t.gcc.err | count 5
// RUN: not %clang -c %t.c -o %t.clang.o 2>%t.clang.err
// RUN: grep ': error: ' %t.clang.err | count 5
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

int main(void) {
    unsigned limit = 3;
    int out = 0;
    ac_error *err = ac_run_blocking(({
        int a = id(2);
        {
            // WARN-DAG: [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: warning: unused variable {{.*}}spare{{.*}} [-Wunused-variable]
            int spare = a;
        }
        // WARN-DAG: [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: warning: comparison of {{.*}} [-Wsign-compare]
        int below = a < limit;
        id(0);
        // WARN-DAG: [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: warning: comparison of {{.*}} [-Wsign-compare]
        below + (id(a) > limit);
    }), &out);
    // WARN-DAG: [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: warning: unused variable {{.*}}after{{.*}} [-Wunused-variable]
    int after = 1;
    // WARN-DAG: [[FILE]]:[[@LINE+2]]:{{[0-9]+}}: warning: unused variable {{.*}}also{{.*}} [-Wunused-variable]
    ac_error *err2 = ac_run_blocking(({ ac_yield();
        out++; }), NULL); int also = 2;
    if (err || err2) return 1;
    printf("out=%d\n", out);
    return 0;
}
// CHECK: out=2
