// A user's own Duff's device (switch cases interleaved with a do-while) containing ac_yield() and a suspend call copies exactly 0..20 items for many counts, without overrun, with the right number of passes
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

/* Returns how many times the loop passed through `case 0`. */
SUSPEND static int duff_copy(int *to, const int *from, int count)
{
    int passes = 0;
    if (count <= 0)
        return 0;
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0:
        do {
            *to++ = *from++;
            ac_yield();
            passes++;
            __attribute__((fallthrough));
    case 7:
            *to++ = *from++;
            __attribute__((fallthrough));
    case 6:
            *to++ = id(*from++);
            __attribute__((fallthrough));
    case 5:
            *to++ = *from++;
            __attribute__((fallthrough));
    case 4:
            *to++ = *from++;
            ac_yield();
            __attribute__((fallthrough));
    case 3:
            *to++ = *from++;
            __attribute__((fallthrough));
    case 2:
            *to++ = *from++;
            __attribute__((fallthrough));
    case 1:
            *to++ = *from++;
        } while (--n > 0);
    }
    return passes;
}

SUSPEND static int main_co(void)
{
    static const int counts[] = {0, 1, 2, 7, 8, 9, 15, 16, 17, 20};
    int src[24], dst[24];
    int total = 0;
    for (int c = 0; c < 10; c++) {
        int count = counts[c];
        for (int i = 0; i < 24; i++) {
            src[i] = i * 3 + 1;
            dst[i] = -1;
        }
        int passes = duff_copy(dst, src, count);
        ac_yield();
        int ok = 1, sum = 0;
        for (int i = 0; i < count; i++) {
            if (dst[i] != src[i])
                ok = 0;
            sum += dst[i];
        }
        for (int i = count; i < 24; i++)
            if (dst[i] != -1)
                ok = 0;
        printf("count=%d passes=%d ok=%d sum=%d\n", count, passes, ok, sum);
        total += passes;
    }
    return total;
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
// CHECK: count=0 passes=0 ok=1 sum=0
// CHECK-NEXT: count=1 passes=0 ok=1 sum=1
// CHECK-NEXT: count=2 passes=0 ok=1 sum=5
// CHECK-NEXT: count=7 passes=0 ok=1 sum=70
// CHECK-NEXT: count=8 passes=1 ok=1 sum=92
// CHECK-NEXT: count=9 passes=1 ok=1 sum=117
// CHECK-NEXT: count=15 passes=1 ok=1 sum=330
// CHECK-NEXT: count=16 passes=2 ok=1 sum=376
// CHECK-NEXT: count=17 passes=2 ok=1 sum=425
// CHECK-NEXT: count=20 passes=2 ok=1 sum=590
// CHECK-NEXT: result 9
// CHECK-NEXT: done
