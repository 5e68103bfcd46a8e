// ac_throw inside ac_try goes to its ac_catch: a throw in the same function,
// a failure of a callee that did not suspend (ac__call returns AC_THROW at
// once) and of one that suspended first (the caller is resumed with its
// state negated, -k, and continues at the catch).  The catch sees the thrown
// error; the code after the try statement runs; the caller gets the value.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

static const ac_error_type PARSE_ERROR = {"ParseError", &AC_ERROR};

SUSPEND static int parse(int v, int suspend_first) {
    if (suspend_first)
        ac_delay(5);
    if (v < 0)
        ac_throw(ac_error_new(&PARSE_ERROR, "negative: %d", v));
    return v * 2;
}

SUSPEND static int direct(void) {
    int r = 1;
    ac_try {
        r = 2;
        ac_throw(ac_error_new(&AC_ILLEGAL_ARGUMENT, "direct"));
        r = 3;
    } ac_catch (e) {
        printf("direct: caught %s: %s (r=%d)\n", ac_error_type_name(e), ac_error_message(e), r);
    }
    return r;
}

SUSPEND static int through(int v, int suspend_first) {
    int r = -1;
    ac_try {
        r = parse(v, suspend_first);
        printf("parsed %d\n", r);
    } ac_catch (err) {
        printf("through(%d, %d): caught %s, ParseError %d\n", v, suspend_first, ac_error_message(err),
               ac_error_is(err, &PARSE_ERROR));
        r = 0;
    }
    ac_yield();
    return r;
}

SUSPEND static int main_co(void) {
    int a = direct();
    int b = through(4, 0);
    int c = through(-1, 0);
    int d = through(5, 1);
    int e = through(-2, 1);
    printf("a=%d b=%d c=%d d=%d e=%d\n", a, b, c, d, e);
    return a + b + c + d + e;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { ac_error_print(err, stdout); ac_error_release(err); return 1; }
    printf("result=%d\n", out);
    return 0;
}
// CHECK:      direct: caught IllegalArgumentException: direct (r=2)
// CHECK-NEXT: parsed 8
// CHECK-NEXT: through(-1, 0): caught negative: -1, ParseError 1
// CHECK-NEXT: parsed 10
// CHECK-NEXT: through(-2, 1): caught negative: -2, ParseError 1
// CHECK-NEXT: a=2 b=8 c=0 d=10 e=0
// CHECK-NEXT: result=20
