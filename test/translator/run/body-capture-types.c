// Captures of many types, by reference and by copy: a typedef of a const
// type, _Atomic, a function pointer, a pointer to an array, an array
// typedef, an enum, a complex number, const pointers, and parameters
// declared as an array or a function (C makes them pointers, and so does
// the capture).  In main: argv by reference (run_blocking) and by copy.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -lm -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -lm -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <complex.h>
#include <stdio.h>
#include <time.h>

typedef const int cint;
typedef int row4[4];
enum mode { M_A, M_B };

static int twice(int v) { return 2 * v; }

/* main waits for a scope object's job by polling: a run_blocking that joins
 * a job of another thread can report a false deadlock (runtime race). */
static void wait_completed(ac_job *j) {
    while (!ac_job_is_completed(j)) {
        struct timespec ts = { 0, 1000000 };
        nanosleep(&ts, NULL);
    }
}

SUSPEND static int use(const char *const label, const int n, int arr[], int op(int)) {
    cint c = 7;
    _Atomic int at = 5;
    int (*fp)(int) = twice;
    int grid[2][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}};
    int (*rowp)[4] = grid;
    row4 r4 = {9, 9, 9, 9};
    enum mode m = M_B;
    double _Complex z = 1.0 + 2.0 * I;
    int by_ref = 0, by_copy = 0;
    ac_coroutine_scope(s) {
        ac_launch(s, ({
            ac_yield();
            by_ref = c + at + fp(n) + rowp[1][2] + r4[0] + (int)m + (int)creal(z) + arr[0] + op(1);
            arr[1] = 50;                                   /* the caller's array */
            printf("%s by reference: %d\n", label, by_ref);
        }));
        for (int i = 0; i < 1; i++) {
            cint c2 = c;
            _Atomic int at2 = at;
            int (*fp2)(int) = fp;
            int (*rowp2)[4] = rowp;
            row4 r5 = {1, 1, 1, 1};
            enum mode m2 = m;
            double _Complex z2 = z;
            const char *const label2 = label;
            ac_launch(s, ({
                ac_yield();
                by_copy = c2 + at2 + fp2(1) + rowp2[0][0] + r5[3] + (int)m2 + (int)cimag(z2) + arr[1];
                printf("%s by copy: %d\n", label2, by_copy);
            }));
        }
    }
    return by_ref + by_copy;
}

int main(int argc, char **argv) {
    int out = 0, a[2] = { 100, 0 };
    ac_error *e = ac_run_blocking(({ argv = argv + argc - 1; use("hi", 3, a, twice); }), &out);
    if (e) return 1;
    printf("out=%d a[1]=%d argv moved=%d\n", out, a[1], argv[1] == NULL);
    ac_scope *sc = ac_scope_new(NULL);
    ac_job *j = ac_launch(sc, ({ printf("copy of argv: last=%d\n", argv[1] == NULL); }));
    wait_completed(j);
    ac_scope_release(sc);
    return 0;
}
// 7 + 5 + 6 + 7 + 9 + 1 + 1 + 100 + 2 = 138; 7 + 5 + 2 + 1 + 1 + 1 + 2 + 50 = 69
// CHECK:      hi by reference: 138
// CHECK-NEXT: hi by copy: 69
// CHECK-NEXT: out=207 a[1]=50 argv moved=1
// CHECK-NEXT: copy of argv: last=1
