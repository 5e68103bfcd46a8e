// The resume dispatch of a function with try statements: each suspension
// point k inside a try, catch or finally block also has a case -k (its call
// failed after suspending) that goes to the handler of the block the call
// is in; a call outside every try statement has none (ac__bad_state passes
// the error on).  Inside a block, the call's inline failure (AC_THROW from
// ac__call) and an unallocatable frame go to the same handler; outside, they
// return.  The output compiles warning-free.
// (The output contains these comments too: every pattern is anchored at the
// start of a line.)
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %gcc -c %t.c -o %t.gcc.o
// RUN: %clang -c %t.c -o %t.clang.o
#include <asyncc.h>
#include <stdio.h>

SUSPEND int step(int x);

// CHECK-LABEL: {{^}}static ac_status f__ac_resume(ac_frame *ac__f) {{[{]}}{{$}}
// CHECK-NEXT:  {{^}}    struct f__ac_frame *ac__fr = (struct f__ac_frame *)ac__f;{{$}}
// CHECK-NEXT:  {{^}}    switch (ac__fr->hdr.state) {{[{]}}{{$}}
// CHECK-NEXT:  {{^}}    case 0: break;{{$}}
// CHECK-NEXT:  {{^}}    case 1: goto ac_L1;{{$}}
// CHECK-NEXT:  {{^}}    case 2: goto ac_L2;{{$}}
// CHECK-NEXT:  {{^}}    case -2: goto ac_h[[T:[0-9]+]];{{$}}
// CHECK-NEXT:  {{^}}    case 3: goto ac_L3;{{$}}
// CHECK-NEXT:  {{^}}    case -3: goto ac_k[[T]];{{$}}
// CHECK-NEXT:  {{^}}    case 4: goto ac_L4;{{$}}
// CHECK-NEXT:  {{^}}    case -4: goto ac_g[[T]];{{$}}
// CHECK-NEXT:  {{^}}    case 5: goto ac_L5;{{$}}
// CHECK-NEXT:  {{^}}    default: return ac__bad_state(ac__f);{{$}}
// CHECK-NEXT:  {{^}}    }{{$}}
SUSPEND int f(int x) {
    // outside: failures return to the caller
    // CHECK:      {{^}}{ ac_frame *ac__cf = step__ac_new(ac__fr->hdr.coro, &ac__fr->ac_t1, ac__fr->x_0);{{$}}
    // CHECK-NEXT: {{^}}  if (!ac__cf) return ac__fail_oom(&ac__fr->hdr);{{$}}
    // CHECK-NEXT: {{^}}  ac__fr->hdr.state = 1; ac__fr->hdr.line = [[@LINE+2]];{{$}}
    // CHECK-NEXT: {{^}}  { ac_status ac__st = ac__call(&ac__fr->hdr, ac__cf); if (ac__st != AC_DONE) return ac__st; } }{{$}}
    x = step(x);
    ac_try {
        // CHECK:      {{^}}{ ac_frame *ac__cf = step__ac_new(ac__fr->hdr.coro, &ac__fr->ac_t2, ac__fr->x_0);{{$}}
        // CHECK-NEXT: {{^}}  if (!ac__cf) { (void)ac__fail_oom(&ac__fr->hdr); goto ac_h[[T]]; }{{$}}
        // CHECK-NEXT: {{^}}  ac__fr->hdr.state = 2; ac__fr->hdr.line = [[@LINE+3]];{{$}}
        // CHECK-NEXT: {{^}}  { ac_status ac__st = ac__call(&ac__fr->hdr, ac__cf); if (ac__st == AC_THROW) goto ac_h[[T]]; if (ac__st != AC_DONE) return ac__st; } }{{$}}
        // CHECK-NEXT: {{^}}ac_L2:;{{$}}
        x = step(x);
        // an ac_throw goes to the same handler
        // CHECK:      {{^}}{ (void)ac__throw(&ac__fr->hdr, ac_error_new(&AC_ERROR, "x=%d", ac__fr->x_0), ac__fr->hdr.site->file, [[@LINE+2]]); goto ac_h[[T]]; }{{$}}
        if (x > 10)
            ac_throw(ac_error_new(&AC_ERROR, "x=%d", x));
    } ac_catch (e) {
        // CHECK:      {{^}}  if (!ac__cf) { (void)ac__fail_oom(&ac__fr->hdr); goto ac_k[[T]]; }{{$}}
        // CHECK:      {{^}}  { ac_status ac__st = ac__call(&ac__fr->hdr, ac__cf); if (ac__st == AC_THROW) goto ac_k[[T]]; if (ac__st != AC_DONE) return ac__st; } }{{$}}
        x = step(-x);
    } ac_finally {
        // CHECK:      {{^}}  if (!ac__cf) { (void)ac__fail_oom(&ac__fr->hdr); goto ac_g[[T]]; }{{$}}
        // CHECK:      {{^}}  { ac_status ac__st = ac__call(&ac__fr->hdr, ac__cf); if (ac__st == AC_THROW) goto ac_g[[T]]; if (ac__st != AC_DONE) return ac__st; } }{{$}}
        step(0);
    }
    // CHECK:      {{^}}  if (!ac__cf) return ac__fail_oom(&ac__fr->hdr);{{$}}
    // CHECK-NEXT: {{^}}  ac__fr->hdr.state = 5; ac__fr->hdr.line = [[@LINE+2]];{{$}}
    // CHECK-NEXT: {{^}}  { ac_status ac__st = ac__call(&ac__fr->hdr, ac__cf); if (ac__st != AC_DONE) return ac__st; } }{{$}}
    return step(x);
}
