#include "worker.h"

SUSPEND int work(int n) {
    int sum = 0;
    for (int i = 1; i <= n; i++) {
        ac_yield();
        sum += util_scale(i);
    }
    return sum;
}
