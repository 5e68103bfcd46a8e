// Pointer-to-pointer locals (int **, int ***, const char ** over a NULL-terminated array, heap int ** matrix) stay valid across suspensions; writes through them after a yield reach the pointed-to pointer
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int g1 = 1, g2 = 2;

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static void redirect(int **slot, int *to)
{
    ac_yield();
    *slot = to;
    ac_yield();
}

SUSPEND static int main_co(void)
{
    int *p = &g1;
    int **pp = &p;
    int ***ppp = &pp;
    const char *words[] = {"alpha", "beta", "gamma", NULL};
    const char **w = words;
    ac_yield();
    printf("**pp=%d ***ppp=%d\n", **pp, ***ppp);
    *pp = &g2;
    ac_yield();
    printf("*p=%d **pp=%d\n", *p, **pp);
    **pp = id(20);
    ac_yield();
    printf("g2=%d *p=%d ***ppp=%d\n", g2, *p, ***ppp);
    redirect(*ppp, &g1);
    printf("after redirect *p=%d\n", *p);
    int total = 0;
    while (*w) {
        total += (int)strlen(*w) * id(1);
        w++;
        ac_yield();
    }
    printf("total=%d w-words=%td\n", total, w - words);
    int **rows = malloc(3 * sizeof *rows);
    if (!rows)
        return -1;
    for (int k = 0; k < 3; k++) {
        rows[k] = malloc(2 * sizeof **rows);
        if (!rows[k])
            return -1;
        rows[k][0] = id(k);
        rows[k][1] = id(k * 10);
    }
    ac_yield();
    int sum = 0;
    for (int k = 0; k < 3; k++) {
        sum += rows[k][0] + rows[k][1];
        free(rows[k]);
        ac_yield();
    }
    free(rows);
    printf("sum=%d\n", sum);
    return total + sum;
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
// CHECK: **pp=1 ***ppp=1
// CHECK-NEXT: *p=2 **pp=2
// CHECK-NEXT: g2=20 *p=20 ***ppp=20
// CHECK-NEXT: after redirect *p=1
// CHECK-NEXT: total=14 w-words=3
// CHECK-NEXT: sum=33
// CHECK-NEXT: result 47
// CHECK-NEXT: done
