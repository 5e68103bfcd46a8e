// Compiler warnings in the try, catch and finally blocks of a translated
// try statement, and after it, point at the user's lines (#line), none at
// the generated glue between the blocks: a signed/unsigned comparison of
// frame variables after a suspension in each place.  Built without -Werror
// the program warns (exactly these four) and runs.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc -Wno-error %t.c %rt -o %t.gcc 2>%t.gcc.warn
// RUN: FileCheck --check-prefix=WARN -DFILE=%s %s < %t.gcc.warn
// RUN: grep ': warning: ' %t.gcc.warn | count 4
// RUN: %run %t.gcc | FileCheck %s
// RUN: %clang -Wno-error %t.c %rt -o %t.clang 2>%t.clang.warn
// RUN: FileCheck --check-prefix=WARN -DFILE=%s %s < %t.clang.warn
// RUN: grep ': warning: ' %t.clang.warn | count 4
// RUN: %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) {
    ac_yield();
    if (x < 0)
        ac_throw(ac_error_new(&AC_ERROR, "negative"));
    return x;
}

SUSPEND static int work(int n, unsigned limit) {
    int a = 0, b = 0, c = 0;
    ac_try {
        a = id(n);
        // WARN-DAG: [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: warning: comparison of {{.*}} [-Wsign-compare]
        a += a < limit;
        id(-1);
    } ac_catch (e) {
        b = id(1);
        // WARN-DAG: [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: warning: comparison of {{.*}} [-Wsign-compare]
        b += b < limit;
        printf("caught %s\n", ac_error_message(e));
    } ac_finally {
        c = id(2);
        // WARN-DAG: [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: warning: comparison of {{.*}} [-Wsign-compare]
        c += c < limit;
    }
    id(3);
    // WARN-DAG: [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: warning: comparison of {{.*}} [-Wsign-compare]
    return a + b + c + (n < limit);
}

int main(void) {
    int v = 0;
    ac_error *err = ac_run_blocking(work(5, 10), &v);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("v=%d\n", v);
    return 0;
}
// CHECK:      caught negative
// CHECK-NEXT: v=12
