// Multi-dimensional array locals (int[3][4], computed int[3][3], char[2][3][4]) and a pointer-to-array local keep contents and types across suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int slow(int x) { ac_delay(1); return x; }

SUSPEND static int main_co(void)
{
    int m[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
    int t[4][3];
    int p[3][3];
    char names[2][3][4] = {{"ab", "cd", "ef"}, {"gh", "ij", "kl"}};
    ac_yield();
    printf("sizeof m=%zu m[0]=%zu names=%zu names[1]=%zu\n", sizeof m,
           sizeof m[0], sizeof names, sizeof names[1]);
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            t[j][i] = id(m[i][j]);
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
            int s = 0;
            for (int k = 0; k < 4; k++) {
                s += m[i][k] * t[k][j];
                if (k == 1)
                    ac_yield();
            }
            p[i][j] = slow(s);
        }
    }
    for (int i = 0; i < 3; i++)
        printf("p[%d] = %d %d %d\n", i, p[i][0], p[i][1], p[i][2]);
    int (*row)[4] = m + id(1);
    ac_yield();
    printf("(*row)[2]=%d row[1][3]=%d\n", (*row)[2], row[1][3]);
    (*row)[0] = id(-5);
    names[0][1][0] = (char)id('X');
    ac_delay(1);
    printf("m[1][0]=%d names=%s %s %s %s\n", m[1][0], names[0][0], names[0][1],
           names[1][1], names[1][2]);
    return p[2][2];
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
// CHECK: sizeof m=48 m[0]=16 names=24 names[1]=12
// CHECK-NEXT: p[0] = 30 70 110
// CHECK-NEXT: p[1] = 70 174 278
// CHECK-NEXT: p[2] = 110 278 446
// CHECK-NEXT: (*row)[2]=7 row[1][3]=12
// CHECK-NEXT: m[1][0]=-5 names=ab Xd ij kl
// CHECK-NEXT: result 446
// CHECK-NEXT: done
