// Self-check of valgrind mode (lit --param valgrind=1, scripts/valgrind.sh):
// %run really runs the program under memcheck, and a memcheck error fails
// the RUN line even under a plain `not` (valgrind-run.sh aborts, and `not`
// fails on a crash), while stdout, stdin, arguments and the exit status of a
// clean run pass through to the RUN line's checks.
//
// REQUIRES: valgrind
// RUN: %gcc -O0 -Wno-maybe-uninitialized %s -o %t.gcc
// RUN: echo 5 | %run %t.gcc clean | FileCheck %s --check-prefix=CLEAN
// RUN: not %run %t.gcc exit3
// RUN: not --crash %run %t.gcc leak 2>&1 | FileCheck %s --check-prefix=LEAK
// RUN: not --crash %run %t.gcc uninit 2>&1 | FileCheck %s --check-prefix=UNINIT
// RUN: not --crash %run %t.gcc overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *volatile sink;

int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "";
    if (!strcmp(what, "clean")) {
        int n = 0;
        if (scanf("%d", &n) != 1)
            return 1;
        char *p = malloc(16);
        snprintf(p, 16, "read %d", n);
        puts(p);
        free(p);
        return 0;
    }
    if (!strcmp(what, "exit3"))
        return 3;
    if (!strcmp(what, "leak")) {
        sink = malloc(100);
        sink = NULL;                 /* definitely lost */
        return 0;
    }
    if (!strcmp(what, "uninit")) {
        int *p = malloc(sizeof *p);
        sink = p;
        if (*p == 42)                /* conditional jump on uninitialised */
            puts("42");
        free(p);
        return 0;
    }
    if (!strcmp(what, "overflow")) {
        char *p = malloc(8);
        sink = p;
        p[8] = 1;                    /* invalid write of size 1 */
        free(p);
        return 0;
    }
    return 2;
}

// CLEAN: read 5
// LEAK: memcheck reported errors
// LEAK: definitely lost
// UNINIT: memcheck reported errors
// UNINIT: Conditional jump or move depends on uninitialised value
// OVERFLOW: memcheck reported errors
// OVERFLOW: Invalid write of size 1
