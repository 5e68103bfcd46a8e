#include <stdio.h>
#include "worker.h"

int main(void) {
    int r = 0;
    ac_error *e = ac_run_blocking(work(4), &r);
    printf("make project: %d\n", e ? -1 : r);
    return e != NULL;
}
