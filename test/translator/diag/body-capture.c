// What an inline body cannot take from the function around it, each an error
// at its first use in the body: a variable-length array or a variably
// modified pointer (no frame field can hold them), a va_list (its state
// belongs to the function's call), a register variable by reference (no
// address), a thread-local static (the body may run on another thread), a
// variable whose type, or a type, typedef or enumeration constant the body
// names, is declared in the function (the body becomes a function at file
// scope), a body value of such a type, and an ac_catch variable by value
// (borrowed for its catch block only).  A captured catch variable is still
// a catch variable: neither assigned nor given to ac_throw.  Exit status 1,
// no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <stdarg.h>
#include <stdio.h>

SUSPEND static void step(void) { ac_yield(); }

static int sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int vla[n];
    int (*pv)[n] = &vla;
    register int r = 1;
// CHECK:      {{^}}[[FILE]]:[[@LINE+14]]:33: error: cannot capture the va_list 'ap' in an inline coroutine body: its state belongs to the function's own call{{$}}
// CHECK-NEXT: {{^}}        va_list aq; va_copy(aq, ap); va_end(aq);{{$}}
// CHECK-NEXT: {{^}}                                ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+12]]:9: error: cannot capture 'vla' in an inline coroutine body: it is a variable-length array, which cannot be stored in the coroutine frame; capture a pointer to its first element{{$}}
// CHECK-NEXT: {{^}}        vla[0] = (*pv)[0] + r;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+9]]:20: error: cannot capture 'pv' in an inline coroutine body: its type is variably modified, which a frame field cannot have; capture a plain pointer{{$}}
// CHECK-NEXT: {{^}}        vla[0] = (*pv)[0] + r;{{$}}
// CHECK-NEXT: {{^}}                   ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+6]]:29: error: cannot capture 'r' by reference: it is declared register, so it has no address; drop 'register'{{$}}
// CHECK-NEXT: {{^}}        vla[0] = (*pv)[0] + r;{{$}}
// CHECK-NEXT: {{^}}                            ^{{$}}
    ac_error *e = ac_run_blocking(({
        /* run_blocking captures by reference */
        va_list aq; va_copy(aq, ap); va_end(aq);
        vla[0] = (*pv)[0] + r;
        step();
    }), NULL);
    va_end(ap);
    return e != 0;
}

SUSPEND static int f(int n) {
    struct local { int a; } l = { n };
    struct { int b; } anon = { n };
    typedef long wide;
    enum { K = 3 };
    static _Thread_local int per_thread;
    int total = 0;
    ac_coroutine_scope(s) {
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:33: error: cannot capture 'l': its type uses 'struct local', declared inside 'f'; the body becomes a function at file scope, so declare the type at file scope{{$}}
// CHECK-NEXT: {{^}}        ac_launch(s, ({ total = l.a + anon.b; }));{{$}}
// CHECK-NEXT: {{^}}                                ^{{$}}
        ac_launch(s, ({ total = l.a + anon.b; }));
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE-1]]:39: error: cannot capture 'anon': its type uses 'struct (unnamed at [[FILE]]:[[@LINE-10]]:5)', declared inside 'f'; the body becomes a function at file scope, so declare the type at file scope{{$}}
// CHECK-NEXT: {{^}}        ac_launch(s, ({ total = l.a + anon.b; }));{{$}}
// CHECK-NEXT: {{^}}                                      ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+6]]:25: error: 'wide' is declared inside 'f', outside the inline coroutine body, which becomes a function at file scope; declare 'wide' at file scope{{$}}
// CHECK-NEXT: {{^}}        ac_launch(s, ({ wide w = K; total += (int)w + per_thread; }));{{$}}
// CHECK-NEXT: {{^}}                        ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:34: error: 'K' is declared inside 'f', outside the inline coroutine body, which becomes a function at file scope; declare 'K' at file scope{{$}}
// CHECK-NEXT: {{^}}        ac_launch(s, ({ wide w = K; total += (int)w + per_thread; }));{{$}}
// CHECK-NEXT: {{^}}                                 ^{{$}}
        ac_launch(s, ({ wide w = K; total += (int)w + per_thread; }));
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE-1]]:55: error: cannot use the thread-local 'per_thread' of 'f' in an inline coroutine body: the body may run on another thread; declare it at file scope{{$}}
// CHECK-NEXT: {{^}}        ac_launch(s, ({ wide w = K; total += (int)w + per_thread; }));{{$}}
// CHECK-NEXT: {{^}}                                                      ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+6]]:48: error: 'local' is declared inside 'f', outside the inline coroutine body, which becomes a function at file scope; declare 'local' at file scope{{$}}
// CHECK-NEXT: {{^}}        ac_deferred *d = ac_async(s, ({ struct local m = { 1 }; m; }));{{$}}
// CHECK-NEXT: {{^}}                                               ^{{$}}
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:65: error: cannot give this inline coroutine body its value: its type uses 'struct local', declared inside 'f'; the body becomes a function at file scope, so declare the type at file scope{{$}}
// CHECK-NEXT: {{^}}        ac_deferred *d = ac_async(s, ({ struct local m = { 1 }; m; }));{{$}}
// CHECK-NEXT: {{^}}                                                                ^{{$}}
        ac_deferred *d = ac_async(s, ({ struct local m = { 1 }; m; }));
        (void)d;
    }
    ac_try {
        step();
    } ac_catch (e) {
        ac_scope *outer = NULL;
        ac_coroutine_scope(s) {
            outer = s;
            /* launched into a scope block inside the catch block: by reference */
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:66: error: 'e' is the error caught by an ac_catch: it cannot be assigned, since the block releases it on the way out{{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ printf("%s\n", ac_error_message(e)); e = NULL; }));{{$}}
// CHECK-NEXT: {{^}}                                                                 ^{{$}}
            ac_launch(s, ({ printf("%s\n", ac_error_message(e)); e = NULL; }));
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:46: error: 'e' is the error caught by an ac_catch, borrowed by its block: throw it on with ac_rethrow(e){{$}}
// CHECK-NEXT: {{^}}            ac_launch(s, ({ step(); ac_throw(e); }));{{$}}
// CHECK-NEXT: {{^}}                                             ^{{$}}
            ac_launch(s, ({ step(); ac_throw(e); }));
            ac_launch(s, ({ step(); ac_rethrow(e); }));
        }
        ac_scope *objects = ac_scope_new(NULL);
// CHECK-NEXT: {{^}}[[FILE]]:[[@LINE+3]]:54: error: cannot capture 'e' by value: it is the error caught by an ac_catch, borrowed only for its catch block; capture a reference the body owns (ac_error *c = ac_error_retain(e)) and release it in the body{{$}}
// CHECK-NEXT: {{^}}        ac_launch(objects, ({ step(); ac_error_print(e, stderr); }));{{$}}
// CHECK-NEXT: {{^}}                                                     ^{{$}}
        ac_launch(objects, ({ step(); ac_error_print(e, stderr); }));
        ac_scope_release(objects);
        (void)outer;
    }
    return total;
}

int main(void) {
    int v = 0;
    ac_error *e = ac_run_blocking(f(1), &v);
    return e != 0 || sum(1, 2);
}
// CHECK-NEXT: {{^}}14 errors generated.{{$}}
