// ac_yield interleaves three children round-robin (FIFO ready queue); children with different round counts drop out of the rotation as they end.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void worker(char name, int rounds) {
    for (int i = 0; i < rounds; i++) {
        printf("%c%d\n", name, i);
        ac_yield();
    }
    printf("%c end\n", name);
}

SUSPEND static int main_co(void) {
    ac_coroutine_scope(s) {
        ac_launch(s, worker('A', 3));
        ac_launch(s, worker('B', 1));
        ac_launch(s, worker('C', 2));
        printf("launched\n");
    }
    printf("after scope\n");
    return 0;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// The parent waits at the end of the block; queue [A B C].
//  A0 -> [B C A]; B0 -> [C A B]; C0 -> [A B C]; A1 -> [B C A];
//  B resumes, loop over: "B end" -> [C A]; C1 -> [A C]; A2 -> [C A];
//  C resumes: "C end" -> [A]; A resumes: "A end".  Then the parent.
// CHECK: launched
// CHECK-NEXT: A0
// CHECK-NEXT: B0
// CHECK-NEXT: C0
// CHECK-NEXT: A1
// CHECK-NEXT: B end
// CHECK-NEXT: C1
// CHECK-NEXT: A2
// CHECK-NEXT: C end
// CHECK-NEXT: A end
// CHECK-NEXT: after scope
// CHECK-NEXT: result=0
// CHECK-NEXT: done
