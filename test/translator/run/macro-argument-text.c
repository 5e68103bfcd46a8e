// Macro invocations whose arguments and bodies split an expression at odd
// places (a literal concatenated from two arguments, an operator from the
// body and its operand from an argument, an argument used twice or in swapped
// order, nested invocations, __LINE__ from a macro body) are rewritten
// without cutting the invocation's text: the output keeps the expansion's
// meaning, including its operator precedence.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck %s
#include <asyncc.h>
#include <stdio.h>

#define CAT(a, b) a b
#define INCR(x) x++
#define PREINC(x) ++x
#define NEG(x) -x
#define IDX(p, i) p[i]
#define SUB1(x) x - 1
#define LT(x) x <
#define TWICE(a) a + a
#define SWAP(a, b) b - a
#define ADD(a, b) a + b
#define ID(x) x
#define OUTER(x) (x)
#define FOREACH(i, n) for (int i = 0; i < (n); i++)
#define P(fmt, x) printf(fmt "\n", x)
#define DECL(T, n) T n
#define AT_LINE(x, l) printf("line %d %d\n", __LINE__ == (l), x)

int g = 3;

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static int shapes(void) {
    int y = 3, z = 10;
    const char *s = CAT("x", "y");
    ac_yield();
    printf("cat %s %d\n", s, id((int)s[1]));
    INCR(y);
    PREINC(y);
    printf("incr %d\n", y);
    y = NEG(y) + id(1);
    printf("neg %d\n", y);
    int b[2] = { 5, 6 };
    printf("idx %d\n", IDX(b, id(1)));
    printf("sub1 %d\n", SUB1(z) * id(3));
    printf("lt %d\n", LT(z) id(4));
    y = 3;
    printf("twice %d %d %d\n", TWICE(y) * id(2), TWICE(g) * id(2), id(2) * TWICE(g));
    printf("swap %d add %d\n", SWAP(y, z) * id(2), ADD(y, z) * id(2));
    printf("id %d outer %d\n", y + ID(z) * id(2), OUTER(ID(y) + z) * id(2));
    printf("twice-call %d\n", TWICE(id(y)));
    int acc = 0;
    FOREACH(i, id(3)) acc += id(i);
    P("foreach %d", acc);
    DECL(int, q) = id(7);
    ac_yield();
    P("decl %d", q);
    AT_LINE(id(5), __LINE__);
    return 0;
}

int main(void) {
    int r;
    if (ac_run_blocking(shapes(), &r)) return 1;
    return r;
}
// CHECK:      {{^}}cat xy 121{{$}}
// CHECK-NEXT: {{^}}incr 5{{$}}
// CHECK-NEXT: {{^}}neg -4{{$}}
// CHECK-NEXT: {{^}}idx 6{{$}}
// CHECK-NEXT: {{^}}sub1 7{{$}}
// CHECK-NEXT: {{^}}lt 0{{$}}
// CHECK-NEXT: {{^}}twice 9 9 9{{$}}
// CHECK-NEXT: {{^}}swap 4 add 23{{$}}
// CHECK-NEXT: {{^}}id 23 outer 26{{$}}
// CHECK-NEXT: {{^}}twice-call 6{{$}}
// CHECK-NEXT: {{^}}foreach 3{{$}}
// CHECK-NEXT: {{^}}decl 7{{$}}
// CHECK-NEXT: {{^}}line 1 5{{$}}
// CHECK-NOT: {{.}}
