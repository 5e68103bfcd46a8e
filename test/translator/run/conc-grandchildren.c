// A child opens its own scope and launches grandchildren into it: each child continues after its scope only when its own grandchildren ended; the parent's scope waits for the children.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int grandchildren_done;

SUSPEND static void grandchild(int id, int ms) {
    ac_delay(ms);
    grandchildren_done++;
    printf("grandchild %d done\n", id);
}

SUSPEND static void child(int id, int ms1, int ms2) {
    printf("child %d start\n", id);
    ac_coroutine_scope(cs) {
        ac_launch(cs, grandchild(id * 10 + 1, ms1));
        ac_launch(cs, grandchild(id * 10 + 2, ms2));
    }
    printf("child %d end\n", id);
}

SUSPEND static int main_co(void) {
    ac_coroutine_scope(s) {
        ac_launch(s, child(1, 200, 50));
        ac_launch(s, child(2, 100, 300));
        printf("parent block end\n");
    }
    printf("after scope grandchildren=%d\n", grandchildren_done);
    return grandchildren_done;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// P: queue [C1 C2], prints, waits.  C1 starts, queues G11 (200) G12 (50), waits
// -> [C2 G11 G12].  C2 starts, queues G21 (100) G22 (300), waits.  The four
// grandchildren arm timers at ~t0.  t=50 G12; t=100 G21; t=200 G11, which
// completes C1's scope: "child 1 end".  t=300 G22: "child 2 end"; then P.
// CHECK: parent block end
// CHECK-NEXT: child 1 start
// CHECK-NEXT: child 2 start
// CHECK-NEXT: grandchild 12 done
// CHECK-NEXT: grandchild 21 done
// CHECK-NEXT: grandchild 11 done
// CHECK-NEXT: child 1 end
// CHECK-NEXT: grandchild 22 done
// CHECK-NEXT: child 2 end
// CHECK-NEXT: after scope grandchildren=4
// CHECK-NEXT: result=4
// CHECK-NEXT: done
