// Suspend calls as array indices and as stored values: a[f(1)] = f(2), multi-dimensional, index[array], string-literal indexing, address of an element.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void) {
    int a[8] = {0};
    a[id(1)] = id(2);
    a[id(2)] = a[1] + id(5);
    int i = 3;
    a[i] = id(i) * 3;
    a[id(4)] = a[id(1)] + a[id(2)];
    int *p = &a[id(5)];
    *p = 55;
    a[id(6)] = id(a[id(5)] + 1);

    int m[3][3] = {{0}};
    m[id(1)][id(2)] = id(42);
    m[2][id(0)] = m[id(1)][2] + 1;

    int b[4] = {10, 20, 30, 40};
    int idx = id(1);
    ac_yield();
    printf("b[idx]=%d\n", b[idx]);
    printf("b[id]=%d\n", b[id(3)]);
    printf("rev=%d\n", id(2)[b]);

    char s[] = "hello";
    s[id(0)] = (char)('H' + id(0));
    printf("s=%s ch=%c\n", s, "abc"[id(2)]);

    for (int k = 0; k < 8; k++)
        printf("a[%d]=%d\n", k, a[k]);
    printf("m=%d %d\n", m[1][2], m[2][0]);
    return a[4];
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: b[idx]=20
// CHECK-NEXT: b[id]=40
// CHECK-NEXT: rev=30
// CHECK-NEXT: s=Hello ch=c
// CHECK-NEXT: a[0]=0
// CHECK-NEXT: a[1]=2
// CHECK-NEXT: a[2]=7
// CHECK-NEXT: a[3]=9
// CHECK-NEXT: a[4]=9
// CHECK-NEXT: a[5]=55
// CHECK-NEXT: a[6]=56
// CHECK-NEXT: a[7]=0
// CHECK-NEXT: m=42 43
// CHECK-NEXT: result=9
// CHECK-NEXT: done
