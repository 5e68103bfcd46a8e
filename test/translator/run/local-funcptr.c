// Function-pointer locals (plain, typedef'd, arrays of them, struct members, a pointer to a function returning a function pointer) keep their targets across suspensions and are called through after yields
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static void hello(const char *who) { printf("hello %s\n", who); }
static binop choose(int k) { return k == 0 ? add : k == 1 ? sub : mul; }

struct op { const char *name; binop fn; };

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int apply(binop f, int a, int b)
{
    ac_yield();
    int x = id(a);
    ac_delay(1);
    return f(x, b);
}

SUSPEND static int main_co(void)
{
    int (*f)(int, int) = add;
    void (*greet)(const char *) = hello;
    binop table[3] = {add, sub, mul};
    struct op ops[2] = {{"sub", sub}, {"mul", mul}};
    binop (*chooser)(int) = choose;
    ac_yield();
    printf("f=%d\n", f(2, 3));
    greet("world");
    f = table[id(2)];
    ac_yield();
    printf("f=%d\n", f(id(4), 5));
    int acc = 10;
    for (int k = 0; k < 3; k++) {
        acc = table[k](acc, id(k + 2));
        ac_yield();
    }
    printf("acc=%d\n", acc);
    for (int k = 0; k < 2; k++) {
        int v = apply(ops[k].fn, 7, 3);
        printf("%s %d\n", ops[k].name, v);
    }
    ac_yield();
    binop g = chooser(id(1));
    ac_yield();
    printf("g=%d\n", g(100, 1));
    (*greet)("again");
    return acc;
}

int main(void)
{
    int r = 0;
    ac_error *err = ac_run_test(main_co(), &r);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result %d\n", r);
    puts("done");
    return 0;
}
// CHECK: f=5
// CHECK-NEXT: hello world
// CHECK-NEXT: f=20
// CHECK-NEXT: acc=36
// CHECK-NEXT: sub 4
// CHECK-NEXT: mul 21
// CHECK-NEXT: g=99
// CHECK-NEXT: hello again
// CHECK-NEXT: result 36
// CHECK-NEXT: done
