// Conformance pair of cancel_suspension_points.kt: a cancelled coroutine gets a
// CancellationException at delay, yield, join, await and a nested coroutineScope;
// the jobs waited for are not cancelled.  The lines are sorted, as in Kotlin.
// RUN: %conformance
#include "conf.h"

#include <stdlib.h>

/* Kotlin's mutableListOf<String>() */
struct seen {
    const char *lines[16];
    size_t n;
};

static void add(struct seen *s, const char *line)
{
    if (s->n < 16)
        s->lines[s->n++] = line;
}

static int by_string(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

SUSPEND static void slow_body(void)
{
    ac_delay(300);
    printf("slow finished\n");
}

SUSPEND static int deferred_body(void)
{
    ac_delay(300);
    printf("deferred finished\n");
    return 7;
}

SUSPEND static void at_delay(struct seen *seen)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_catch (e) {
        if (ac_error_is(e, &AC_CANCELLATION))
            add(seen, "delay: CancellationException");
        ac_rethrow(e);
    }
}

SUSPEND static void at_yield(struct seen *seen)
{
    ac_try {
        while (1)
            ac_yield();
    } ac_catch (e) {
        if (ac_error_is(e, &AC_CANCELLATION))
            add(seen, "yield: CancellationException");
        ac_rethrow(e);
    }
}

SUSPEND static void at_join(struct seen *seen, ac_job *slow)
{
    ac_try {
        ac_join(slow);
    } ac_catch (e) {
        if (ac_error_is(e, &AC_CANCELLATION))
            add(seen, "join: CancellationException");
        ac_rethrow(e);
    }
}

SUSPEND static void at_await(struct seen *seen, ac_deferred *deferred)
{
    ac_try {
        (void)AC_AWAIT(int, deferred);
    } ac_catch (e) {
        if (ac_error_is(e, &AC_CANCELLATION))
            add(seen, "await: CancellationException");
        ac_rethrow(e);
    }
}

SUSPEND static void scope_child(struct seen *seen)
{
    ac_try {
        ac_delay(INT64_MAX);
    } ac_finally {
        add(seen, "coroutineScope child: cancelled");
    }
}

SUSPEND static void at_scope(struct seen *seen)
{
    ac_try {
        ac_coroutine_scope(s) {
            ac_launch(s, scope_child(seen));
        }
    } ac_catch (e) {
        if (ac_error_is(e, &AC_CANCELLATION))
            add(seen, "coroutineScope: CancellationException");
        ac_rethrow(e);
    }
}

SUSPEND static void parent_body(struct seen *seen, ac_job *slow, ac_deferred *deferred)
{
    ac_scope *self = own_scope();
    ac_launch(self, at_delay(seen));
    ac_launch(self, at_yield(seen));
    ac_launch(self, at_join(seen, slow));
    ac_launch(self, at_await(seen, deferred));
    ac_launch(self, at_scope(seen));
    ac_scope_release(self);
}

SUSPEND static void body(void)
{
    struct seen seen = {{0}, 0};
    ac_coroutine_scope(scope) {
        ac_job *slow = ac_launch(scope, slow_body());
        ac_deferred *deferred = ac_async(scope, deferred_body());
        ac_job *parent = ac_launch(scope, parent_body(&seen, slow, deferred));
        ac_delay(100);
        ac_job_cancel(parent, NULL);
        ac_join(parent);
        qsort(seen.lines, seen.n, sizeof seen.lines[0], by_string);
        for (size_t i = 0; i < seen.n; i++)
            printf("%s\n", seen.lines[i]);
        printf("parent cancelled=%s\n", tf(ac_job_is_cancelled(parent)));
        printf("slow cancelled=%s deferred cancelled=%s\n", tf(ac_job_is_cancelled(slow)),
               tf(ac_job_is_cancelled(deferred)));
        printf("deferred value=%d\n", AC_AWAIT(int, deferred));
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
