// Suspend calls under casts, unary -, !, ~, +, mixed with string literals (including ones that look like code or comments), char constants and escapes, nested ternaries.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>
#include <string.h>

SUSPEND static int id(int x) { ac_yield(); return x; }
SUSPEND static const char *sid(const char *s) { ac_yield(); return s; }
SUSPEND static char cid(char c) { ac_delay(1); return c; }

SUSPEND static int main_co(void) {
    long l = (long)id(7) * 1000000000L;
    double dv = (double)id(1) / 4;
    int neg = -id(5);
    int lnot = !id(5);
    int lnot0 = !id(0);
    int bnot = ~id(0);
    unsigned char uc = (unsigned char)-id(1);
    int plus = +id(3);
    int dneg = - -id(4);
    printf("l=%ld dv=%.2f neg=%d lnot=%d lnot0=%d bnot=%d uc=%u plus=%d dneg=%d\n",
           l, dv, neg, lnot, lnot0, bnot, uc, plus, dneg);

    printf("%s-%c-%d\n", sid("abc"), cid('x'), id('A'));
    const char *s = sid("hello, world");
    printf("%s [%c]\n", s, s[id(7)]);

    char buf[32];
    snprintf(buf, sizeof buf, "%s/%s", sid("a\"b"), sid("c\\d"));
    printf("%s\n", buf);

    char c = cid('\n') == '\n' ? cid('Y') : cid('N');
    char c2 = "xyz"[id(1)];
    printf("c=%c c2=%c\n", c, c2);

    int len = (int)strlen(sid("12345"));
    const char *sz = id(2) > 1 ? (id(3) > 5 ? "big" : "mid") : "small";
    int ch = cid('a') + id(1);
    printf("len=%d sz=%s ch=%c\n", len, sz, ch);

    printf("%s\n", sid("con" "cat"));
    printf("%s\n", sid("/* not a comment */ // nor this"));
    printf("%s\n", sid("ac_yield(); SUSPEND id(1); return 0;"));
    printf("esc %d %d %d %d\n", cid('\t'), cid('\''), cid('\0'), cid('\x41'));
    printf("%s\n", sid("{ } ; ( ) ? : , \" '"));
    return neg + plus;
}

int main(void) {
    int out = -1;
    ac_error *err = ac_run_test(main_co(), &out);
    if (err) { fputs("error\n", stderr); return 1; }
    printf("result=%d\n", out);
    printf("done\n");
    return 0;
}
// CHECK: l=7000000000 dv=0.25 neg=-5 lnot=0 lnot0=1 bnot=-1 uc=255 plus=3 dneg=4
// CHECK-NEXT: abc-x-65
// CHECK-NEXT: hello, world [w]
// CHECK-NEXT: a"b/c\d
// CHECK-NEXT: c=Y c2=y
// CHECK-NEXT: len=5 sz=mid ch=b
// CHECK-NEXT: concat
// CHECK-NEXT: /* not a comment */ // nor this
// CHECK-NEXT: ac_yield(); SUSPEND id(1); return 0;
// CHECK-NEXT: esc 9 39 0 65
// CHECK-NEXT: { } ; ( ) ? : , " '
// CHECK-NEXT: result=-2
// CHECK-NEXT: done
