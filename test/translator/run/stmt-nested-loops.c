// Nested loops (for/for, while/do-while, three-deep for) with break and continue at several depths, mixed with suspend calls in conditions and bodies; break/continue only affect the innermost loop
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    int found = 0;
    for (int i = 1; i <= 6; i++) {
        for (int j = 1; j <= 6; j++) {
            if (id(j) == i)
                continue;
            if (id(i * j) > 12)
                break;
            if (i * j == 12) {
                ac_yield();
                printf("pair %d %d\n", i, j);
                found++;
                break;
            }
        }
        ac_yield();
    }
    printf("found=%d\n", found);

    int log = 0;
    int outer = 0;
    while (outer < 4) {
        outer++;
        if (id(outer) == 2)
            continue;
        int inner = 0;
        do {
            inner++;
            if (inner == 2) {
                ac_yield();
                continue;
            }
            if (id(inner) > outer)
                break;
            log = log * 10 + inner;
        } while (inner < 3);
        printf("outer=%d inner=%d log=%d\n", outer, inner, log);
    }

    int count = 0;
    for (int a = 0; a < 3; a++)
        for (int b = 0; b < 3; b++) {
            if (id(b) > a)
                break;
            for (int c = 0; c < 3; c++) {
                if (c == b)
                    continue;
                count += id(1);
            }
        }
    printf("count=%d\n", count);
    return found + count + log;
}

int main(void)
{
    int r = 0;
    ac_error *err = ac_run_blocking(main_co(), &r);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result %d\n", r);
    puts("done");
    return 0;
}
// CHECK: pair 2 6
// CHECK-NEXT: pair 3 4
// CHECK-NEXT: pair 4 3
// CHECK-NEXT: pair 6 2
// CHECK-NEXT: found=4
// CHECK-NEXT: outer=1 inner=3 log=1
// CHECK-NEXT: outer=3 inner=3 log=113
// CHECK-NEXT: outer=4 inner=3 log=11313
// CHECK-NEXT: count=12
// CHECK-NEXT: result 11329
// CHECK-NEXT: done
