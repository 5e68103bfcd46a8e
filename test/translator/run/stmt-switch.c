// switch with a suspend call in the controlling expression, fall-through between cases, suspensions inside cases, default in the middle, a case block with a local, a nested switch, GNU case ranges, no match without default
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int sw(int v)
{
    int r = 0;
    switch (id(v)) {
    case 1:
        r += id(1);
        __attribute__((fallthrough));
    case 2:
        ac_yield();
        r += 10;
        __attribute__((fallthrough));
    default:
        r += id(100);
        ac_yield();
        break;
    case 3:
    case 4:
        r += id(1000);
        if (v == 4) {
            ac_yield();
            break;
        }
        __attribute__((fallthrough));
    case 5: {
        int local = id(v * 10000);
        ac_yield();
        r += local;
        break;
    }
    case 6:
        switch (id(v - 6)) {
        case 0:
            r += id(7);
            break;
        default:
            r -= 7;
        }
        r += 1;
        break;
    }
    return r;
}

SUSPEND static const char *kind(char c)
{
    const char *k = "other";
    switch (id(c)) {
    case 'a' ... 'z':
        ac_yield();
        k = "lower";
        break;
    case '0' ... '9':
        k = id(c) == '0' ? "zero" : "digit";
        break;
    case ' ':
        ac_yield();
    }
    return k;
}

SUSPEND static int main_co(void)
{
    static const int vals[] = {1, 2, 3, 4, 5, 6, 7, 0, -3};
    int total = 0;
    for (int k = 0; k < 9; k++) {
        int r = sw(vals[k]);
        printf("sw(%d)=%d\n", vals[k], r);
        total += r;
    }
    const char *text = "q7 0Z";
    for (int k = 0; text[k]; k++)
        printf("kind(%c)=%s\n", text[k], kind(text[k]));
    return total;
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
// CHECK: sw(1)=111
// CHECK-NEXT: sw(2)=110
// CHECK-NEXT: sw(3)=31000
// CHECK-NEXT: sw(4)=1000
// CHECK-NEXT: sw(5)=50000
// CHECK-NEXT: sw(6)=8
// CHECK-NEXT: sw(7)=100
// CHECK-NEXT: sw(0)=100
// CHECK-NEXT: sw(-3)=100
// CHECK-NEXT: kind(q)=lower
// CHECK-NEXT: kind(7)=digit
// CHECK-NEXT: kind( )=other
// CHECK-NEXT: kind(0)=zero
// CHECK-NEXT: kind(Z)=other
// CHECK-NEXT: result 82529
// CHECK-NEXT: done
