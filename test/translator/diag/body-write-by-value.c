// A variable an inline body captures by value is a copy made when the
// builder runs; writing the copy would silently differ from Kotlin, where
// the body and the function share the variable.  So an assignment
// (compound too), ++/--, and taking its address (or a member's or an
// element's) are errors, with the two ways out.  Captured by value: a
// variable declared inside the scope block the body is launched into (a
// loop's), any variable when the body is launched into something else (a
// scope object, from main), and what an inner body reaches through an outer
// body's copy.  Writes through a captured pointer, and writes to variables
// captured by reference, are fine.  Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>

struct pt { int x, y; };

SUSPEND static void step(int *p) { ac_yield(); (void)p; }

SUSPEND static int f(int n) {
    int shared = 0;
    struct pt where = { 0, 0 };
    int arr[2] = { 0, 0 };
    ac_coroutine_scope(s) {
        shared = n;                                   /* by reference: writes are fine */
        ac_launch(s, ({ shared++; where.x = 1; arr[1] = 2; step(&shared); }));
        for (int i = 0; i < n; i++) {
            int *p = &shared;
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:37: error: cannot assign to 'i' captured by value: the coroutine may outlive 'f'; to share 'i', launch the body into a scope block of 'f' that 'i' is declared outside of, or copy it into a local of the body{{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ *p = 1; i = 2; }));{{$}}
// CHECK-NEXT: {{^}}                                    ^{{$}}
            ac_launch(s, ({ *p = 1; i = 2; }));
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:31: error: cannot modify 'i' captured by value: the coroutine may outlive 'f'; to share 'i', launch the body into a scope block of 'f' that 'i' is declared outside of, or copy it into a local of the body{{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ ++i; }));{{$}}
// CHECK-NEXT: {{^}}                              ^{{$}}
            ac_launch(s, ({ ++i; }));
            struct pt q = where;
            int a2[2] = { i, i };
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+6]]:29: error: cannot assign to 'q' captured by value: the coroutine may outlive 'f'; to share 'q', launch the body into a scope block of 'f' that 'q' is declared outside of, or copy it into a local of the body{{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ q.y += 1; a2[0] = 5; step(&i); }));{{$}}
// CHECK-NEXT: {{^}}                            ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:39: error: cannot assign to 'a2' captured by value: the coroutine may outlive 'f'; to share 'a2', launch the body into a scope block of 'f' that 'a2' is declared outside of, or copy it into a local of the body{{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ q.y += 1; a2[0] = 5; step(&i); }));{{$}}
// CHECK-NEXT: {{^}}                                      ^{{$}}
            ac_launch(s, ({ q.y += 1; a2[0] = 5; step(&i); }));
        }
    }
    return shared;
}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE-5]]:56: error: cannot take the address of 'i' captured by value: the coroutine may outlive 'f'; to share 'i', launch the body into a scope block of 'f' that 'i' is declared outside of, or copy it into a local of the body{{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ q.y += 1; a2[0] = 5; step(&i); }));{{$}}
// CHECK-NEXT: {{^}}                                                       ^{{$}}

int main(void) {
    int count = 0;
    ac_scope *sc = ac_scope_new(NULL);
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:22: error: cannot modify 'count' captured by value: the coroutine may outlive 'main'; copy it into a local of the body, or share it through a pointer to storage that outlives the coroutine{{$}}
// CHECK-NEXT: {{^}}    ac_launch(sc, ({ count--; }));{{$}}
// CHECK-NEXT: {{^}}                     ^{{$}}
    ac_launch(sc, ({ count--; }));
    ac_launch(sc, ({
        /* the copy of the outer body, shared with an inner body by reference */
        ac_coroutine_scope(t) {
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:29: error: cannot assign to 'count' captured by value: the coroutine may outlive 'main'; copy it into a local of the body, or share it through a pointer to storage that outlives the coroutine{{$}}
// CHECK-NEXT: {{^}}            ac_launch(t, ({ count = 3; }));{{$}}
// CHECK-NEXT: {{^}}                            ^{{$}}
            ac_launch(t, ({ count = 3; }));
        }
    }));
    /* run_blocking shares main's variables */
    ac_error *e = ac_run_blocking(({ count = f(2); count++; }), NULL);
    ac_scope_release(sc);
    return e != 0;
}
// CHECK-NEXT: {{^}}7 errors generated.{{$}}
