// A scope block keeps an ac_scope * in the frame.  ac__scope_open decides
// (-1: a throw, 0: skip the body, 1: run it); the user's variable gets the
// scope; a throw in the body goes to ac__scope_fail and then the exit; the
// exit waits for the children (the suspend call ac__scope_join) and closes
// the scope, whose failure goes to the enclosing handler; then the pending
// jump, lowered again at the block's position.  The macro's arguments
// (kind, context, timeout, ok pointer) are evaluated once, at the opening.
// The output compiles warning-free.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %gcc -c %t.c -o %t.gcc.o
// RUN: %clang -c %t.c -o %t.clang.o
#include <asyncc.h>
#include <stdio.h>

SUSPEND void work(int x);

// CHECK-LABEL: {{^}}struct f__ac_frame {{[{]}}{{$}}
// CHECK:       {{^}}    ac_scope *[[S:ac__ws_[0-9]+]];{{$}}
// CHECK-NEXT:  {{^}}    ac_scope *ac_s[[N:[0-9]+]];{{$}}
// CHECK-NEXT:  {{^}}    int ac_p[[N]];{{$}}
// CHECK-LABEL: {{^}}static ac_status f__ac_resume(ac_frame *ac__f) {{[{]}}{{$}}
// The join's call (state 2) is outside the block: no case -2.
// CHECK:       {{^}}    case 1: goto ac_L1;{{$}}
// CHECK-NEXT:  {{^}}    case -1: goto ac_h[[N]];{{$}}
// CHECK-NEXT:  {{^}}    case 2: goto ac_L2;{{$}}
// CHECK-NEXT:  {{^}}    default: return ac__bad_state(ac__f);{{$}}
SUSPEND int f(int n) {
    for (int i = 0; i < n; i++) {
        // CHECK:      {{^}}ac__fr->ac_p[[N]] = 0;{{$}}
        // CHECK-NEXT: {{^}}{ int ac__so = ac__scope_open(&ac__fr->ac_s[[N]], &ac__fr->hdr, AC__SCOPE_TIMEOUT_OR_NULL, (ac_ctx *)(0), (ac__fr->n_0 * 10), (&ac__fr->[[OK:ok_[0-9]+]]));{{$}}
        // CHECK-NEXT: {{^}}  if (ac__so < 0) return AC_THROW;{{$}}
        // CHECK-NEXT: {{^}}  if (ac__so == 0) goto ac_e[[N]]; }{{$}}
        // CHECK-NEXT: {{^}}ac__fr->[[S]] = ac__fr->ac_s[[N]];{{$}}
        int ok;
        ac_with_timeout_or_null(n * 10, &ok) {
            // CHECK:      {{^}}ac__fr->ac_t{{[0-9]+}} = ac__launch((ac__fr->[[S]]), (ac_ctx *)(0), AC_START_DEFAULT, 1, work__ac_new(ac__coro_lazy(0), 0, ac__fr->i_{{[0-9]+}}));{{$}}
            // CHECK-NEXT: {{^}}if (!ac__fr->ac_t{{[0-9]+}}) { (void)ac__builder_failed(&ac__fr->hdr); goto ac_h[[N]]; }{{$}}
            ac_launch(ac__ws, work(i));
            // a break leaves the block, which is a for: nothing pending
            // CHECK:      {{^}}goto ac_e[[N]];{{$}}
            if (i == 3)
                break;
            // CHECK:      {{^}}ac__fr->ac_p[[N]] = 2; goto ac_e[[N]];{{$}}
            if (i == 4)
                return -1;
            // CHECK:      {{^}}ac__fr->ac_p[[N]] = 3; goto ac_e[[N]];{{$}}
            if (i == 5)
                goto out;
            work(-i);
        }
        // CHECK:      {{^}}goto ac_e[[N]];{{$}}
        // CHECK-NEXT: {{^}}ac_h[[N]]:;{{$}}
        // CHECK-NEXT: {{^}}ac__scope_fail(ac__fr->ac_s[[N]], &ac__fr->hdr);{{$}}
        // CHECK-NEXT: {{^}}ac_e[[N]]:;{{$}}
        // CHECK-NEXT: {{^}}{ ac_frame *ac__cf = ac__scope_join__ac_new(ac__fr->hdr.coro, 0, ac__fr->ac_s[[N]]);{{$}}
        // CHECK-NEXT: {{^}}  if (!ac__cf) return ac__fail_oom(&ac__fr->hdr);{{$}}
        // CHECK:      {{^}}ac_L2:;{{$}}
        // CHECK:      {{^}}{ ac_status ac__st = ac__scope_close(ac__fr->ac_s[[N]], &ac__fr->hdr); if (ac__st != AC_DONE) return ac__st; }{{$}}
        // CHECK-NEXT: {{^}}if (ac__fr->ac_p[[N]] == 2) {{[{]}}{{$}}
        // CHECK-NEXT: {{^}}return AC_DONE;{{$}}
        // CHECK-NEXT: {{^}}}{{$}}
        // CHECK-NEXT: {{^}}if (ac__fr->ac_p[[N]] == 3) {{[{]}}{{$}}
        // CHECK-NEXT: {{^}}goto out;{{$}}
        // CHECK-NEXT: {{^}}}{{$}}
        printf("ok=%d\n", ok);
    }
out:
    return n;
}

// Inside a try block, the opening's and the closing's failures go to the
// try's handler, and so does the join's.
// CHECK-LABEL: {{^}}static ac_status g__ac_resume(ac_frame *ac__f) {{[{]}}{{$}}
// CHECK:       {{^}}    case -1: goto ac_h[[B:[0-9]+]];{{$}}
// CHECK-NEXT:  {{^}}    case 2: goto ac_L2;{{$}}
// CHECK-NEXT:  {{^}}    case -2: goto ac_h[[T:[0-9]+]];{{$}}
// CHECK:       {{^}}  if (ac__so < 0) goto ac_h[[T]];{{$}}
// CHECK:       {{^}}{ ac_status ac__st = ac__scope_close(ac__fr->ac_s[[B]], &ac__fr->hdr); if (ac__st != AC_DONE) goto ac_h[[T]]; }{{$}}
SUSPEND void g(void) {
    ac_try {
        ac_coroutine_scope(s) {
            work(1);
        }
    } ac_catch (e) {
        printf("%s\n", ac_error_message(e));
    }
}
