// -Wasyncc-new-job: ac_ctx_job(ac_job_new(...)) or ac_supervisor_job_new in
// the context of ac_launch_ctx, ac_async_ctx or ac_with_context makes the
// coroutine (or block) a child of a new job instead of the scope: the
// scope neither waits for it nor cancels it (kotlinx: launch(Job())).
// The fix-it drops the job element (NULL, the empty context).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/out.c 2>&1 | FileCheck --strict-whitespace --implicit-check-not=warning: --implicit-check-not=error: %s
// RUN: %clang -c %t/out.c -o %t/out.o
// RUN: %asyncc %s -o %t/no.c -Wno-new-job 2>&1 | FileCheck --allow-empty --implicit-check-not=warning: --check-prefix=NONE %s
// RUN: not %asyncc %s -o %t/err.c -Werror=new-job 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not test -e %t/err.c
// NONE-NOT: warning
// ERR: new-job.c:[[#@LINE+17]]:37: error: a new job in ac_launch_ctx's context breaks structured concurrency: {{.*}} [-Werror,-Wasyncc-new-job]
// ERR: 3 errors generated.
#include <asyncc.h>

SUSPEND static int work(int x) {
    ac_yield();
    return x;
}

SUSPEND static int parent(void) {
    int r = 0;
    ac_coroutine_scope(s) {
// CHECK: new-job.c:[[#@LINE+5]]:37: warning: a new job in ac_launch_ctx's context breaks structured concurrency: the coroutine becomes a child of that job, not of the scope, so the scope neither waits for it nor cancels it [-Wasyncc-new-job]
// CHECK-NEXT:{{^}}        ac_launch_ctx(s, ac_ctx_job(ac_job_new(NULL)), AC_START_DEFAULT, work(1));
// CHECK-NEXT:{{^}}                                    ^~~~~~~~~~~~~~~~
// CHECK-NEXT:{{^}}                         NULL
// CHECK-NEXT:new-job.c:[[#@LINE+1]]:37: note: drop the job element (NULL is the empty context): the coroutine's job is then a child of the scope's
        ac_launch_ctx(s, ac_ctx_job(ac_job_new(NULL)), AC_START_DEFAULT, work(1));
// CHECK: new-job.c:[[#@LINE+4]]:89: warning: a new job in ac_async_ctx's context breaks structured concurrency: {{.*}} [-Wasyncc-new-job]
// CHECK-NEXT:{{^}}        ac_deferred *d = ac_async_ctx(s, ac_ctx_plus(ac_coroutine_name("a"), ac_ctx_job(ac_supervisor_job_new(NULL))),
// CHECK-NEXT:{{^}}                                                                                        ^~~~~~~~~~~~~~~~~~~~~~~~~~~
// CHECK: note: drop the job element (NULL is the empty context): the coroutine's job is then a child of the scope's; for children that fail alone, launch them into an ac_supervisor_scope(s) { ... } block
        ac_deferred *d = ac_async_ctx(s, ac_ctx_plus(ac_coroutine_name("a"), ac_ctx_job(ac_supervisor_job_new(NULL))),
                                      AC_START_DEFAULT, work(2));
        r += AC_AWAIT(int, d);
        /* the fixed code: no job element, or a job the program made */
        ac_launch_ctx(s, NULL, AC_START_DEFAULT, work(1));
        ac_deferred *d2 = ac_async_ctx(s, ac_coroutine_name("a"), AC_START_DEFAULT, work(2));
        r += AC_AWAIT(int, d2);
        ac_launch_ctx(s, ac_ctx_job(ac_job_new(NULL)), AC_START_DEFAULT, work(1)); // NOLINT(asyncc-new-job)
    }
// CHECK: new-job.c:[[#@LINE+5]]:32: warning: a new job in ac_with_context's context breaks structured concurrency: the block runs in a job that is not a child of this coroutine's, so cancelling the coroutine does not cancel the block [-Wasyncc-new-job]
// CHECK-NEXT:{{^}}    ac_with_context(ac_ctx_job(ac_job_new(ac_current_job()))) { r += work(3); }
// CHECK-NEXT:{{^}}                               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
// CHECK-NEXT:{{^}}                    NULL
// CHECK-NEXT:new-job.c:[[#@LINE+1]]:32: note: drop the job element (NULL is the empty context): the block then runs in this coroutine's job
    ac_with_context(ac_ctx_job(ac_job_new(ac_current_job()))) { r += work(3); }
    ac_with_context(NULL) { r += work(3); }
    return r;
}

int main(void) {
    int r;
    ac_run_blocking(parent(), &r);
    return 0;
}
// CHECK: 3 warnings generated.
