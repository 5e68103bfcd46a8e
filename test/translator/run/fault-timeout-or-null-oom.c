// Failure injection (libasyncc-faults.a, ASYNCC_FAIL): ac_with_timeout_or_null
// whose timeout error cannot be allocated fails the block with
// OutOfMemoryError.  It used to take that failure for its own timeout (both
// were the one static out-of-memory error) and end quietly with ok = 0, as
// if the time had run out.  Each allocation fails in turn
// (Inputs/fault_each.py): every run must end with that error.
// REQUIRES: faults
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt_faults -o %t.gcc
// RUN: %run %t.gcc | FileCheck %s --check-prefix=OK
// RUN: %python %S/Inputs/fault_each.py alloc -- %run %t.gcc | FileCheck %s --check-prefix=OOM
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int body(void) {
    int ok = -1;
    ac_with_timeout_or_null(1000, &ok) {
        ac_delay(1);
    }
    return ok;
}

int main(void) {
    int ok = -2;
    ac_error *e = ac_run_blocking(body(), &ok);
    if (e) {
        printf("error: %s\n", ac_error_type_name(e));
        ac_error_free(e);
        return 0;
    }
    printf("ok=%d\n", ok);
    return 0;
}
// OK: ok=1
// OOM: outcome: error: OutOfMemoryError ({{[0-9]+}} runs)
// OOM-NEXT: runs:
