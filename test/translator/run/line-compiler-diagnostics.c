// Compiler warnings and errors in translated code point at the user's file and line (#line): an unused variable in a block of a suspend function that does not suspend (it stays an ordinary local), a signed/unsigned comparison of frame variables after a suspension, the same on the second line of a condition written over two lines, and warnings in ordinary code after the suspend function.  Built without -Werror the program warns and runs; with -Werror (%gcc, %clang) the same places are errors.  The sequential build of the input warns at the same places; each build reports exactly these five, none in generated code.
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
// RUN: FileCheck --check-prefix=ERR -DFILE=%s %s < %t.gcc.err
// RUN: grep ': error: ' %t.gcc.err | count 5
// RUN: not %clang -c %t.c -o %t.clang.o 2>%t.clang.err
// RUN: FileCheck --check-prefix=ERR -DFILE=%s %s < %t.clang.err
// RUN: grep ': error: ' %t.clang.err | count 5
// RUN: %seqcc %s %rt -o %t.seq 2>%t.seq.warn
// RUN: FileCheck --check-prefix=WARN -DFILE=%s %s < %t.seq.warn
// RUN: grep ': warning: ' %t.seq.warn | count 5
// RUN: %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int work(int n, unsigned limit) {
    int a = id(n);
    ac_yield();
    {
        // WARN-DAG: [[FILE]]:[[@LINE+2]]:{{[0-9]+}}: warning: unused variable {{.*}}spare{{.*}} [-Wunused-variable]
        // ERR-DAG:  [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: error: unused variable {{.*}}spare{{.*}} [-Werror{{.*}}unused-variable]
        int spare = a;
        printf("block a=%d\n", a);
    }
    ac_yield();
    // WARN-DAG: [[FILE]]:[[@LINE+2]]:{{[0-9]+}}: warning: comparison of {{.*}} [-Wsign-compare]
    // ERR-DAG:  [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: error: comparison of {{.*}} [-Werror{{.*}}sign-compare]
    int below = a < limit;
    id(0);
    // WARN-DAG: [[FILE]]:[[@LINE+3]]:{{[0-9]+}}: warning: comparison of {{.*}} [-Wsign-compare]
    // ERR-DAG:  [[FILE]]:[[@LINE+2]]:{{[0-9]+}}: error: comparison of {{.*}} [-Werror{{.*}}sign-compare]
    if (a > 0 &&
        a + 1 < limit)
        printf("in range below=%d\n", below);
    return a;
}

static int after(unsigned limit)
{
    // WARN-DAG: [[FILE]]:[[@LINE+2]]:{{[0-9]+}}: warning: unused variable {{.*}}unused_after{{.*}} [-Wunused-variable]
    // ERR-DAG:  [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: error: unused variable {{.*}}unused_after{{.*}} [-Werror{{.*}}unused-variable]
    int unused_after = 0;
    int x = 3;
    // WARN-DAG: [[FILE]]:[[@LINE+2]]:{{[0-9]+}}: warning: comparison of {{.*}} [-Wsign-compare]
    // ERR-DAG:  [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: error: comparison of {{.*}} [-Werror{{.*}}sign-compare]
    return x < limit;
}

int main(void) {
    int v = 0;
    ac_error *err = ac_run_blocking(work(3, 10u), &v);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d after=%d\n", v, after(5u));
    return 0;
}
// CHECK: block a=3
// CHECK-NEXT: in range below=1
// CHECK-NEXT: result=3 after=1
