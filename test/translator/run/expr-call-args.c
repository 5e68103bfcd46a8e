// Suspend calls as arguments of ordinary calls (printf, plain helpers) and of other suspend calls (f(g(h(1))), several suspend args at once).
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

static int calls;

SUSPEND static int h(int x) { calls++; ac_yield(); return x + 1; }
SUSPEND static int g(int x) { ac_delay(1); return x * 2; }
SUSPEND static int f(int x) {
    int before = x;
    ac_yield();
    return before + 100;
}
SUSPEND static int add3(int a, int b, int c) { ac_yield(); return a * 100 + b * 10 + c; }
SUSPEND static const char *word(int i) {
    static const char *const words[] = { "zero", "one", "two" };
    ac_yield();
    return words[i];
}
static int plain_sub(int a, int b) { return a - b; }

SUSPEND static int main_co(void) {
    printf("%d\n", f(1));
    printf("%d %d %s %c\n", f(1), g(2), "str", 'c');
    printf("nested=%d\n", f(g(h(1))));
    printf("deep=%d\n", h(h(h(h(0)))));
    printf("add3=%d\n", add3(h(0), g(1), h(2)));
    printf("add3b=%d\n", add3(add3(0, 0, 1), 0, 0));
    printf("plain=%d\n", plain_sub(f(5), g(10)));
    int x = plain_sub(plain_sub(h(9), 1), g(h(0)));
    printf("x=%d\n", x);
    printf("len=%zu\n", strlen(word(2)));
    printf("%s-%s-%s\n", word(0), word(1), word(h(0)));
    printf("calls=%d\n", calls);
    return x;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: 101
// CHECK-NEXT: 101 4 str c
// CHECK-NEXT: nested=104
// CHECK-NEXT: deep=4
// CHECK-NEXT: add3=123
// CHECK-NEXT: add3b=100
// CHECK-NEXT: plain=85
// CHECK-NEXT: x=7
// CHECK-NEXT: len=3
// CHECK-NEXT: zero-one-one
// CHECK-NEXT: calls=10
// CHECK-NEXT: result=7
// CHECK-NEXT: done
