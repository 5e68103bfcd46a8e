// Mutex and semaphore (kotlinx's Mutex semantics; Debian's kotlinx 1.0.1
// Mutex cannot run, see test/conformance/README.md): ac_with_lock makes a
// read-modify-write across a suspension atomic (100 coroutines x 10, on the
// loop and on the default pool), try_lock on a held mutex fails, unlock by a
// wrong owner is refused, a waiter cancelled before it gets the lock does not
// get it and the next waiter does (FIFO), the lock is released when the
// block throws, breaks or returns, a lock handed to a cancelled waiter is
// kept (atomic) and released by its block; a semaphore of 3 never lets a
// fourth in, releasing more than acquired is refused; misuse is reported.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc 2>&1 | FileCheck %s
#include <asyncc.h>
#include <stdatomic.h>
#include <stdio.h>

static ac_mutex *mutex;
static int counter;

SUSPEND static void increment(void) {
    for (int i = 0; i < 10; i++) {
        ac_with_lock(mutex) {
            int c = counter;
            ac_yield();
            counter = c + 1;
        }
    }
}

SUSPEND static void hundred(void) {
    counter = 0;
    ac_coroutine_scope(s) {
        for (int i = 0; i < 100; i++)
            ac_launch(s, increment());
    }
}

SUSPEND static void waiter(const char *name, int *order, int *n) {
    ac_try {
        ac_mutex_lock(mutex, name);
        order[(*n)++] = name[0];
        ac_mutex_unlock(mutex, name);
    } ac_catch (e) {
        printf("%s: %s\n", name, ac_error_type_name(e));
    }
}

SUSPEND static int leave_by(int how) {
    for (int i = 0; i < 2; i++) {
        ac_with_lock(mutex) {
            if (how == 0)
                ac_throw(ac_error_new(&AC_ILLEGAL_STATE, "inside"));
            if (how == 1)
                break;
            if (how == 2)
                return 7;
        }
    }
    return 0;
}

static atomic_int inside, most;

SUSPEND static void limited(ac_semaphore *sem) {
    ac_semaphore_acquire(sem);
    int now = atomic_fetch_add(&inside, 1) + 1;
    int m = atomic_load(&most);
    while (now > m && !atomic_compare_exchange_weak(&most, &m, now)) {}
    ac_yield();
    ac_delay(1);
    atomic_fetch_sub(&inside, 1);
    ac_semaphore_release(sem);
}

SUSPEND static void held_when_cancelled(int *ran) {
    ac_with_lock(mutex) {
        *ran = 1;
    }
}

SUSPEND static void all(void) {
    mutex = ac_mutex_new();
    hundred();
    printf("loop counter=%d\n", counter);
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_default())) hundred();
    printf("pool counter=%d\n", counter);

    int owner;
    ac_mutex_lock(mutex, &owner);
    printf("try_lock while held: %d locked=%d holds=%d\n", ac_mutex_try_lock(mutex, NULL),
           ac_mutex_is_locked(mutex), ac_mutex_holds_lock(mutex, &owner));
    printf("unlock by another owner: %d\n", ac_mutex_unlock(mutex, "other"));
    int order[4], n = 0;
    ac_coroutine_scope(s) {
        ac_launch(s, waiter("a", order, &n));
        ac_job *b = ac_launch(s, waiter("b", order, &n));
        ac_launch(s, waiter("c", order, &n));
        ac_yield();
        ac_job_cancel(b, NULL);
        ac_yield();
        printf("unlock: %d\n", ac_mutex_unlock(mutex, &owner));
    }
    printf("order: %c%c (n=%d) locked=%d\n", order[0], order[1], n, ac_mutex_is_locked(mutex));
    printf("unlock when not locked: %d\n", ac_mutex_unlock(mutex, NULL));

    ac_try {
        leave_by(0);
    } ac_catch (e) {
        printf("block threw %s, locked=%d\n", ac_error_message(e), ac_mutex_is_locked(mutex));
    }
    leave_by(1);
    printf("after break locked=%d\n", ac_mutex_is_locked(mutex));
    printf("return %d, locked=%d\n", leave_by(2), ac_mutex_is_locked(mutex));

    int ran = 0;
    ac_coroutine_scope(s) {
        ac_mutex_lock(mutex, NULL);
        ac_job *j = ac_launch(s, held_when_cancelled(&ran));
        ac_yield();
        ac_mutex_unlock(mutex, NULL);   /* hands the lock to j ... */
        ac_job_cancel(j, NULL);         /* ... which is cancelled before it runs */
    }
    printf("handed-over lock: body ran=%d, locked after=%d\n", ran, ac_mutex_is_locked(mutex));

    ac_semaphore *sem = ac_semaphore_new(3);
    ac_with_context(ac_ctx_dispatcher(ac_dispatcher_default())) {
        ac_coroutine_scope(s) {
            for (int i = 0; i < 50; i++)
                ac_launch(s, limited(sem));
        }
    }
    printf("semaphore: at most %d inside, %d available, extra release %d\n",
           atomic_load(&most), ac_semaphore_available(sem), ac_semaphore_release(sem));
    printf("semaphore of 0: %s, free: %d\n", ac_semaphore_new(0) ? "made" : "NULL",
           ac_semaphore_free(sem));
    ac_try {
        ac_mutex_lock(NULL, NULL);
    } ac_catch (e) {
        printf("%s: %s\n", ac_error_type_name(e), ac_error_message(e));
    }
    ac_mutex_lock(mutex, NULL);
    printf("free a locked mutex: %d\n", ac_mutex_free(mutex));
    ac_mutex_unlock(mutex, NULL);
    printf("free: %d\n", ac_mutex_free(mutex));
}

int main(void) {
    ac_error *e = ac_run_blocking(all(), NULL);
    if (e) {
        ac_error_print(e, stdout);
        return 1;
    }
    return 0;
}
// CHECK: loop counter=1000
// CHECK-NEXT: pool counter=1000
// CHECK-NEXT: try_lock while held: 0 locked=1 holds=1
// CHECK-NEXT: unlock by another owner: -1
// CHECK-NEXT: b: JobCancellationException
// CHECK-NEXT: unlock: 0
// CHECK-NEXT: order: ac (n=2) locked=0
// CHECK-NEXT: unlock when not locked: -1
// CHECK-NEXT: block threw inside, locked=0
// CHECK-NEXT: after break locked=0
// CHECK-NEXT: return 7, locked=0
// CHECK-NEXT: handed-over lock: body ran=1, locked after=0
// CHECK-NEXT: semaphore: at most 3 inside, 3 available, extra release -1
// CHECK-NEXT: semaphore of 0: NULL, free: 0
// CHECK-NEXT: IllegalArgumentException: lock or acquire of NULL
// CHECK-NEXT: free a locked mutex: -1
// CHECK-NEXT: free: 0
