/* Library half of the cross-TU ping-pong recursion (see xtu_pingpong.h). */
#include "xtu_pingpong.h"

SUSPEND long xtu_ping(long n) {
    if (n == 0)
        return 0;
    long keep = n;
    ac_yield();
    long r = xtu_pong(n - 1) + 1;
    return keep == n ? r : -1000000;
}
