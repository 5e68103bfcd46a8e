// break, continue and goto out of ac_try and ac_catch blocks run the finally
// block first (it may suspend), then jump: in a for loop, in a while loop
// whose condition suspends, from a catch block (which releases its error
// first), and a goto through two nested finally blocks.  A break that leaves
// only a switch inside the try block does not run the finally block.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int tick(int i) {
    ac_yield();
    return i;
}

SUSPEND static void jumps(void) {
    for (int i = 0; i < 5; i++) {
        ac_try {
            tick(i);
            if (i == 1)
                continue;
            if (i == 3)
                break;
            printf("body %d\n", i);
        } ac_finally {
            printf("finally %d\n", i);
            ac_yield();
        }
        printf("end of iteration %d\n", i);
    }

    int n = 0;
    while (tick(n) < 4) {
        n++;
        ac_try {
            if (n % 2)
                continue;
            printf("even %d\n", n);
        } ac_catch (e) {
            (void)e;
        } ac_finally {
            printf("while finally %d\n", n);
        }
    }

    int k = 0;
    do {
        ac_try {
            k++;
            if (k < 3)
                continue;
        } ac_finally {
            printf("do finally %d\n", k);
        }
       