// Failure injection (libasyncc-faults.a, ASYNCC_FAIL): ac_read of a
// blocking fd moves to the IO dispatcher.  When the IO pool cannot be
// made (its allocation fails) the read throws OutOfMemoryError instead of
// hopping to a NULL dispatcher; when the pool cannot start a thread
// (pthread_create fails) the hop is refused with an error instead of
// queueing the coroutine where no thread will ever run it (a hang).  Each
// allocation and each thread start fails in turn (Inputs/fault_each.py):
// every run reads, or ends with one of those errors.
// REQUIRES: faults
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt_faults -o %t.gcc
// RUN: %run %t.gcc | FileCheck %s --check-prefix=OK
// RUN: env ASYNCC_DEFAULT_THREADS=1 %python %S/Inputs/fault_each.py alloc -- %run %t.gcc | FileCheck %s --check-prefix=OOM
// RUN: env ASYNCC_DEFAULT_THREADS=1 %python %S/Inputs/fault_each.py thread -- %run %t.gcc | FileCheck %s --check-prefix=THREAD
#include <asyncc.h>
#include <stdio.h>
#include <unistd.h>

SUSPEND static long read_pipe(int fd) {
    char buf[8];
    return (long)ac_read(fd, buf, sizeof buf);
}

int main(void) {
    int p[2];
    if (pipe(p) != 0)
        return 2;
    if (write(p[1], "hello", 5) != 5)
        return 2;
    long n = 0;
    ac_error *e = ac_run_blocking(read_pipe(p[0]), &n);
    if (e) {
        printf("error: %s: %s\n", ac_error_type_name(e), ac_error_message(e));
        ac_error_free(e);
    } else {
        printf("read %ld\n", n);
    }
    close(p[0]);
    close(p[1]);
    return 0;
}
// OK: read 5
// OOM: outcome: error: OutOfMemoryError: out of memory ({{[0-9]+}} runs)
// OOM-NEXT: outcome: read 5 ({{[0-9]+}} runs)
// OOM-NEXT: runs:
// THREAD: outcome: error: IllegalStateException: ac_read: dispatcher asyncc-io has no thread and could not start one ({{[0-9]+}} runs)
// THREAD-NEXT: outcome: read 5 ({{[0-9]+}} runs)
// THREAD-NEXT: runs:
