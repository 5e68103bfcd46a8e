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
        printf("do body end %d\n", k);
    } while (tick(k) < 3);

    for (int i = 0; i < 4; i++) {
        ac_try {
            if (i % 2 == 0)
                ac_throw(ac_error_new(&AC_ERROR, "e%d", i));
            tick(i);
        } ac_catch (e) {
            printf("caught %s\n", ac_error_message(e));
            if (i == 2)
                break;
            continue;
        } ac_finally {
            printf("catch-loop finally %d\n", i);
        }
        printf("odd %d\n", i);
    }

    int tries = 0;
again:
    tries++;
    ac_try {
        ac_try {
            tick(tries);
            if (tries < 2)
                goto again;
            if (tries == 2)
                goto out;
        } ac_finally {
            printf("inner finally %d\n", tries);
        }
    } ac_finally {
        printf("outer finally %d\n", tries);
        ac_yield();
    }
    printf("not reached\n");
out:
    printf("out after %d tries\n", tries);

    ac_try {
        switch (tick(2)) {
        case 2:
            printf("case 2\n");
            break;
        default:
            printf("default\n");
            break;
        }
        printf("after switch\n");
    } ac_finally {
        printf("switch finally\n");
    }
}

int main(void) {
    ac_error *err = ac_run_blocking(jumps(), NULL);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("done\n");
    return 0;
}
// CHECK:      body 0
// CHECK-NEXT: finally 0
// CHECK-NEXT: end of iteration 0
// CHECK-NEXT: finally 1
// CHECK-NEXT: body 2
// CHECK-NEXT: finally 2
// CHECK-NEXT: end of iteration 2
// CHECK-NEXT: finally 3
// CHECK-NEXT: while finally 1
// CHECK-NEXT: even 2
// CHECK-NEXT: while finally 2
// CHECK-NEXT: while finally 3
// CHECK-NEXT: even 4
// CHECK-NEXT: while finally 4
// CHECK-NEXT: do finally 1
// CHECK-NEXT: do finally 2
// CHECK-NEXT: do finally 3
// CHECK-NEXT: do body end 3
// CHECK-NEXT: caught e0
// CHECK-NEXT: catch-loop finally 0
// CHECK-NEXT: catch-loop finally 1
// CHECK-NEXT: odd 1
// CHECK-NEXT: caught e2
// CHECK-NEXT: catch-loop finally 2
// CHECK-NEXT: inner finally 1
// CHECK-NEXT: outer finally 1
// CHECK-NEXT: inner finally 2
// CHECK-NEXT: outer finally 2
// CHECK-NEXT: out after 2 tries
// CHECK-NEXT: case 2
// CHECK-NEXT: after switch
// CHECK-NEXT: switch finally
// CHECK-NEXT: done
