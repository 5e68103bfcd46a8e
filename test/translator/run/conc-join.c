// ac_join(job) waits for a launched job (others keep running meanwhile); joining an already-completed job returns at once; ac_job_is_completed before and after.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static void worker(const char *name, int ms) {
    printf("%s begin\n", name);
    ac_delay(ms);
    printf("%s end\n", name);
}

SUSPEND static int main_co(void) {
    ac_coroutine_scope(s) {
        ac_job *slow = ac_launch(s, worker("slow", 40));
        ac_job *fast = ac_launch(s, worker("fast", 10));
        printf("joining slow\n");
        ac_join(slow);
        printf("slow joined completed=%d\n", ac_job_is_completed(slow));
        printf("fast completed=%d\n", ac_job_is_completed(fast));
        ac_join(fast);
        printf("fast joined\n");
        ac_job *third = ac_launch(s, worker("third", 5));
        printf("third completed=%d\n", ac_job_is_completed(third));
        ac_join(third);
        printf("third joined completed=%d\n", ac_job_is_completed(third));
    }
    printf("after scope\n");
    return 0;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// P launches slow and fast (queued), prints, suspends in ac_join(slow).
// slow: "begin", arms 40 ms; fast: "begin", arms 10 ms.  fast ends at 10,
// slow at 40, which resumes P.  Both are complete now; joining fast returns
// at once.  third is queued (not completed) until P suspends in ac_join.
// CHECK: joining slow
// CHECK-NEXT: slow begin
// CHECK-NEXT: fast begin
// CHECK-NEXT: fast end
// CHECK-NEXT: slow end
// CHECK-NEXT: slow joined completed=1
// CHECK-NEXT: fast completed=1
// CHECK-NEXT: fast joined
// CHECK-NEXT: third completed=0
// CHECK-NEXT: third begin
// CHECK-NEXT: third end
// CHECK-NEXT: third joined completed=1
// CHECK-NEXT: after scope
// CHECK-NEXT: result=0
// CHECK-NEXT: done
