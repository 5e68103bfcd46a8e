// static locals of suspend functions (zero-initialised, initialised, arrays, pointers, in nested blocks, same name in two functions) keep static storage: values persist across calls and suspensions, and their addresses stay valid
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int counter(int add)
{
    static int count;
    static int calls;
    static int history[3];
    static const char *last = "none";
    int before = count;
    ac_yield();
    count += id(add);
    history[calls++] = count;
    printf("counter: before=%d count=%d calls=%d last=%s\n", before, count, calls, last);
    last = add > 5 ? "big" : "small";
    {
        static int inner = 100;
        inner += 1;
        ac_yield();
        printf("inner=%d history=%d,%d,%d\n", inner, history[0], history[1], history[2]);
    }
    return count;
}

SUSPEND static int *other_counter(void)
{
    static int count = 50;
    ac_yield();
    count++;
    ac_yield();
    return &count;
}

SUSPEND static int main_co(void)
{
    int a = counter(1);
    int b = counter(10);
    int c = counter(100);
    printf("a=%d b=%d c=%d\n", a, b, c);
    int *p = other_counter();
    printf("other=%d\n", *p);
    int *q = other_counter();
    printf("other=%d same=%d\n", *q, p == q);
    *p = id(0);
    q = other_counter();
    printf("other=%d\n", *q);
    return c + *q;
}

int main(void)
{
    int r = 0;
    ac_error *err = ac_run_blocking(main_co(), &r);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result %d\n", r);
    puts("done");
    return 0;
}
// CHECK: counter: before=0 count=1 calls=1 last=none
// CHECK-NEXT: inner=101 history=1,0,0
// CHECK-NEXT: counter: before=1 count=11 calls=2 last=small
// CHECK-NEXT: inner=102 history=1,11,0
// CHECK-NEXT: counter: before=11 count=111 calls=3 last=big
// CHECK-NEXT: inner=103 history=1,11,111
// CHECK-NEXT: a=1 b=11 c=111
// CHECK-NEXT: other=51
// CHECK-NEXT: other=52 same=1
// CHECK-NEXT: other=1
// CHECK-NEXT: result 112
// CHECK-NEXT: done
