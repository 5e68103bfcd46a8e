#include <asyncc.h>
#include <stdio.h>
#include "local.h"

SUSPEND const char *local_greeting(void) {
    ac_yield();
    return LOCAL_GREETING;
}

int main(void) {
    const char *g = NULL;
    ac_error *e = ac_run_blocking(local_greeting(), &g);
    puts(e ? "error" : g);
    return 0;
}
