// Conformance pair of timeout_or_null.kt: withTimeoutOrNull gives the value in time and
// null on timeout, runs the block's finally, and nests.
// RUN: %conformance
#include "conf.h"

static const char *str(const char *s) { return s ? s : "null"; }

SUSPEND static void body(void)
{
    ac_coroutine_scope(scope) {
        (void)scope;
        int in_time;
        const char *value;

        ac_with_timeout_or_null(500, &in_time) {
            ac_delay(10);
            value = "done";
        }
        const char *ok = in_time ? value : NULL;
        printf("ok = %s\n", str(ok));

        ac_with_timeout_or_null(100, &in_time) {
            ac_try {
                ac_delay(1000);
                value = "unreachable";
            } ac_finally {
                printf("block finally\n");
            }
        }
        const char *timed_out = in_time ? value : NULL;
        printf("timedOut = %s\n", str(timed_out));

        ac_with_timeout_or_null(500, &in_time) {
            int inner_in_time;
            const char *inner_value;
            ac_with_timeout_or_null(50, &inner_in_time) {
                ac_delay(1000);
                inner_value = "inner unreachable";
            }
            const char *inner = inner_in_time ? inner_value : NULL;
            printf("inner = %s\n", str(inner));
            value = "outer finished";
        }
        const char *nested = in_time ? value : NULL;
        printf("nested = %s\n", str(nested));
    }
}

int main(void) { return conf_exit(ac_run_test(body(), NULL)); }
