// Forward goto skipping code (including suspension points), and the goto-cleanup error pattern where suspending acquire/release calls surround a chain of fall-through labels
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int acquire(int k, int ok)
{
    ac_yield();
    printf("acquire %d %s\n", k, ok ? "ok" : "fail");
    return id(ok);
}

SUSPEND static void release(int k)
{
    ac_delay(1);
    printf("release %d\n", k);
}

SUSPEND static int setup(int fail_at)
{
    int rc = -1;
    printf("setup(%d)\n", fail_at);
    if (!acquire(1, fail_at != 1))
        goto out;
    if (!acquire(2, fail_at != 2))
        goto undo1;
    if (!acquire(3, fail_at != 3))
        goto undo2;
    ac_yield();
    printf("all acquired\n");
    rc = 0;
    release(3);
undo2:
    release(2);
undo1:
    release(1);
out:
    ac_yield();
    return rc;
}

SUSPEND static int main_co(void)
{
    int skipped = 0, reached = 0;
    ac_yield();
    goto skip;
    skipped = id(1);
    ac_yield();
    skipped += 10;
skip:
    reached = id(1);
    printf("skipped=%d reached=%d\n", skipped, reached);

    int v = id(7);
    if (v > 5)
        goto big;
    v = id(-1);
big:
    ac_yield();
    printf("v=%d\n", v);

    int sum = 0;
    sum += setup(0);
    sum += setup(2);
    sum += setup(3);
    sum += setup(1);
    printf("sum=%d\n", sum);
    return sum + v;
}

int main(void)
{
    int r = 0;
    ac_error *err = ac_run_test(main_co(), &r);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result %d\n", r);
    puts("done");
    return 0;
}
// CHECK: skipped=0 reached=1
// CHECK-NEXT: v=7
// CHECK-NEXT: setup(0)
// CHECK-NEXT: acquire 1 ok
// CHECK-NEXT: acquire 2 ok
// CHECK-NEXT: acquire 3 ok
// CHECK-NEXT: all acquired
// CHECK-NEXT: release 3
// CHECK-NEXT: release 2
// CHECK-NEXT: release 1
// CHECK-NEXT: setup(2)
// CHECK-NEXT: acquire 1 ok
// CHECK-NEXT: acquire 2 fail
// CHECK-NEXT: release 1
// CHECK-NEXT: setup(3)
// CHECK-NEXT: acquire 1 ok
// CHECK-NEXT: acquire 2 ok
// CHECK-NEXT: acquire 3 fail
// CHECK-NEXT: release 2
// CHECK-NEXT: release 1
// CHECK-NEXT: setup(1)
// CHECK-NEXT: acquire 1 fail
// CHECK-NEXT: sum=-3
// CHECK-NEXT: result 4
// CHECK-NEXT: done
