// The annotated example at the top of README.md, with the output shown there.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int fetch(int id, int ms) {       /* a suspend function */
    ac_delay(ms);                                /* suspends; the loop runs others */
    printf("fetched %d after %d ms\n", id, ms);
    return id * 10;
}

SUSPEND static int total(void) {
    int sum = 0;
    ac_coroutine_scope(s) {                      /* coroutineScope { } */
        ac_deferred *a = ac_async(s, fetch(1, 30));
        ac_deferred *b = ac_async(s, fetch(2, 10));
        sum = AC_AWAIT(int, a) + AC_AWAIT(int, b);
    }                                            /* waits for every child */
    return sum;
}

int main(void) {
    int result;
    ac_error *err = ac_run_test(total(), &result);   /* runBlocking { } */
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("total %d\n", result);
}
// CHECK: fetched 2 after 10 ms
// CHECK-NEXT: fetched 1 after 30 ms
// CHECK-NEXT: total 30
