// A struct local with unsigned and signed bitfields (and an unnamed zero-width field) keeps every field across suspensions, with bitfield widths (wrap-around) preserved
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

struct flags {
    unsigned a : 1;
    unsigned b : 3;
    signed int c : 5;
    unsigned d : 7;
    unsigned : 0;
    unsigned e : 12;
};

SUSPEND static int id(int x) { ac_yield(); return x; }

static void show(const char *tag, struct flags f)
{
    printf("%s: a=%d b=%d c=%d d=%d e=%d\n", tag, (int)f.a, (int)f.b, (int)f.c,
           (int)f.d, (int)f.e);
}

SUSPEND static int sum_bits(struct flags f)
{
    ac_yield();
    int s = (int)f.a + (int)f.b;
    s += id((int)f.c);
    ac_yield();
    return s + (int)f.d + (int)f.e;
}

SUSPEND static int main_co(void)
{
    struct flags f = {1, 5, -3, 100, 4000};
    ac_yield();
    show("init", f);
    f.b = id(9);
    f.c = id(-16);
    f.d = f.d + id(30);
    f.e = id(4095);
    f.a = !f.a;
    ac_yield();
    show("set", f);
    for (int k = 0; k < 5; k++) {
        f.c += id(3);
        ac_yield();
    }
    show("loop", f);
    int s = sum_bits(f);
    show("after", f);
    return s;
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
// CHECK: init: a=1 b=5 c=-3 d=100 e=4000
// CHECK-NEXT: set: a=0 b=1 c=-16 d=2 e=4095
// CHECK-NEXT: loop: a=0 b=1 c=-1 d=2 e=4095
// CHECK-NEXT: after: a=0 b=1 c=-1 d=2 e=4095
// CHECK-NEXT: result 4097
// CHECK-NEXT: done
