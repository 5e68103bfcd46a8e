// Conformance pair of tc_catch_all_rethrow.kt: a catch-all that rethrows cancellations and
// handles real failures; the guide's fire-and-forget pattern.
// RUN: %conformance
#include "conf.h"

SUSPEND static void track_view(const char *id)
{
    ac_delay(200);
    if (strcmp(id, "bad") == 0)
        ac_throw(ac_error_new(&AC_IO_ERROR, "analytics down"));
    printf("tracked %s\n", id);
}

SUSPEND static void tracker(void)
{
    static const char *const ids[] = {"a1", "bad", "a2", "a3"};
    for (size_t k = 0; k < sizeof ids / sizeof ids[0]; k++) {
        const char *id = ids[k];
        ac_try {
            track_view(id);
        } ac_catch (t) {
            if (ac_error_is(t, &AC_CANCELLATION)) {
                printf("cancellation for %s: rethrow\n", id);
                ac_rethrow(t);
            }
            printf("ignored failure for %s: %s\n", id, ex(t));
        }
    }
}

SUSPEND static void fire_and_forget_body(void)
{
    ac_try {
        track_view("bad");
    } ac_catch (e) {
        if (ac_error_is(e, &AC_CANCELLATION))
            ac_rethrow(e);
        /* Silently ignore analytics failure */
    }
    printf("fire-and-forget finished normally\n");
}

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        ac_job *job = ac_launch(scope, tracker());
        ac_delay(500);
        ac_job_cancel(job, NULL);
        ac_join(job);
        printf("job cancelled=%s\n", tf(ac_job_is_cancelled(job)));

        ac_job *fire_and_forget = ac_launch(scope, fire_and_forget_body());
        ac_join(fire_and_forget);
        printf("fireAndForget cancelled=%s\n", tf(ac_job_is_cancelled(fire_and_forget)));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
