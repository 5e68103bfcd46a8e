// Parameters declared with array syntax (int m[][3], int v[static 3]), function-type parameters, a const parameter and a register local keep working across suspensions; array parameters behave as pointers that can be advanced
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }
static int square(int x) { return x * x; }

SUSPEND static int sum_rows(int m[][3], int rows, const int n, int f(int),
                            int v[static 3], char name[])
{
    register int acc = 0;
    for (int r = 0; r < rows; r++) {
        ac_yield();
        for (int c = 0; c < 3; c++)
            acc += f(m[r][c]);
    }
    v[0] = id(acc);
    v[1] = n;
    v[2] = rows;
    ac_yield();
    m += id(1);
    acc += m[0][0];
    name[0] = (char)id('M');
    ac_yield();
    printf("in: acc=%d n=%d rows=%d m[0][1]=%d name=%s\n", acc, n, rows, m[0][1], name);
    return acc + n;
}

SUSPEND static int main_co(void)
{
    int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
    int v[3] = {0, 0, 0};
    char name[] = "matrix";
    int r = sum_rows(m, 2, 5, square, v, name);
    printf("out: r=%d v=%d,%d,%d name=%s\n", r, v[0], v[1], v[2], name);
    return r;
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
// CHECK: in: acc=95 n=5 rows=2 m[0][1]=5 name=Matrix
// CHECK-NEXT: out: r=100 v=91,5,2 name=Matrix
// CHECK-NEXT: result 100
// CHECK-NEXT: done
