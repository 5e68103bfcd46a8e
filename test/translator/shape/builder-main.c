// A builder in ordinary code (main and another function) is rewritten in
// place to a call of the runtime: ac_run_blocking(f(args), out) becomes
// ac__run_blocking(0, f__ac_new(ac__coro_lazy(size of f's result), 0, args),
// (out), size) (0: no extra context), the rest of the line unchanged; a void
// function's result size is 0.  The program then runs.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck --strict-whitespace %s < %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck --check-prefix=OUT %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck --check-prefix=OUT %s
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int add(int a, int b) { ac_yield(); return a + b; }
SUSPEND static void note(const char *s) { ac_yield(); puts(s); }

struct pair { int a, b; };
SUSPEND static struct pair mk(int a) { ac_yield(); struct pair p = { a, a + 1 }; return p; }

// CHECK:      {{^}}static ac_error *helper(int x, int *out){{$}}
// CHECK-NEXT: {{^}}{{[{]}}{{$}}
// CHECK-NEXT: {{^}}    return ac__run_blocking(0, add__ac_new(ac__coro_lazy(sizeof(int)), 0, x, 1), (out), sizeof(int));{{$}}
// CHECK-NEXT: {{^}}}{{$}}
static ac_error *helper(int x, int *out)
{
    return ac_run_blocking(add(x, 1), out);
}

// CHECK:      {{^}}int main(void){{$}}
// CHECK-NEXT: {{^}}{{[{]}}{{$}}
// CHECK-NEXT: {{^}}    int v = 0, x = 2;{{$}}
// CHECK-NEXT: {{^}}    struct pair p;{{$}}
// CHECK-NEXT: {{^}}    ac_error *e1 = ac__run_blocking(0, add__ac_new(ac__coro_lazy(sizeof(int)), 0, x, 40), (&v), sizeof(int));{{$}}
// CHECK-NEXT: {{^}}    ac_error *e2 = ac__run_blocking(0, note__ac_new(ac__coro_lazy(0), 0, "hi"), (0), 0);{{$}}
// CHECK-NEXT: {{^}}    ac_error *e3 = ac__run_blocking(0, mk__ac_new(ac__coro_lazy(sizeof(struct pair)), 0, x * 3), (&p), sizeof(struct pair));{{$}}
// CHECK-NEXT: {{^}}    ac_error *e4 = helper(x, &v);  /* a comment after it */{{$}}
// CHECK-NEXT: {{^}}    if (e1 || e2 || e3 || e4){{$}}
int main(void)
{
    int v = 0, x = 2;
    struct pair p;
    ac_error *e1 = ac_run_blocking(add(x, 40), &v);
    ac_error *e2 = ac_run_blocking(note("hi"), 0);
    ac_error *e3 = ac_run_blocking(mk(x * 3), &p);
    ac_error *e4 = helper(x, &v);  /* a comment after it */
    if (e1 || e2 || e3 || e4)
        return 1;
    printf("v=%d p=%d,%d\n", v, p.a, p.b);
    return 0;
}
// OUT:      hi
// OUT-NEXT: v=3 p=6,7
