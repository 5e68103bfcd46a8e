// The translation of a file that compiles warning-free compiles
// warning-free too, with gcc and clang at -Wall -Wextra -Werror (%gcc,
// %clang) and with -Wshadow and -Wstrict-prototypes on top: frame structs,
// constructors, resume functions, temporaries, scope blocks, builders, and
// the rewritten statements (const locals initialised in the frame, suspend
// calls in conditions, loop headers, ternaries, && and ||, initialisers,
// switch with an attributed fall-through, goto, a struct result).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc -Wshadow -Wstrict-prototypes -c %t.c -o %t.gcc.o 2>&1 | count 0
// RUN: %clang -Wshadow -Wstrict-prototypes -c %t.c -o %t.clang.o 2>&1 | count 0
// RUN: FileCheck --check-prefix=GEN %s < %t.c
// GEN: {{^}}static ac_status {{[a-z_]+}}__ac_resume(ac_frame *ac__f) {
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

struct pt { int x, y; };

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static void tick(void) { ac_delay(1); }

SUSPEND static struct pt make(int x) {
    struct pt p = { id(x), x + 1 };
    return p;
}

SUSPEND static int conds(int n) {
    const int k = id(n);
    const char *const name = "conds";
    int total = 0, i = 0;
    if (id(k) > 2 && id(k + 1) > 3)
        total += 1;
    if (id(0) || id(k))
        total += 2;
    total += id(k) > 4 ? id(10) : id(20);
    while (id(i) < 3)
        i++;
    do {
        total += i--;
    } while (id(i) > 0);
    for (int j = id(0); j < id(3); j += id(1))
        total += j;
    switch (id(k % 3)) {
    case 0:
        total += 100;
        break;
    case 1:
        total += id(1);
        __attribute__((fallthrough));
    default:
        total += 1000;
    }
    if (total > 100000)
        goto out;
    total += (int)strlen(name);
out:
    return total;
}

SUSPEND static int scopes(int n) {
    int got = 0;
    struct pt p = make(n);
    ac_coroutine_scope(s) {
        ac_launch(s, tick());
        ac_deferred *d = ac_async(s, conds(n));
        got = AC_AWAIT(int, d);
        for (int i = 0; i < 2; i++) {
            if (i == 1)
                break;
            ac_launch(s, tick());
        }
    }
    return got + p.x + p.y;
}

int main(void) {
    int v = 0;
    ac_error *err = ac_run_blocking(scopes(4), &v);
    if (err) {
        ac_error_print(err, stderr);
        ac_error_free(err);
        return 1;
    }
    printf("%d\n", v);
    return 0;
}
