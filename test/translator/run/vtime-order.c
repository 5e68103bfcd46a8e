// ac_run_test's order is deterministic: timers with equal deadlines fire
// in the order they were armed (whatever their delays), ready coroutines
// run FIFO (yields interleave round-robin), and nested launches (children,
// grandchildren, async/await) follow virtual time.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static long long now(void) { return (long long)ac_test_current_time(); }

SUSPEND static void at(const char *name, int64_t first, int64_t second) {
    ac_delay(first);
    printf("%s at %lld\n", name, now());
    ac_delay(second);
    printf("%s again at %lld\n", name, now());
}

SUSPEND static void spinner(const char *name, int n) {
    for (int i = 0; i < n; i++) {
        printf("%s %d\n", name, i);
        ac_yield();
    }
}

SUSPEND static int leaf(int id, int64_t ms) {
    ac_delay(ms);
    printf("leaf %d at %lld\n", id, now());
    return id * 10;
}

SUSPEND static int branch(int id, int64_t ms) {
    int sum = 0;
    ac_coroutine_scope(s) {
        ac_deferred *a = ac_async(s, leaf(id * 10 + 1, ms));
        ac_deferred *b = ac_async(s, leaf(id * 10 + 2, ms / 2));
        ac_launch(s, ({ ac_delay(ms); printf("grandchild of %d at %lld\n", id, now()); }));
        sum = AC_AWAIT(int, a) + AC_AWAIT(int, b);
    }
    printf("branch %d done at %lld\n", id, now());
    return sum;
}

SUSPEND static int main_co(void) {
    ac_coroutine_scope(s) {
        /* all due at 100: in the order they were armed */
        ac_launch(s, at("A", 100, 50));
        ac_launch(s, at("B", 100, 50));
        ac_launch(s, at("C", 60, 40));  /* armed at 60 for 100: after A, B */
        ac_launch(s, at("D", 100, 50));
        printf("launched at %lld\n", now());
    }
    printf("equal deadlines over at %lld\n", now());
    ac_coroutine_scope(s) {
        ac_launch(s, spinner("x", 3));
        ac_launch(s, spinner("y", 3));
        ac_launch(s, spinner("z", 2));
    }
    printf("yields over at %lld\n", now());
    int total = 0;
    ac_coroutine_scope(s) {
        ac_deferred *p = ac_async(s, branch(1, 40));
        ac_deferred *q = ac_async(s, branch(2, 20));
        total = AC_AWAIT(int, p) + AC_AWAIT(int, q);
    }
    printf("nested over at %lld, total %d\n", now(), total);
    return 0;
}

int main(void) {
    ac_error *err = ac_run_test(main_co(), NULL);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("done\n");
    return 0;
}
// CHECK: launched at 0
// CHECK-NEXT: C at 60
// CHECK-NEXT: A at 100
// CHECK-NEXT: B at 100
// CHECK-NEXT: D at 100
// CHECK-NEXT: C again at 100
// CHECK-NEXT: A again at 150
// CHECK-NEXT: B again at 150
// CHECK-NEXT: D again at 150
// CHECK-NEXT: equal deadlines over at 150
// CHECK-NEXT: x 0
// CHECK-NEXT: y 0
// CHECK-NEXT: z 0
// CHECK-NEXT: x 1
// CHECK-NEXT: y 1
// CHECK-NEXT: z 1
// CHECK-NEXT: x 2
// CHECK-NEXT: y 2
// CHECK-NEXT: yields over at 150
// CHECK-NEXT: leaf 22 at 160
// CHECK-NEXT: leaf 12 at 170
// CHECK-NEXT: leaf 21 at 170
// CHECK-NEXT: grandchild of 2 at 170
// CHECK-NEXT: branch 2 done at 170
// CHECK-NEXT: leaf 11 at 190
// CHECK-NEXT: grandchild of 1 at 190
// CHECK-NEXT: branch 1 done at 190
// CHECK-NEXT: nested over at 190, total 660
// CHECK-NEXT: done
