// goto out of three nested loops (search with out-parameters pointing into the caller's frame), out of a switch inside while(1), and out of nested blocks, with suspension points around the jumps and the labels
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int find(int target, int *oi, int *oj, int *ok)
{
    int visited = 0;
    for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 4; j++) {
            ac_yield();
            for (int k = 0; k < 4; k++) {
                visited++;
                if (id(i * 16 + j * 4 + k) == target) {
                    *oi = i;
                    *oj = j;
                    *ok = k;
                    goto found;
                }
            }
        }
    }
    ac_yield();
    printf("target %d: not found after %d\n", target, visited);
    return 0;
found:
    ac_yield();
    printf("target %d: found after %d\n", target, visited);
    return 1;
}

SUSPEND static int main_co(void)
{
    static const int targets[] = {0, 27, 63, 64};
    int hits = 0;
    for (int t = 0; t < 4; t++) {
        int i = -1, j = -1, k = -1;
        hits += find(targets[t], &i, &j, &k);
        printf("at %d %d %d\n", i, j, k);
    }

    int steps = 0;
    while (1) {
        switch (id(steps % 3)) {
        case 2:
            if (steps > 6)
                goto finished;
            break;
        default:
            ac_yield();
        }
        steps++;
    }
finished:
    ac_yield();
    printf("steps=%d\n", steps);

    int depth = 0;
    {
        depth = id(depth + 1);
        {
            depth = id(depth + 1);
            {
                depth = id(depth + 1);
                if (depth == 3)
                    goto flat;
                depth = 100;
            }
            depth = 200;
        }
        depth = 300;
    }
flat:
    printf("depth=%d\n", depth);
    return hits * 100 + steps + depth;
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
// CHECK: target 0: found after 1
// CHECK-NEXT: at 0 0 0
// CHECK-NEXT: target 27: found after 28
// CHECK-NEXT: at 1 2 3
// CHECK-NEXT: target 63: found after 64
// CHECK-NEXT: at 3 3 3
// CHECK-NEXT: target 64: not found after 64
// CHECK-NEXT: at -1 -1 -1
// CHECK-NEXT: steps=8
// CHECK-NEXT: depth=3
// CHECK-NEXT: result 311
// CHECK-NEXT: done
