#include <asyncc.h>
#include <stdio.h>

SUSPEND static int g(int x) {
    ac_yield();
    return x;
}

/* a comment with bad bytes: ÿşÃ(â‚ */
static const char ord_s[] = "ÿşÃ(â‚";
SUSPEND static int f(int x) {
    // bad bytes in a line comment: ÿşÃ(â‚
    const char *s = "before ÿşÃ(â‚ after";
    char c = 'ÿ';
    x = g(x); /* ÿşÃ(â‚ */
    return x + (int)sizeof ord_s + ord_s[1] % 2 + (s[7] == (char)0xff) + (c == (char)0xff);
}

int main(void) {
    int r = 0;
    ac_error *e = ac_run_blocking(f(1), &r);
    if (e) return 2;
    printf("result %d\n", r);
    return 0;
}
