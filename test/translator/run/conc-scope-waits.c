// A coroutine scope block ends only when all its children ended: the line after the block prints after every child's last line, even for children that delay or yield many times, and locals set before the block survive.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int finished;

SUSPEND static void napper(int ms) {
    ac_delay(ms);
    finished++;
    printf("napper %d finished (%d)\n", ms, finished);
}

SUSPEND static void spinner(int yields) {
    for (int i = 0; i < yields; i++)
        ac_yield();
    finished++;
    printf("spinner %d finished (%d)\n", yields, finished);
}

SUSPEND static int main_co(void) {
    int before = 1234;
    ac_coroutine_scope(s) {
        ac_launch(s, napper(20));
        ac_launch(s, spinner(50));
        printf("block end finished=%d\n", finished);
    }
    printf("after block finished=%d before=%d\n", finished, before);
    return finished;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// The block's last line runs before any child started (finished=0).  The
// spinner only yields, so it finishes long before the napper's 20 ms timer;
// the line after the block waits for both.
// CHECK: block end finished=0
// CHECK-NEXT: spinner 50 finished (1)
// CHECK-NEXT: napper 20 finished (2)
// CHECK-NEXT: after block finished=2 before=1234
// CHECK-NEXT: result=2
// CHECK-NEXT: done
