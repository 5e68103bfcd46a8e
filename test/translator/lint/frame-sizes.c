// asyncc --frame-sizes prints each frame's size in bytes on stdout (on
// stderr with -o -), "file:line: frame of NAME: N bytes", in the order the
// frames are emitted; the sizes are those of the struct NAME__ac_frame the
// translation defines, as the compiler lays it out (checked here against
// sizeof in the compiled program): chars, doubles, arrays, structs,
// _Alignas locals, parameters (an array one), long double, temporaries (a
// compound literal, a call's value, ?:), try and scope blocks, inline
// bodies.  The translator computes them from the input's types; with
// ASYNCC_FRAME_LAYOUT_CHECK=1 it also compiles the output's frame structs
// and reports any size that differs (none may).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/out.c --frame-sizes > %t/sizes.txt 2> %t/err.txt
// RUN: count 0 < %t/err.txt
// RUN: %clang %t/out.c -o %t/prog %rt
// RUN: %run %t/prog > %t/run.txt
// RUN: cat %t/sizes.txt %t/run.txt | FileCheck %s
// RUN: %gcc %t/out.c -o %t/prog-gcc %rt
// RUN: %run %t/prog-gcc > %t/run-gcc.txt
// RUN: cat %t/sizes.txt %t/run-gcc.txt | FileCheck %s
// RUN: %asyncc %s -o - --frame-sizes 2>&1 >/dev/null | FileCheck --check-prefix=STDERR %s
// RUN: env ASYNCC_FRAME_LAYOUT_CHECK=1 %asyncc %s -o %t/checked.c --frame-sizes > %t/sizes2.txt 2> %t/err2.txt
// RUN: count 0 < %t/err2.txt
// RUN: diff %t/sizes.txt %t/sizes2.txt
// STDERR: frame-sizes.c:[[#@LINE+23]]: frame of chars: {{[0-9]+}} bytes
#include <asyncc.h>
#include <stdalign.h>
#include <stdio.h>
#include <string.h>

struct point {
    double x, y;
    char tag;
};

SUSPEND static int step(int x) {
    ac_yield();
    return x;
}

// CHECK: frame-sizes.c:[[#@LINE+7]]: frame of chars: [[CHARS:[0-9]+]] bytes
// CHECK-NEXT: frame-sizes.c:[[#@LINE+12]]: frame of doubles: [[DOUBLES:[0-9]+]] bytes
// CHECK-NEXT: frame-sizes.c:[[#@LINE+19]]: frame of arrays: [[ARRAYS:[0-9]+]] bytes
// CHECK-NEXT: frame-sizes.c:[[#@LINE+27]]: frame of structs: [[STRUCTS:[0-9]+]] bytes
// CHECK-NEXT: frame-sizes.c:[[#@LINE+34]]: frame of aligned: [[ALIGNED:[0-9]+]] bytes
// CHECK-NEXT: frame-sizes.c:[[#@LINE+42]]: frame of misc: [[MISC:[0-9]+]] bytes
// CHECK-NEXT: frame-sizes.c:[[#@LINE+61]]: frame of main__ac_body1: [[BODY:[0-9]+]] bytes
SUSPEND static int chars(char c) {
    char a = c, b = 'b';
    ac_yield();
    return a + b;
}

SUSPEND static double doubles(char c) {
    char before = c;
    double d = 1.5;
    char after = 'x';
    ac_yield();
    return d + before + after;
}

SUSPEND static int arrays(int n) {
    char s[13];
    int v[7];
    memset(s, n, sizeof s);
    memset(v, 0, sizeof v);
    ac_yield();
    return s[3] + v[n] + step(s[0]) + step(v[1]); /* temporaries in the frame */
}

SUSPEND static double structs(void) {
    struct point p = {1, 2, 'p'};
    char c = 'c';
    struct point q[2] = {{3, 4, 'q'}, {5, 6, 'r'}};
    ac_yield();
    return p.x + q[1].y + c;
}

SUSPEND static int aligned(void) {
    char c = 1;
    _Alignas(64) char buf[10];
    alignas(32) int i = 2;
    buf[0] = 3;
    ac_yield();
    return c + buf[0] + i;
}

SUSPEND static long double misc(int a[3], long double ld) {
    long double acc = ld;
    ac_try {
        acc += step(a[0]) ? (struct point){1, 2, 'x'}.x : 0;
    } ac_catch (e) {
        ac_rethrow(e);
    }
    ac_coroutine_scope(s) {
        ac_launch(s, step(1));
    }
    return acc + a[1];
}

#ifndef __ASYNCC__
static void print_sizes(void);
#endif

int main(void) {
    int r;
    double d;
    ac_run_blocking(({ char k = 'k'; double z = 2.0; ac_yield(); (int)(k + z); }), &r);
    ac_run_blocking(chars('a'), &r);
    ac_run_blocking(doubles('a'), &d);
    ac_run_blocking(arrays(1), &r);
    ac_run_blocking(structs(), &d);
    ac_run_blocking(aligned(), &r);
    long double ld;
    ac_run_blocking(misc((int[3]){1, 2, 3}, 0.5L), &ld);
#ifndef __ASYNCC__
    print_sizes();
#endif
    return 0;
}
#ifndef __ASYNCC__
static void print_sizes(void) {
    printf("chars %zu\n", sizeof(struct chars__ac_frame));
    printf("doubles %zu\n", sizeof(struct doubles__ac_frame));
    printf("arrays %zu\n", sizeof(struct arrays__ac_frame));
    printf("structs %zu\n", sizeof(struct structs__ac_frame));
    printf("aligned %zu\n", sizeof(struct aligned__ac_frame));
    printf("misc %zu\n", sizeof(struct misc__ac_frame));
    printf("body %zu\n", sizeof(struct main__ac_body1__ac_frame));
}
#endif
// CHECK: chars [[CHARS]]
// CHECK-NEXT: doubles [[DOUBLES]]
// CHECK-NEXT: arrays [[ARRAYS]]
// CHECK-NEXT: structs [[STRUCTS]]
// CHECK-NEXT: aligned [[ALIGNED]]
// CHECK-NEXT: misc [[MISC]]
// CHECK-NEXT: body [[BODY]]
