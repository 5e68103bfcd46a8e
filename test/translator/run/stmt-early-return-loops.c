// Early return from inside nested loops (do/while/for, for(;;)/while) right after suspensions, including returning a suspend call's value; the caller's locals are intact and repeated calls start fresh
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int first_multiple(int n, int limit)
{
    int tries = 0;
    do {
        int i = 1;
        while (i < 5) {
            for (int j = 1; j < 5; j++) {
                tries++;
                ac_yield();
                if (id(i * j) % n == 0 && i * j >= limit) {
                    printf("found after %d\n", tries);
                    return id(i * 10 + j);
                }
            }
            i++;
        }
    } while (0);
    ac_yield();
    return -tries;
}

SUSPEND static long collatz_steps(long n)
{
    long steps = 0;
    for (;;) {
        while (n % 2 == 0) {
            n /= 2;
            steps++;
            ac_yield();
            if (n == 1)
                return steps;
        }
        if (n == 1)
            return id((int)steps);
        n = 3 * n + 1;
        steps++;
    }
}

SUSPEND static int main_co(void)
{
    int marker = 1234;
    int a = first_multiple(3, 5);
    int b = first_multiple(7, 1);
    int c = first_multiple(4, 16);
    int d = first_multiple(2, 0);
    printf("a=%d b=%d c=%d d=%d marker=%d\n", a, b, c, d, marker);
    long s6 = collatz_steps(6);
    long s27 = collatz_steps(27);
    long s1 = collatz_steps(1);
    long s7 = collatz_steps(7);
    printf("collatz 6=%ld 27=%ld 1=%ld 7=%ld marker=%d\n", s6, s27, s1, s7, marker);
    return a + b + c + d + (int)(s6 + s27 + s1 + s7);
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
// CHECK: found after 7
// CHECK-NEXT: found after 16
// CHECK-NEXT: found after 2
// CHECK-NEXT: a=23 b=-16 c=44 d=12 marker=1234
// CHECK-NEXT: collatz 6=8 27=111 1=0 7=16 marker=1234
// CHECK-NEXT: result 198
// CHECK-NEXT: done
