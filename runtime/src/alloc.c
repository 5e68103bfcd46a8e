/*
 * alloc.c -- the runtime's one door to the heap.
 *
 * Every allocation goes through here for two reasons: tests count them (a
 * deep call chain must not allocate in steady state, nothing may leak) and
 * make them fail (every out-of-memory path must end in OutOfMemoryError and
 * leak nothing).  Counters and the failure switch are per thread: one event
 * loop per thread, and no global mutable state.
 */
#include "internal.h"

#include <stdlib.h>

_Thread_local struct ac__stats ac__stat;

static _Thread_local long fail_after = -1;  /* < 0: injection off */
static _Thread_local long fail_count;       /* < 0: fail forever */

void ac__test_fail_alloc(long after, long count)
{
    fail_after = after;
    fail_count = count;
}

void ac__test_fail_alloc_after(long n)
{
    ac__test_fail_alloc(n, -1);
}

static bool injected_failure(void)
{
    if (fail_after < 0)
        return false;
    if (fail_after > 0) {
        fail_after--;
        return false;
    }
    if (fail_count == 0) {          /* the failures are used up */
        fail_after = -1;
        return false;
    }
    if (fail_count > 0)
        fail_count--;
    return true;
}

void *ac__malloc(size_t n)
{
    if (injected_failure() || ac__fault(AC__FAULT_ALLOC))
        return NULL;
    void *p = malloc(n ? n : 1);
    if (p)
        ac__stat.mallocs++;
    return p;
}

void *ac__realloc(void *p, size_t n)
{
    if (!p)
        return ac__malloc(n);
    if (injected_failure() || ac__fault(AC__FAULT_ALLOC))
        return NULL;
    return realloc(p, n ? n : 1);
}

void ac__free(void *p)
{
    if (p) {
        ac__stat.frees++;
        free(p);
    }
}
