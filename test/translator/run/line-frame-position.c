// The source position each frame records (file and line of the suspension point it waits at) is the user's: a deadlock report names, for every coroutine that can never resume, the innermost frame's file and the line of the call it is suspended in: a scope block's end (its ac_coroutine_scope line), an ac_join written in a launched function, and an ac_join in a function called from one, after other suspension points.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck -DFILE=%s %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck -DFILE=%s %s
// CHECK: deadlock=1
// CHECK-NEXT: DeadlockError: 3 coroutines can never resume
#include <asyncc.h>
#include <stdio.h>

static ac_job *job_a, *job_b;

SUSPEND static void wait_for(ac_job **j) {
    ac_yield();
    ac_delay(1);
    ac_join(*j);
}
// CHECK-DAG: coroutine #3 waits in ac_join at [[FILE]]:[[#@LINE-2]]{{$}}

SUSPEND static void a(void) {
    ac_yield();
    ac_join(job_b);
}
// CHECK-DAG: coroutine #2 waits in ac_join at [[FILE]]:[[#@LINE-2]]{{$}}

SUSPEND static void b(void) {
    ac_yield();
    wait_for(&job_a);
}

SUSPEND static int main_co(void) {
    ac_coroutine_scope(s) {
        job_a = ac_launch(s, a());
        job_b = ac_launch(s, b());
    }
    return 0;
}
// CHECK-DAG: coroutine #1 waits in the end of a coroutine scope at [[FILE]]:[[#@LINE-6]]{{$}}

int main(void) {
    int v = 0;
    ac_error *err = ac_run_test(main_co(), &v);
    if (!err) {
        puts("no deadlock?");
        return 1;
    }
    printf("deadlock=%d\n", ac_error_is(err, &AC_DEADLOCK));
    ac_error_print(err, stdout);
    ac_error_free(err);
    return 0;
}
// CHECK-NOT: coroutine #4
