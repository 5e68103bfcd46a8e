// Launch order vs the launching coroutine: launched children are queued and start only when the parent suspends (here at ac_yield and at the end of the scope block), in launch order.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void child(const char *name, int steps) {
    printf("%s start\n", name);
    for (int i = 0; i < steps; i++) {
        ac_yield();
        printf("%s step %d\n", name, i);
    }
    printf("%s end\n", name);
}

SUSPEND static int main_co(void) {
    int launched = 0;
    ac_coroutine_scope(s) {
        printf("parent before launch\n");
        ac_launch(s, child("A", 1));
        launched++;
        printf("parent after launch A\n");
        ac_launch(s, child("B", 0));
        launched++;
        printf("parent after launch B\n");
        ac_yield();
        printf("parent after yield\n");
        ac_launch(s, child("C", 0));
        launched++;
        printf("parent end of block\n");
    }
    printf("after scope launched=%d\n", launched);
    return launched;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// Expected order (ready queue shown in []):
//  P prints "before launch"; launches A [A]; prints; launches B [A B]; prints;
//  P yields -> [A B P].
//  A: "A start", yields -> [B P A].  B: "B start", "B end" (0 steps), ends -> [P A].
//  P: "after yield"; launches C -> [A C]; "end of block"; waits for the scope.
//  A: "A step 0", "A end".  C: "C start", "C end".  All children ended: P
//  continues after the block.
// CHECK: parent before launch
// CHECK-NEXT: parent after launch A
// CHECK-NEXT: parent after launch B
// CHECK-NEXT: A start
// CHECK-NEXT: B start
// CHECK-NEXT: B end
// CHECK-NEXT: parent after yield
// CHECK-NEXT: parent end of block
// CHECK-NEXT: A step 0
// CHECK-NEXT: A end
// CHECK-NEXT: C start
// CHECK-NEXT: C end
// CHECK-NEXT: after scope launched=3
// CHECK-NEXT: result=3
// CHECK-NEXT: done
