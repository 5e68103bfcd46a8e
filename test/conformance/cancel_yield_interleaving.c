// Conformance pair of cancel_yield_interleaving.kt: yield() interleaves
// coroutines, a coroutine that never yields runs to its end first, and yield()
// throws in a cancelled coroutine.
// RUN: %conformance
#include "conf.h"

SUSPEND static void yielder(const char *name)
{
    for (int i = 0; i < 3; i++) {
        printf("%s%d\n", name, i);
        ac_yield();
    }
}

SUSPEND static void hog_body(void)
{
    for (int i = 0; i < 3; i++)
        printf("H%d (no yield)\n", i);
}

SUSPEND static void victim_body(void)
{
    ac_try {
        for (int i = 0; i < 5; i++) {
            printf("victim step %d\n", i);
            ac_yield();
        }
    } ac_catch (e) {
        if (!ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        printf("victim: CancellationException at yield\n");
        ac_rethrow(e);
    }
}

SUSPEND static void killer_body(ac_job *victim)
{
    ac_yield();
    printf("killer: cancelling victim\n");
    ac_job_cancel(victim, NULL);
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *a = ac_launch(scope, yielder("A"));
        ac_job *b = ac_launch(scope, yielder("B"));
        ac_job *hog = ac_launch(scope, hog_body());
        ac_join(a); /* joinAll(a, b, hog) */
        ac_join(b);
        ac_join(hog);

        ac_job *victim = ac_launch(scope, victim_body());
        ac_job *killer = ac_launch(scope, killer_body(victim));
        ac_join(victim); /* joinAll(victim, killer) */
        ac_join(killer);
        printf("victim cancelled=%s\n", tf(ac_job_is_cancelled(victim)));
    }
}

int main(void) { return conf_exit(ac_run_blocking(body(), NULL)); }
