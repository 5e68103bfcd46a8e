// Leaving a coroutine scope block early by return (from a helper suspend function) or by break still waits for the scope's children before the code after it runs.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void worker(int ms) {
    ac_delay(ms);
    printf("worker %d done\n", ms);
}

SUSPEND static int leave_by_return(int v) {
    ac_coroutine_scope(s) {
        ac_launch(s, worker(20));
        printf("returning\n");
        if (v > 0)
            return v * 2;
        printf("not reached\n");
    }
    return -1;
}

SUSPEND static int main_co(void) {
    int r = leave_by_return(21);
    printf("r=%d\n", r);
    int flag = 1;
    ac_coroutine_scope(s) {
        ac_launch(s, worker(10));
        if (flag)
            break;
        printf("not reached\n");
    }
    printf("after break scope\n");
    return r;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// The return leaves the block, which waits for worker(20) first; the caller
// then sees 42.  The break likewise waits for worker(10).
// CHECK: returning
// CHECK-NEXT: worker 20 done
// CHECK-NEXT: r=42
// CHECK-NEXT: worker 10 done
// CHECK-NEXT: after break scope
// CHECK-NEXT: result=42
// CHECK-NEXT: done
