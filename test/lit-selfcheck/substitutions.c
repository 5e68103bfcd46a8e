// Self-check of the lit setup; needs neither the translator nor the runtime.
// It exercises %seqcc, %gcc, %clang (with the tree's sanitizer flags),
// %inputs, FileCheck, `not` and the test environment, and it fails when any
// of them is broken: the WRONG line proves FileCheck really compares.
//
// RUN: %seqcc -I%inputs %s -o %t.seq
// RUN: %t.seq | FileCheck %s
// RUN: %t.seq | not FileCheck %s --check-prefix=WRONG
// RUN: not %t.seq fail
// RUN: %gcc -DASYNCC_SEQUENTIAL -I%inputs %s -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang -DASYNCC_SEQUENTIAL -I%inputs %s -o %t.clang && %run %t.clang | FileCheck %s

#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>

#include "selfcheck.h"

SUSPEND static int twice(int x) {
    ac_yield();
    ac_delay(1);
    return 2 * x;
}

int main(int argc, char **argv) {
    (void)argv;
    if (argc > 1)
        return 3;
    int v = 0;
    ac_error *err = ac_run_blocking(twice(SELFCHECK_VALUE), &v);
    if (err)
        return 1;
    const char *t = getenv("ASYNCC_TEST");
    printf("value=%d\n", v);
    printf("ASYNCC_TEST=%s\n", t ? t : "(unset)");
    return 0;
}

// CHECK: value=42
// CHECK-NEXT: ASYNCC_TEST=1
// WRONG: value=43
