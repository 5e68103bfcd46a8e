// return in the middle of a switch (after a yield, in a case block, in a default placed mid-switch, after a fall-through, conditionally before a break) and from a switch inside a loop
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int decode(int op, int a, int b)
{
    int r = 0;
    switch (id(op)) {
    case 0:
        ac_yield();
        return a + b;
    case 1:
        r = id(a - b);
        if (r < 0)
            return 0;
        break;
    default:
        ac_yield();
        return -1;
    case 2: {
        int t = id(a * b);
        ac_yield();
        return t;
    }
    case 3:
        r = a;
        __attribute__((fallthrough));
    case 4:
        r += id(b);
        return r * 2;
    }
    ac_yield();
    return r + 1000;
}

SUSPEND static int scan(const char *s)
{
    int pos = 0;
    while (s[pos]) {
        switch (id(s[pos])) {
        case '#':
            ac_yield();
            return pos;
        case '!':
            return -pos;
        default:
            break;
        }
        pos++;
    }
    return -1000;
}

SUSPEND static int main_co(void)
{
    int total = 0, v;
    v = decode(0, 3, 4);  printf("decode(0,3,4)=%d\n", v);  total += v;
    v = decode(1, 10, 4); printf("decode(1,10,4)=%d\n", v); total += v;
    v = decode(1, 2, 9);  printf("decode(1,2,9)=%d\n", v);  total += v;
    v = decode(2, 6, 7);  printf("decode(2,6,7)=%d\n", v);  total += v;
    v = decode(3, 5, 1);  printf("decode(3,5,1)=%d\n", v);  total += v;
    v = decode(4, 5, 1);  printf("decode(4,5,1)=%d\n", v);  total += v;
    v = decode(9, 1, 1);  printf("decode(9,1,1)=%d\n", v);  total += v;
    static const char *const texts[] = {"ab#c", "x!", "plain", "#"};
    for (int k = 0; k < 4; k++) {
        v = scan(texts[k]);
        printf("scan(%s)=%d\n", texts[k], v);
        total += v;
    }
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
// CHECK: decode(0,3,4)=7
// CHECK-NEXT: decode(1,10,4)=1006
// CHECK-NEXT: decode(1,2,9)=0
// CHECK-NEXT: decode(2,6,7)=42
// CHECK-NEXT: decode(3,5,1)=12
// CHECK-NEXT: decode(4,5,1)=2
// CHECK-NEXT: decode(9,1,1)=-1
// CHECK-NEXT: scan(ab#c)=2
// CHECK-NEXT: scan(x!)=-1
// CHECK-NEXT: scan(plain)=-1000
// CHECK-NEXT: scan(#)=0
// CHECK-NEXT: result 69
// CHECK-NEXT: done
