// Void suspend functions: called as statements, nested in other void suspend functions, early return, in comma and ?: expressions, cast to void, results through out-pointers to the caller's locals.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static int log_[32];
static int n_;

SUSPEND static void note(int v) {
    ac_yield();
    log_[n_++] = v;
}
SUSPEND static void note_twice(int v) {
    note(v);
    note(v + 1);
}
SUSPEND static void early_exit(int v) {
    if (v < 0)
        return;
    ac_yield();
    note(v);
}
SUSPEND static void nothing(void) {}
SUSPEND static void via_out(int *out, int v) {
    ac_delay(1);
    *out = v * 2;
}
SUSPEND static void loop_notes(int n) {
    for (int i = 0; i < n; i++) {
        if (i == 2)
            continue;
        note(100 + i);
    }
}

SUSPEND static int main_co(void) {
    note(1);
    note_twice(10);
    early_exit(-1);
    early_exit(5);
    nothing();
    int r = 0;
    via_out(&r, 21);
    (note(7), note(8));
    n_ > 0 ? note(9) : note(0);
    (void)nothing();
    loop_notes(4);
    printf("r=%d n=%d\n", r, n_);
    for (int i = 0; i < n_; i++)
        printf("%d ", log_[i]);
    printf("\n");
    return r;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: r=42 n=10
// CHECK-NEXT: {{^}}1 10 11 5 7 8 9 100 101 103 {{$}}
// CHECK-NEXT: result=42
// CHECK-NEXT: done
