/* Errors only the compiler sees (the translator parses it cleanly): a
 * -Wsign-compare under -Werror in a suspend function, after a suspension,
 * and an undeclared name in ordinary code after it. */
#include <asyncc.h>

SUSPEND static int step(int i, unsigned u) {
    ac_yield();
    if (i < u) return 1;
    return 0;
}

int main(void) {
    int r = 0;
    ac_run_blocking(step(-1, 1), &r);
#ifndef __ASYNCC__
    return r + only_the_compiler_sees_this;
#endif
}
