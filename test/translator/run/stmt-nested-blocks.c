// Six levels of nested blocks, each with its own locals and suspension points, plus empty blocks and sibling blocks with large locals: inner code sees and updates outer locals after yields, and sibling blocks never clobber live outer locals
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    int a = 1;
    {
        int b = id(2);
        {
            int c = id(3);
            {
                int d = id(4);
                {
                    int e = id(5);
                    {
                        int f = id(6);
                        ac_yield();
                        a = a + b + c + d + e + f;
                        printf("depth6 a=%d f=%d\n", a, f);
                    }
                    ac_yield();
                    e *= 10;
                    printf("depth5 e=%d d=%d\n", e, d);
                }
                {}
                ;
                d = id(d + b);
                printf("depth4 d=%d c=%d\n", d, c);
            }
            ac_yield();
            printf("depth3 c=%d b=%d\n", c, b);
        }
    }
    printf("a=%d\n", a);

    int keep1 = 111;
    double keep2 = 2.5;
    char keepbuf[8] = "keep";
    {
        int big[16];
        for (int i = 0; i < 16; i++)
            big[i] = id(-1);
        ac_yield();
        printf("big[15]=%d\n", big[15]);
    }
    {
        double other[8];
        for (int i = 0; i < 8; i++)
            other[i] = -99.0;
        ac_yield();
        printf("other[7]=%.1f keep1=%d keep2=%.1f keepbuf=%s\n", other[7], keep1,
               keep2, keepbuf);
    }
    if (id(1)) {
        int z = id(9);
        ac_yield();
        keep1 += z;
    } else {
        int z = -9;
        keep1 += z;
    }
    printf("keep1=%d keep2=%.1f keepbuf=%s\n", keep1, keep2, keepbuf);
    return a + keep1;
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
// CHECK: depth6 a=21 f=6
// CHECK-NEXT: depth5 e=50 d=4
// CHECK-NEXT: depth4 d=6 c=3
// CHECK-NEXT: depth3 c=3 b=2
// CHECK-NEXT: a=21
// CHECK-NEXT: big[15]=-1
// CHECK-NEXT: other[7]=-99.0 keep1=111 keep2=2.5 keepbuf=keep
// CHECK-NEXT: keep1=120 keep2=2.5 keepbuf=keep
// CHECK-NEXT: result 141
// CHECK-NEXT: done
