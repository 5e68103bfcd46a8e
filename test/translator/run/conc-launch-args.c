// Arguments of the call given to ac_launch/ac_async are evaluated at launch time and stored: later changes to the variables (and side effects in the arguments) are seen accordingly.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct P { int x, y; };

static int launches;

SUSPEND static void show(const char *tag, int v) {
    ac_yield();
    printf("%s %d\n", tag, v);
}

SUSPEND static void showp(struct P p) {
    printf("p=%d,%d\n", p.x, p.y);
}

SUSPEND static int twice(int v) { return 2 * v; }

SUSPEND static int main_co(void) {
    int got = 0;
    ac_coroutine_scope(s) {
        int i = 1;
        ac_launch(s, show("first", i));
        i = 2;
        ac_launch(s, show("second", i * 10));
        i = 3;
        struct P p = { 1, 2 };
        ac_launch(s, showp(p));
        p.x = 100;
        for (int k = 0; k < 3; k++)
            ac_launch(s, show("loop", k));
        ac_launch(s, show("count", ++launches));
        ac_deferred *d = ac_async(s, twice(i));
        i = 50;
        printf("parent i=%d p.x=%d launches=%d\n", i, p.x, launches);
        got = AC_AWAIT(int, d);
    }
    printf("got=%d\n", got);
    return got;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_blocking(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// Queue: [first(1) second(20) showp({1,2}) loop0 loop1 loop2 count(1) twice(3)].
// P prints, then awaits d.  Every show yields once before printing, so the
// first pass runs: showp prints at once, twice(3) completes (d = 6), then the
// shows print in launch order.  Wherever the woken P is queued, it only stores
// got and then waits at the end of the block, so "got" prints last.
// CHECK: parent i=50 p.x=100 launches=1
// CHECK-NEXT: p=1,2
// CHECK-NEXT: first 1
// CHECK-NEXT: second 20
// CHECK-NEXT: loop 0
// CHECK-NEXT: loop 1
// CHECK-NEXT: loop 2
// CHECK-NEXT: count 1
// CHECK-NEXT: got=6
// CHECK-NEXT: result=6
// CHECK-NEXT: done
