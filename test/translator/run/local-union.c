// Union locals (plain, designated-initialised, inside a tagged struct array, anonymous union members) keep the stored representation across suspensions
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdint.h>
#include <stdio.h>

union num { int32_t i; uint32_t u; float f; unsigned char b[4]; };

enum kind { T_INT, T_DBL, T_STR };
struct tagged { enum kind kind; union { int i; double d; const char *s; } as; };
struct anon { int kind; union { int i; double d; }; };

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int main_co(void)
{
    union num n;
    n.f = 1.0f;
    ac_yield();
    printf("sizeof=%zu u=0x%08x\n", sizeof n, (unsigned)n.u);
    n.u = (uint32_t)id(0x40490fdb);
    ac_yield();
    printf("f=%.5f\n", n.f);
    for (int k = 0; k < 4; k++)
        n.b[k] = (unsigned char)id(0xAB);
    printf("u=0x%08x\n", (unsigned)n.u);

    union num z = {.f = -2.0f};
    struct tagged items[3] = {{T_INT, {.i = 42}}, {T_DBL, {.d = 2.5}}, {T_STR, {.s = "str"}}};
    struct anon a;
    a.kind = 1;
    a.d = 0.75;
    ac_yield();
    for (int k = 0; k < 3; k++) {
        ac_yield();
        switch (items[k].kind) {
        case T_INT: printf("item %d int %d\n", k, items[k].as.i); break;
        case T_DBL: printf("item %d dbl %.2f\n", k, items[k].as.d); break;
        case T_STR: printf("item %d str %s\n", k, items[k].as.s); break;
        }
    }
    items[0].as.i += id(8);
    a.i = id(a.kind) + 6;
    printf("z.f=%.1f z.u=0x%08x items[0]=%d a.kind=%d a.i=%d\n", z.f,
           (unsigned)z.u, items[0].as.i, a.kind, a.i);
    return items[0].as.i;
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
// CHECK: sizeof=4 u=0x3f800000
// CHECK-NEXT: f=3.14159
// CHECK-NEXT: u=0xabababab
// CHECK-NEXT: item 0 int 42
// CHECK-NEXT: item 1 dbl 2.50
// CHECK-NEXT: item 2 str str
// CHECK-NEXT: z.f=-2.0 z.u=0xc0000000 items[0]=50 a.kind=1 a.i=7
// CHECK-NEXT: result 50
// CHECK-NEXT: done
