// The translation is deterministic: translating the same file twice gives
// identical bytes, whatever the output path, and `-o -` writes the same
// text to stdout.  The input mixes what the translator names and numbers:
// several suspend functions, frame fields and temporaries, nested scope
// blocks with launches and asyncs, loops and a switch that suspend, a local
// struct type, static locals and a prototype.
// RUN: %asyncc %s -o %t1.c
// RUN: %asyncc %s -o %t2.c
// RUN: diff %t1.c %t2.c
// RUN: %asyncc %s -o - > %t3.c
// RUN: diff %t1.c %t3.c
// RUN: %gcc -c %t1.c -o %t.o
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int later(int x);

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static void worker(int k, int *sum) {
    for (int i = 0; i < k; i++) {
        ac_delay(1);
        *sum += id(i);
    }
}

SUSPEND static int later(int x) {
    static int calls;
    struct local { int a, b; } l = { x, id(x) };
    calls++;
    switch (id(x % 3)) {
    case 0:
        l.a += id(1);
        break;
    case 1:
        ac_yield();
        __attribute__((fallthrough));
    default:
        l.b += 2;
    }
    return l.a + l.b + calls;
}

SUSPEND static int main_co(void) {
    int sum = 0, got = 0;
    ac_coroutine_scope(outer) {
        ac_launch(outer, worker(3, &sum));
        ac_coroutine_scope(inner) {
            ac_deferred *d = ac_async(inner, later(5));
            ac_launch(inner, worker(2, &sum));
            got = AC_AWAIT(int, d);
        }
        while (id(sum) < 100 && got < 1000)
            got += later(got);
    }
    return sum + got;
}

int main(void) {
    int v = 0;
    ac_error *err = ac_run_blocking(main_co(), &v);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("%d\n", v);
    return 0;
}
