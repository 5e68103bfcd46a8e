// Inline bodies ({ ... }) given to ac_launch and ac_async in a suspend
// function.  Launched into a scope block of the same function, a body
// captures the variables declared outside the block by reference: it sees
// what the function writes after the launch, and the function sees what the
// body wrote once the block has ended (as Kotlin's closures share them).  An
// async body's value is its last expression statement: an int, a struct, a
// pointer; a body can call suspend functions anywhere in that expression.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct pair { int a, b; };

SUSPEND static int twice(int v) { ac_yield(); return 2 * v; }

static const char *names[] = { "zero", "one", "two" };

SUSPEND static int run(int n) {
    int x = 1;
    struct pair total = { 0, 0 };
    ac_coroutine_scope(s) {
        ac_job *j = ac_launch(s, ({
            ac_yield();
            printf("child sees x=%d n=%d\n", x, n);   /* the value written after the launch */
            x = 100;
            total.a += n;
        }));
        x = 2;
        ac_join(j);
        printf("after join x=%d\n", x);
        ac_deferred *di = ac_async(s, ({ int v = twice(x); v + 1; }));
        ac_deferred *ds = ac_async(s, ({ struct pair p = { twice(n), n }; p; }));
        ac_deferred *dp = ac_async(s, ({ ac_yield(); names[n]; }));
        ac_deferred *dx = ac_async(s, ({ twice(n) + twice(x); }));
        printf("int %d\n", AC_AWAIT(int, di));
        struct pair p = AC_AWAIT(struct pair, ds);
        printf("struct %d %d\n", p.a, p.b);
        printf("pointer %s\n", AC_AWAIT(const char *, dp));
        printf("sum of calls %d\n", AC_AWAIT(int, dx));
        ac_launch(s, ({ ac_delay(1); total.b = 7; }));     /* detached */
    }
    printf("after scope total=%d,%d\n", total.a, total.b);
    return x + total.a + total.b;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(run(2), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    return 0;
}
// CHECK:      child sees x=2 n=2
// CHECK-NEXT: after join x=100
// CHECK-NEXT: int 201
// CHECK-NEXT: struct 4 2
// CHECK-NEXT: pointer two
// CHECK-NEXT: sum of calls 204
// CHECK-NEXT: after scope total=2,7
// CHECK-NEXT: result=109
