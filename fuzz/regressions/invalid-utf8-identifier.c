#include <asyncc.h>
#include <stdio.h>

SUSPEND static int g(int x) {
    ac_yield();
    return x;
}

SUSPEND static int f(int x) {
    int abÿcd = g(x);
    return abÿcd;
}

int main(void) {
    int r = 0;
    ac_error *e = ac_run_blocking(f(1), &r);
    if (e) return 2;
    printf("result %d\n", r);
    return 0;
}
