// ac_dump out of memory prints what it can and never crashes: with every
// allocation failing it lists the coroutines flat as it finds them (frames
// included, copied to the stack); with the n-th failing, for each n until
// the dump no longer allocates, it prints a dump that says what is
// missing.  Uses the runtime's failure injection (a test hook of
// internal.h, declared here).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck -DFILE=%s %s
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

void ac__test_fail_alloc(long after, long count);

SUSPEND static void sleeper(void) {
    ac_delay(100000);                                   // line 16
}

SUSPEND static int main_co(void) {
    ac_coroutine_scope(s) {
        ac_launch_ctx(s, ac_coroutine_name("a"), AC_START_DEFAULT, sleeper());
        ac_launch_ctx(s, ac_coroutine_name("b"), AC_START_DEFAULT, sleeper());
        ac_yield();
        ac__test_fail_alloc(0, -1);
        ac_dump(stdout);
        ac__test_fail_alloc(-1, 0);
        for (long n = 1; n < 10; n++) {
            char buf[8192];
            FILE *m = fmemopen(buf, sizeof buf, "w");
            ac__test_fail_alloc(n, -1);
            ac_dump(m);
            ac__test_fail_alloc(-1, 0);
            fputc('\0', m);
            fclose(m);
            if (strstr(buf, "out of memory"))
                printf("after %ld allocations: says what is missing\n", n);
            if (!strstr(buf, "end of coroutine dump"))
                printf("after %ld allocations: no end\n", n);
        }
        ac_job_cancel(ac_scope_job(s), NULL);
    }
    return 0;
}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking(main_co(), &v);
    ac_error_free(e);
    printf("done\n");
    return 0;
}
// CHECK:      asyncc: out of memory: coroutines listed as found, without their tree
// CHECK-NEXT: #1 [active, running] on loop@main
// CHECK-NEXT: #2 "a" [active, suspended] on loop@main
// CHECK-NEXT:     at ac_delay
// CHECK-NEXT:     at sleeper ([[FILE]]:16)
// CHECK-NEXT: #3 "b" [active, suspended] on loop@main
// CHECK-NEXT:     at ac_delay
// CHECK-NEXT:     at sleeper ([[FILE]]:16)
// CHECK-NEXT: asyncc: end of coroutine dump
// CHECK-NEXT: after 1 allocations: says what is missing
// CHECK-NOT:  no end
// CHECK:      done
