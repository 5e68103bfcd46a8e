// An inline body becomes a suspend function of its own, generated before the
// function it is written in: f__ac_body1, f__ac_body2 in source order, and
// f__ac_body2_1 for a body inside f__ac_body2, each with a frame struct, a
// constructor taking the captures, and a resume function.  Captures:
//  - launched into f's scope block `s`, the variables declared outside the
//    block (x, the parameter n) are pointers into f's frame (&ac__fr->x_1),
//    read and written through (*ac__fr->x_1);
//  - the loop's k, declared inside the block, is a const copy made when the
//    builder runs (memcpy in the constructor);
//  - the static cnt is a pointer to it (&cnt), also from main;
//  - a nested body gets its pointer from the outer body's (&(*ac__fr->n_0)).
// In main, a body launched into a scope object copies (an array by its
// address, memcpy), a run_blocking body points at main's variables.  The
// builder's replacement keeps the lines of the body it replaces, so the
// code after it stays on its line and column.  The output compiles
// warning-free.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck --strict-whitespace %s < %t.c
// RUN: %gcc -c %t.c -o %t.gcc.o
// RUN: %clang -c %t.c -o %t.clang.o
#include <asyncc.h>
#include <stdio.h>

SUSPEND void work(int x);

// The constructor of f comes first: its bodies may call it.
// CHECK:      {{^}}ac_frame *f__ac_new(ac_coro *ac__co, __typeof__(int) *ac__res, __typeof__(int) ac_p0);{{$}}
// CHECK-NEXT: {{^}}struct f__ac_body1__ac_frame {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    ac_frame hdr;{{$}}
// CHECK-NEXT: {{^}}    const __typeof__(int) k_0;{{$}}
// CHECK-NEXT: {{^}}    __typeof__(int) *x_1;{{$}}
// CHECK-NEXT: {{^}}    __typeof__(int) *cnt_2;{{$}}
// CHECK:      {{^}}static const ac_frame_site f__ac_body1__ac_site = {"{{.*}}body-captures.c", "f__ac_body1"};{{$}}
// CHECK:      {{^}}static ac_frame *f__ac_body1__ac_new(ac_coro *ac__co, void *ac__res, __typeof__(int) ac_c0, __typeof__(int) *ac_c1, __typeof__(int) *ac_c2) {{[{]}}{{$}}
// CHECK:      {{^}}    ac__fr->hdr.site = &f__ac_body1__ac_site;{{$}}
// CHECK-NEXT: {{^}}    memcpy((void *)&ac__fr->k_0, &ac_c0, sizeof ac__fr->k_0);{{$}}
// CHECK-NEXT: {{^}}    ac__fr->x_1 = ac_c1;{{$}}
// CHECK-NEXT: {{^}}    ac__fr->cnt_2 = ac_c2;{{$}}
// CHECK:      {{^}}{ ac_frame *ac__cf = work__ac_new(ac__fr->hdr.coro, 0, ac__fr->k_0);{{$}}
// CHECK:      {{^}}(*ac__fr->x_1) += ac__fr->k_0;{{$}}
// A launch has no value: its last expression statement is evaluated, the value dropped.
// CHECK:      {{^}}(void)((*ac__fr->cnt_2)++);{{$}}
// The outer body's prototype, then its nested body, then the outer body.
// CHECK:      {{^}}static ac_frame *f__ac_body2__ac_new(ac_coro *ac__co, void *ac__res, __typeof__(int) *ac_c0);{{$}}
// CHECK-NEXT: {{^}}struct f__ac_body2_1__ac_frame {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    ac_frame hdr;{{$}}
// CHECK-NEXT: {{^}}    __typeof__(int) *n_0;{{$}}
// CHECK:      {{^}}struct f__ac_body2__ac_frame {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    ac_frame hdr;{{$}}
// CHECK-NEXT: {{^}}    __typeof__(int) *n_0;{{$}}
// CHECK:      {{^}}ac__fr->ac_t{{[0-9]+}} = ac__launch((ac__fr->t_1), (ac_ctx *)(0), AC_START_DEFAULT, 1, f__ac_body2_1__ac_new(ac__coro_lazy(0), 0, &(*ac__fr->n_0)));{{$}}
// The value of the last expression statement is the result.
// CHECK:      {{^}}*(__typeof__(int) *)ac__fr->hdr.result = (*ac__fr->n_0) * 2;{{$}}
// CHECK:      {{^}}struct f__ac_frame {{[{]}}{{$}}
SUSPEND int f(int n) {
    int x = 0;
    static int cnt;
    ac_coroutine_scope(s) {
        for (int k = 0; k < n; k++) {
            // CHECK:      {{^}}ac__fr->ac_t{{[0-9]+}} = ac__launch((ac__fr->s_3), (ac_ctx *)(0), AC_START_DEFAULT, 1, f__ac_body1__ac_new(ac__coro_lazy(0), 0, k, &ac__fr->x_1, &cnt));{{$}}
            ac_launch(s, ({ work(k); x += k; cnt++; }));
        }
        // CHECK:      {{^}}ac__fr->ac_t{{[0-9]+}} = ac__async((ac__fr->s_3), (ac_ctx *)(0), AC_START_DEFAULT, 0, f__ac_body2__ac_new(ac__coro_lazy(sizeof(int)), 0, &ac__fr->n_0));{{$}}
        ac_deferred *d = ac_async(s, ({
            ac_coroutine_scope(t) {
                ac_launch(t, ({ work(n); }));
            }
            n * 2;
        }));
        x += AC_AWAIT(int, d);
    }
    return x;
}

// CHECK:      {{^}}struct main__ac_body1__ac_frame {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    ac_frame hdr;{{$}}
// CHECK-NEXT: {{^}}    const __typeof__(char[4]) name_0;{{$}}
// CHECK:      {{^}}static ac_frame *main__ac_body1__ac_new(ac_coro *ac__co, void *ac__res, const void *ac_c0) {{[{]}}{{$}}
// CHECK:      {{^}}    memcpy((void *)&ac__fr->name_0, ac_c0, sizeof ac__fr->name_0);{{$}}
// CHECK:      {{^}}struct main__ac_body2__ac_frame {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    ac_frame hdr;{{$}}
// CHECK-NEXT: {{^}}    __typeof__(int) *v_0;{{$}}
// The inserted functions end with a #line back to main's own line.
// CHECK:      {{^}}#line [[@LINE+8]] "{{.*}}body-captures.c"{{$}}
// CHECK-NEXT: {{^}}int main(void) {{[{]}}{{$}}
// CHECK:      {{^}}    ac__launch((sc), (ac_ctx *)(0), AC_START_DEFAULT, 1, main__ac_body1__ac_new(ac__coro_lazy(0), 0, (const void *)&name));{{$}}
// CHECK-NEXT: {{^}}    ac_error *e = ac__run_blocking(0, main__ac_body2__ac_new(ac__coro_lazy(sizeof(int)), 0, &v), (&v), sizeof(int)){{$}}
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}           ;{{$}}
// CHECK-NEXT: {{^}}    ac_scope_release(sc);{{$}}
int main(void) {
    int v = 0;
    char name[4] = "abc";
    ac_scope *sc = ac_scope_new(NULL);
    ac_launch(sc, ({ work(name[0]); }));
    ac_error *e = ac_run_blocking(({
        v = f(3);
        v + 1;
    }), &v);
    ac_scope_release(sc);
    return e != 0;
}
