// break and continue placed directly after a suspension (ac_yield, a void suspend call, a suspending assignment) in for, while and do-while loops, and inside a switch nested in a loop (break leaves the switch, continue the loop iteration)
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static void tick(void) { ac_yield(); ac_delay(1); }

SUSPEND static int main_co(void)
{
    int i, trail = 0;
    for (i = 0; i < 10; i++) {
        trail = trail * 10 + i;
        if (i == 3) {
            ac_yield();
            break;
        }
        if (i % 2) {
            tick();
            continue;
        }
        ac_yield();
    }
    printf("for: i=%d trail=%d\n", i, trail);

    int n = 0, seen = 0;
    while (n < 6) {
        n = id(n + 1);
        if (n == 2) {
            seen = id(seen + 10);
            continue;
        }
        if (n == 5) {
            tick();
            break;
        }
        seen += n;
    }
    printf("while: n=%d seen=%d\n", n, seen);

    int d = 0, dl = 0;
    do {
        d++;
        if (d < 3) {
            ac_yield();
            continue;
        }
        dl = id(dl + d);
        if (dl > 6) {
            ac_yield();
            break;
        }
    } while (d < 100);
    printf("do: d=%d dl=%d\n", d, dl);

    int sw = 0;
    for (int k = 0; k < 5; k++) {
        switch (id(k % 3)) {
        case 0:
            ac_yield();
            break;
        case 1:
            tick();
            continue;
        default:
            sw += id(100);
            break;
        }
        sw += 1;
        printf("switch: k=%d sw=%d\n", k, sw);
    }
    return i + trail + n + seen + d + dl + sw;
}

int main(void)
{
    int r = 0;
    ac_error *err = ac_run_test(main_co(), &r);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result %d\n", r);
    puts("done");
    return 0;
}
// CHECK: for: i=3 trail=123
// CHECK-NEXT: while: n=5 seen=18
// CHECK-NEXT: do: d=4 dl=7
// CHECK-NEXT: switch: k=0 sw=1
// CHECK-NEXT: switch: k=2 sw=102
// CHECK-NEXT: switch: k=3 sw=103
// CHECK-NEXT: result 263
// CHECK-NEXT: done
