// Nested coroutine scopes: the inner block waits only for the inner scope's children (an outer child still runs), then the outer block waits for all of its own.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void tick(const char *name, int ms) {
    ac_delay(ms);
    printf("%s woke\n", name);
}

SUSPEND static int main_co(void) {
    int depth = 0;
    ac_coroutine_scope(outer) {
        ac_launch(outer, tick("outer-child", 60));
        ac_coroutine_scope(inner) {
            depth++;
            ac_launch(inner, tick("inner-child", 10));
            printf("inner block end\n");
        }
        printf("after inner scope depth=%d\n", depth);
        ac_launch(outer, tick("outer-child2", 20));
        printf("outer block end\n");
    }
    printf("after outer scope\n");
    return depth;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// t=0: outer-child (60 ms) and inner-child (10 ms) queued; P waits for inner.
// Both arm their timers.  t=10: inner-child wakes, inner scope done, P prints,
// launches outer-child2 (deadline ~30) and waits for outer.  t=30:
// outer-child2; t=60: outer-child; then P after the outer block.
// CHECK: inner block end
// CHECK-NEXT: inner-child woke
// CHECK-NEXT: after inner scope depth=1
// CHECK-NEXT: outer block end
// CHECK-NEXT: outer-child2 woke
// CHECK-NEXT: outer-child woke
// CHECK-NEXT: after outer scope
// CHECK-NEXT: result=1
// CHECK-NEXT: done
