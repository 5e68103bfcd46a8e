// The error an ac_catch block receives is borrowed by the block: it is
// released on every way out of the block -- normal end, break, continue,
// return, goto, a new throw, ac_rethrow, a failed suspend call -- with and
// without a finally block.  In the ASan test tree, LeakSanitizer reports an
// error never released, and ASan one released twice.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void boom(int i) {
    if (i % 2)
        ac_yield();
    ac_throw(ac_error_new(&AC_ERROR, "boom %d", i));
}

SUSPEND static int exits(int how, int with_finally) {
    int steps = 0;
    for (int i = 0; i < 3; i++) {
        if (with_finally) {
            ac_try {
                boom(i);
            } ac_catch (e) {
                steps++;
                ac_yield();
                switch (how) {
                case 1: if (i == 1) break; continue;
                case 2: if (i == 1) return steps; break;
                case 3: if (i == 1) goto out; break;
                case 4: ac_throw(ac_error_new(&AC_ERROR, "new in catch"));
                case 5: ac_rethrow(e);
                case 6: boom(i + 1);
                default: break;
                }
            } ac_finally {
                steps += 10;
            }
        } else {
            ac_try {
                boom(i);
            } ac_catch (e) {
                steps++;
                switch (how) {
                case 1: if (i == 1) break; continue;
                case 2: if (i == 1) return steps; break;
                case 3: if (i == 1) goto out; break;
                case 4: ac_throw(ac_error_new(&AC_ERROR, "new in catch"));
                case 5: ac_rethrow(e);
                case 6: boom(i + 1);
                default: break;
                }
            }
        }
        steps += 100;
    }
out:
    return steps;
}

SUSPEND static int main_co(void) {
    for (int f = 0; f < 2; f++)
        for (int how = 0; how <= 6; how++) {
            ac_try {
                printf("how=%d finally=%d steps=%d\n", how, f, exits(how, f));
            } ac_catch (e) {
                printf("how=%d finally=%d threw %s\n", how, f, ac_error_message(e));
            }
        }
    return 0;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    return out;
}
// The switch's break leaves the switch (then steps += 100); its continue
// skips that; how=1 breaks at i == 1 only out of the switch too.  A return
// stores its value before the finally block runs (112, not 122).
// CHECK:      how=0 finally=0 steps=303
// CHECK-NEXT: how=1 finally=0 steps=103
// CHECK-NEXT: how=2 finally=0 steps=102
// CHECK-NEXT: how=3 finally=0 steps=102
// CHECK-NEXT: how=4 finally=0 threw new in catch
// CHECK-NEXT: how=5 finally=0 threw boom 0
// CHECK-NEXT: how=6 finally=0 threw boom 1
// CHECK-NEXT: how=0 finally=1 steps=333
// CHECK-NEXT: how=1 finally=1 steps=133
// CHECK-NEXT: how=2 finally=1 steps=112
// CHECK-NEXT: how=3 finally=1 steps=122
// CHECK-NEXT: how=4 finally=1 threw new in catch
// CHECK-NEXT: how=5 finally=1 threw boom 0
// CHECK-NEXT: how=6 finally=1 threw boom 1
