/* main.c -- a consumer of the installed asyncc: two coroutines share the
 * work, each item after a short delay.  Prints the total, 10 * (1+2+3+4). */
#include <asyncc.h>
#include <stdio.h>

#include "work.h"

SUSPEND static int item(int i) {
    ac_delay(1);
    return i * WORK_SCALE;
}

SUSPEND static int half(int first) {
    int sum = 0;
    for (int i = first; i <= WORK_ITEMS; i += 2) sum += item(i);
    return sum;
}

SUSPEND static int total(void) {
    int sum = 0;
    ac_coroutine_scope(s) {
        ac_deferred *odd = ac_async(s, half(1));
        ac_deferred *even = ac_async(s, half(2));
        sum = AC_AWAIT(int, odd) + AC_AWAIT(int, even);
    }
    return sum;
}

int main(void) {
    int result;
    ac_error *err = ac_run_blocking(total(), &result);
    if (err) {
        ac_error_print(err, stderr);
        ac_error_free(err);
        return 1;
    }
    printf("total %d\n", result);
    return 0;
}
