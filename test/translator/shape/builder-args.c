// Builders pass their context and start mode on, and say whether the
// program keeps the handle: detached is 1 when the builder's value is
// discarded (an expression statement, a cast to void, the left operand of a
// comma), else 0.  In a suspend function a NULL handle throws
// ac__builder_failed (here: to the scope block's handler); in ordinary code
// the program sees the NULL.
// ac_run_blocking passes 0 as its context, ac_run_blocking_ctx its own.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %gcc -c %t.c -o %t.gcc.o
// RUN: %clang -c %t.c -o %t.clang.o
#include <asyncc.h>

SUSPEND void work(int x);
SUSPEND int value(int x);

SUSPEND int f(ac_ctx *ctx) {
    int r = 0;
    ac_coroutine_scope(s) {
        // CHECK:      {{^}}ac__fr->[[T:ac_t[0-9]+]] = ac__launch((ac__fr->s_{{[0-9]+}}), (ac_ctx *)(0), AC_START_DEFAULT, 1, work__ac_new(ac__coro_lazy(0), 0, 1));{{$}}
        // CHECK-NEXT: {{^}}if (!ac__fr->[[T]]) { (void)ac__builder_failed(&ac__fr->hdr); goto ac_h{{[0-9]+}}; }{{$}}
        ac_launch(s, work(1));
        // CHECK:      {{^}}ac__fr->ac_t{{[0-9]+}} = ac__launch((ac__fr->s_{{[0-9]+}}), (ac__fr->ctx_0), (AC_START_LAZY), 1, work__ac_new(ac__coro_lazy(0), 0, 2));{{$}}
        (void)ac_launch_ctx(s, ctx, AC_START_LAZY, work(2));
        // CHECK:      {{^}}ac__fr->[[J:ac_t[0-9]+]] = ac__launch((ac__fr->s_{{[0-9]+}}), (ac_ctx *)(0), AC_START_DEFAULT, 0, work__ac_new(ac__coro_lazy(0), 0, 3));{{$}}
        ac_job *j = ac_launch(s, work(3));
        // CHECK:      {{^}}ac__fr->ac_t{{[0-9]+}} = ac__async((ac__fr->s_{{[0-9]+}}), (ac_coroutine_name("v")), (AC_START_DEFAULT), 0, value__ac_new(ac__coro_lazy(sizeof(int)), 0, 4));{{$}}
        ac_deferred *d = ac_async_ctx(s, ac_coroutine_name("v"), AC_START_DEFAULT, value(4));
        // CHECK:      {{^}}ac__fr->ac_t{{[0-9]+}} = ac__async((ac__fr->s_{{[0-9]+}}), (ac_ctx *)(0), AC_START_DEFAULT, 1, value__ac_new(ac__coro_lazy(sizeof(int)), 0, 5));{{$}}
        ac_async(s, value(5)), r++;
        ac_join(j);
        r += AC_AWAIT(int, d);
    }
    return r;
}

// CHECK-LABEL: {{^}}void ordinary(ac_scope *s, ac_ctx *ctx) {{[{]}}{{$}}
// CHECK-NEXT:  {{^}}    ac__launch((s), (ac_ctx *)(0), AC_START_DEFAULT, 1, work__ac_new(ac__coro_lazy(0), 0, 6));{{$}}
// CHECK-NEXT:  {{^}}    ac_job *j = ac__launch((s), (ctx), (AC_START_LAZY), 0, work__ac_new(ac__coro_lazy(0), 0, 7));{{$}}
// CHECK-NEXT:  {{^}}    if (j) (void)ac__async((s), (ac_ctx *)(0), AC_START_DEFAULT, 1, value__ac_new(ac__coro_lazy(sizeof(int)), 0, 8));{{$}}
// CHECK-NEXT:  {{^}}    int v;{{$}}
// CHECK-NEXT:  {{^}}    ac_error *e = ac__run_blocking((ac_coroutine_name("main")), value__ac_new(ac__coro_lazy(sizeof(int)), 0, 9), (&v), sizeof(int));{{$}}
// CHECK-NEXT:  {{^}}    ac_error_release(e);{{$}}
// CHECK-NEXT:  {{^}}}{{$}}
void ordinary(ac_scope *s, ac_ctx *ctx) {
    ac_launch(s, work(6));
    ac_job *j = ac_launch_ctx(s, ctx, AC_START_LAZY, work(7));
    if (j) (void)ac_async(s, value(8));
    int v;
    ac_error *e = ac_run_blocking_ctx(ac_coroutine_name("main"), value(9), &v);
    ac_error_release(e);
}
