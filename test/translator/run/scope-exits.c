// Leaving a scope block by return (from inside a try block, through its
// finally block), by goto to a label outside it, by break, and by a throw:
// each way out first waits for the children launched into the scope.  A
// throw in the block cancels the children and reaches the enclosing catch
// after the scope has ended; so does a child's failure.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void worker(const char *name, int ms) {
    ac_delay(ms);
    printf("%s done\n", name);
}

SUSPEND static void failing(int ms) {
    ac_delay(ms);
    ac_throw(ac_error_new(&AC_ERROR, "child failed"));
}

SUSPEND static int return_from_scope(void) {
    ac_coroutine_scope(s) {
        ac_launch(s, worker("r", 200));
        ac_try {
            ac_yield();
            return 1;
        } ac_finally {
            printf("finally before the scope ends\n");
        }
    }
    return 0;
}

SUSPEND static void goto_out(void) {
    for (int i = 0; i < 3; i++) {
        ac_coroutine_scope(s) {
            ac_launch(s, worker("g", 5));
            if (i == 1)
                goto done;
            printf("iteration %d\n", i);
        }
    }
done:
    printf("left by goto\n");
}

SUSPEND static void break_out(void) {
    for (;;) {
        ac_coroutine_scope(s) {
            ac_launch(s, worker("b", 5));
            break; /* leaves the scope block, as in C (the block is a for) */
        }
        printf("after the scope, in the loop\n");
        break;
    }
}

SUSPEND static void throw_in_body(void) {
    ac_try {
        ac_coroutine_scope(s) {
            ac_launch(s, worker("never", 1000));
            ac_yield();
            ac_throw(ac_error_new(&AC_ERROR, "body threw"));
        }
        printf("not reached\n");
    } ac_catch (e) {
        printf("caught %s\n", ac_error_message(e));
    }
}

SUSPEND static void child_fails(void) {
    ac_try {
        ac_coroutine_scope(s) {
            ac_launch(s, failing(5));
            ac_delay(1000);
            printf("not reached\n");
        }
    } ac_catch (e) {
        printf("child failure: %s\n", ac_error_message(e));
    }
}

SUSPEND static int main_co(void) {
    int r = return_from_scope();
    printf("returned %d\n", r);
    goto_out();
    break_out();
    throw_in_body();
    child_fails();
    return 0;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("done\n");
    return out;
}
// CHECK:      finally before the scope ends
// CHECK-NEXT: r done
// CHECK-NEXT: returned 1
// CHECK-NEXT: iteration 0
// CHECK-NEXT: g done
// CHECK-NEXT: g done
// CHECK-NEXT: left by goto
// CHECK-NEXT: b done
// CHECK-NEXT: after the scope, in the loop
// CHECK-NEXT: caught body threw
// CHECK-NEXT: child failure: child failed
// CHECK-NEXT: done
