// Inline bodies in ordinary code.  ac_run_blocking(({ ... }), &out) in main
// captures main's variables by reference (run_blocking returns only when the
// body is done): the body reads and writes them, and its value goes to out.
// ac_launch into a scope object from main captures by value: the copy is
// made when the builder runs, so main's later writes are not seen (also
// for a struct and an array).  A body can call the ordinary function it is
// written in (chain launches a body that calls chain).
// ac_run_blocking_ctx takes an inline body too.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

struct point { int x, y; };

/* main waits for a scope object's job by polling: a run_blocking that joins
 * a job of another thread can report a false deadlock (runtime race). */
static void wait_completed(ac_job *j) {
    while (!ac_job_is_completed(j)) {
        struct timespec ts = { 0, 1000000 };
        nanosleep(&ts, NULL);
    }
}

SUSPEND static int square(int v) { ac_yield(); return v * v; }

static int calls;

static void chain(ac_scope *sc, int depth) {
    calls++;
    ac_launch(sc, ({
        ac_yield();
        if (depth > 0) chain(sc, depth - 1);   /* the enclosing function again */
    }));
}

int main(int argc, char **argv) {
    (void)argv;
    int base = 3, seen = 0;
    int out = 0;
    ac_error *err = ac_run_blocking(({
        int a = square(base);
        seen = a;                  /* main's own variable */
        base = 10;
        a + argc;
    }), &out);
    if (err) return 1;
    printf("out=%d seen=%d base=%d\n", out, seen, base);

    ac_scope *sc = ac_scope_new(NULL);
    int id = 1;
    struct point where = { 4, 5 };
    char name[8] = "first";
    ac_job *j = ac_launch(sc, ({
        ac_delay(1);
        printf("copies: id=%d where=%d,%d name=%s\n", id, where.x, where.y, name);
    }));
    id = 2;
    where.x = 40;
    strcpy(name, "second");
    wait_completed(j);
    ac_scope_release(sc);
    err = ac_run_blocking_ctx(ac_coroutine_name("named"), ({
        ac_yield();
        printf("runs in %s\n", ac_ctx_get_name(ac_current_context()));
    }), NULL);
    if (err) return 1;
    /* chain launches into the scope block's scope: the block waits for all */
    err = ac_run_blocking(({ ac_coroutine_scope(s) { chain(s, 3); } }), NULL);
    printf("chain calls=%d\n", calls);
    return err != 0;
}
// CHECK:      out=10 seen=9 base=10
// CHECK-NEXT: copies: id=1 where=4,5 name=first
// CHECK-NEXT: runs in named
// CHECK-NEXT: chain calls=4
