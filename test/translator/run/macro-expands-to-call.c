// Macros that expand to suspend calls: object-like wrapper, nested uses of the macro, macro composing two calls, variadic forwarding macro, a macro expanding to two yields.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static int add3(int a, int b, int c) { ac_delay(1); return a + b + c; }

#define GET(x) id(x)
#define GET2(x, y) (GET(x) + GET(y))
#define YIELD_TWICE() (ac_yield(), ac_yield())
#define CALL(fn, ...) fn(__VA_ARGS__)
#define ID_FN id
#define SLEEP_A_BIT ac_delay(1)

SUSPEND static int main_co(void) {
    int a = GET(1);
    int b = GET2(2, 3);
    int c = GET(GET(GET(4)));
    YIELD_TWICE();
    int d = CALL(add3, 1, GET(2), 3);
    int e = ID_FN(5);
    SLEEP_A_BIT;
    int f = CALL(GET, a + b);
    printf("a=%d b=%d c=%d d=%d e=%d f=%d\n", a, b, c, d, e, f);
    printf("in printf %d\n", GET2(10, 20));
    return a + b + c + d + e + f;
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: a=1 b=5 c=4 d=6 e=5 f=6
// CHECK-NEXT: in printf 30
// CHECK-NEXT: result=27
// CHECK-NEXT: done
