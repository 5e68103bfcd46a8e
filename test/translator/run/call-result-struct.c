// Suspend functions returning a big struct by value (array and string inside), passing it by value to other suspend functions, member access on the returned value, reassignment.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

struct Big {
    int id;
    double weight;
    char name[16];
    int data[64];
};

struct Pair { int a; char b; };

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static struct Big make_big(int seed) {
    struct Big b;
    memset(&b, 0, sizeof b);
    b.id = seed;
    b.weight = seed * 1.5;
    snprintf(b.name, sizeof b.name, "big-%d", seed);
    for (int i = 0; i < 64; i++) {
        b.data[i] = seed * 1000 + i;
        if (i % 16 == 0)
            ac_yield();
    }
    return b;
}

SUSPEND static struct Big transform(struct Big b) {
    ac_yield();
    for (int i = 0; i < 64; i++)
        b.data[i] *= 2;
    b.id += 1;
    return b;
}

SUSPEND static long checksum(struct Big b) {
    long s = 0;
    for (int i = 0; i < 64; i++) {
        s += b.data[i];
        if (i == 32)
            ac_delay(1);
    }
    return s + b.id;
}

SUSPEND static struct Pair mkpair(int a, char b) {
    struct Pair p;
    p.a = id(a);
    p.b = b;
    return p;
}

SUSPEND static int main_co(void) {
    struct Big b = make_big(3);
    ac_yield();
    printf("b id=%d w=%.1f name=%s d0=%d d63=%d\n", b.id, b.weight, b.name, b.data[0], b.data[63]);

    struct Big t = transform(make_big(5));
    printf("t id=%d name=%s d10=%d\n", t.id, t.name, t.data[10]);

    long cs = checksum(b);
    printf("checksum=%ld\n", cs);

    printf("member=%d\n", make_big(7).data[id(20)]);
    printf("name=%s\n", make_big(12).name);

    b = make_big(1);
    printf("reassigned d5=%d id=%d\n", b.data[5], b.id);
    printf("t still d10=%d\n", t.data[10]);

    struct Pair pr = mkpair(9, 'z');
    printf("pair=%d %c\n", pr.a, pr.b);

    struct Big arr[2];
    arr[0] = make_big(2);
    arr[id(1)] = transform(arr[0]);
    printf("arr=%d %d\n", arr[0].data[1], arr[1].data[1]);
    return (int)(cs % 1000);
}

int main(void) {
    int out = 0;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: b id=3 w=4.5 name=big-3 d0=3000 d63=3063
// CHECK-NEXT: t id=6 name=big-5 d10=10020
// CHECK-NEXT: checksum=194019
// CHECK-NEXT: member=7020
// CHECK-NEXT: name=big-12
// CHECK-NEXT: reassigned d5=1005 id=1
// CHECK-NEXT: t still d10=10020
// CHECK-NEXT: pair=9 z
// CHECK-NEXT: arr=2001 4002
// CHECK-NEXT: result=19
// CHECK-NEXT: done
