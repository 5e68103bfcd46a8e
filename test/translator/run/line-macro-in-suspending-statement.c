// __LINE__ in the same statement as a suspension point, after the suspend call, names the user's line (the statement's own line, or for a statement over several lines the line the __LINE__ token is on), in an expression statement, an initialiser, a condition and a return; and a compiler warning in such a statement points at the user's line too.  (The call is lowered to several generated lines before the rest of the statement, which must be mapped back with its own #line.)
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
// RUN: %gcc -Wno-error -Wfloat-equal -c %t.c -o %t.o 2>&1 | FileCheck --check-prefix=WARN -DFILE=%s %s
// RUN: %seqcc -Wfloat-equal -c %s -o %t.seq.o 2>&1 | FileCheck --check-prefix=WARN -DFILE=%s %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int work(int n, unsigned limit) {
    printf("one line %d line=%d\n", id(n), __LINE__);
    // CHECK: one line 3 line=[[@LINE-1]]
    int u = id(n) + __LINE__;
    printf("init u-3=%d\n", u - 3);
    // CHECK-NEXT: init u-3=[[#@LINE-2]]
    printf("two lines %d",
           id(n));
    printf(" %d line=%d\n", id(n),
           __LINE__);
    // CHECK-NEXT: two lines 3 3 line=[[@LINE-1]]
    // WARN: [[FILE]]:[[@LINE+1]]:{{[0-9]+}}: warning: {{.*}} [-Wfloat-equal]
    if (id(n) * 1.0 != limit * 1.0 && __LINE__ > 0)
        printf("condition line=%d\n", __LINE__);
        // CHECK-NEXT: condition line=[[@LINE-1]]
    return id(0) + __LINE__;
}

int main(void) {
    int v = 0;
    ac_error *err = ac_run_blocking(work(3, 10), &v);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("returned %d\n", v);
    // CHECK-NEXT: returned [[#@LINE-8]]
    return 0;
}
