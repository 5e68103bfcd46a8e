// Translation is deterministic: the same input and flags give the same bytes,
// every time (ccache and distcc hash the output), here for this file and for
// larger ones that use every construct (the flagship example, a select, scope
// blocks, try/finally, inline bodies).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/a1.c && %asyncc %s -o %t/a2.c && cmp %t/a1.c %t/a2.c
// RUN: %asyncc %S/../../../examples/flagship.c -o %t/f1.c && %asyncc %S/../../../examples/flagship.c -o %t/f2.c && cmp %t/f1.c %t/f2.c
// RUN: %asyncc %S/../run/select-edge.c -o %t/s1.c && %asyncc %S/../run/select-edge.c -o %t/s2.c && cmp %t/s1.c %t/s2.c
// RUN: %asyncc %S/../run/sync-mutex.c -o %t/m1.c && %asyncc %S/../run/sync-mutex.c -o %t/m2.c && cmp %t/m1.c %t/m2.c
// RUN: %asyncc %S/../run/chan-no-loss-stress.c -o %t/n1.c && %asyncc %S/../run/chan-no-loss-stress.c -o %t/n2.c && cmp %t/n1.c %t/n2.c
// RUN: FileCheck %s < %t/a1.c
#include <asyncc.h>

SUSPEND static int step(int i) {
    ac_yield();
    return i;
}

SUSPEND static int sum(int n) {
    int total = 0;
    ac_coroutine_scope(s) {
        for (int i = 0; i < n; i++)
            ac_launch(s, ({ total += step(i); }));
    }
    return total;
}

int main(void) {
    int r = 0;
    ac_error *e = ac_run_blocking(sum(4), &r);
    return e ? 1 : r == 6 ? 0 : 2;
}
// CHECK: sum__ac_resume
