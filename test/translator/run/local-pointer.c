// Pointer locals (to a global array, to heap memory, to a string literal, void *, NULL, loop cursor pointers) keep their values across suspensions and support arithmetic after them
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

static int table[5] = {10, 20, 30, 40, 50};

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    int *p = table;
    const char *s = "coroutine";
    int *heap = malloc(4 * sizeof *heap);
    void *vp = &table[2];
    int *nul = NULL;
    if (!heap)
        return -1;
    ac_yield();
    p += id(2);
    printf("*p=%d *vp=%d nul=%s same=%d\n", *p, *(int *)vp, nul ? "set" : "null",
           p == vp);
    int n = 0;
    for (const char *q = s; *q; q++)
        if (*q == id('o'))
            n++;
    printf("o count=%d s=%s\n", n, s);
    for (int k = 0; k < 4; k++)
        heap[k] = id(k * k + 1);
    ac_yield();
    int *end = heap + 4;
    int sum = 0;
    for (int *h = heap; h != end; h++) {
        sum += *h;
        ac_yield();
    }
    ptrdiff_t diff = end - heap;
    p[1] = id(-1);
    ac_delay(1);
    printf("sum=%d diff=%td table=%d %d %d %d %d\n", sum, diff, table[0],
           table[1], table[2], table[3], table[4]);
    free(heap);
    heap = NULL;
    ac_yield();
    printf("heap=%s p-table=%td\n", heap ? "set" : "null", p - table);
    return sum + n;
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
// CHECK: *p=30 *vp=30 nul=null same=1
// CHECK-NEXT: o count=2 s=coroutine
// CHECK-NEXT: sum=18 diff=4 table=10 20 30 -1 50
// CHECK-NEXT: heap=null p-table=2
// CHECK-NEXT: result 20
// CHECK-NEXT: done
