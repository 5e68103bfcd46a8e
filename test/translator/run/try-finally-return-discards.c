// A return, break or goto out of an ac_finally block discards the pending
// error (it is released): the function returns normally, the loop goes on
// after the break, the goto lands at its label.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int discard(int v) {
    ac_try {
        ac_yield();
        ac_throw(ac_error_new(&AC_ERROR, "lost"));
    } ac_finally {
        ac_yield();
        return v; /* the pending error is dropped */
    }
    return -1;
}

SUSPEND static int break_discards(void) {
    int i;
    for (i = 0; i < 10; i++) {
        ac_try {
            if (i == 2)
                ac_throw(ac_error_new(&AC_ERROR, "lost in loop"));
        } ac_finally {
            ac_yield();
            if (i == 2)
                break;
        }
    }
    return i;
}

SUSPEND static int goto_discards(void) {
    ac_try {
        ac_try {
            ac_throw(ac_error_new(&AC_ERROR, "lost by goto"));
        } ac_finally {
            goto recovered;
        }
    } ac_finally {
        printf("outer finally\n");
    }
    return -1;
recovered:
    return 3;
}

SUSPEND static int main_co(void) {
    int a = -1, b = -1, c = -1;
    ac_try {
        a = discard(5);
        b = break_discards();
        c = goto_discards();
    } ac_catch (e) {
        printf("unexpected: %s\n", ac_error_message(e));
    }
    printf("a=%d b=%d c=%d\n", a, b, c);
    return 0;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    return out;
}
// CHECK:      outer finally
// CHECK-NEXT: a=5 b=2 c=3
// CHECK-NOT:  unexpected
