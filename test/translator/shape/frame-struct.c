// Shape of a translated suspend function: a frame struct that begins with
// the runtime's header and has a field for every parameter and for the
// locals of blocks that suspend; a constructor NAME__ac_new taking the
// coroutine, the result pointer and the arguments; and a resume function
// that dispatches on the saved state to one label per suspension point.  A
// prototype of a suspend function becomes the constructor's prototype.  The
// output compiles warning-free.
// (The output contains these comments too: every pattern is anchored at the
// start of a line, so that no CHECK line can match its own copy.)
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %gcc -c %t.c -o %t.gcc.o
// RUN: %clang -c %t.c -o %t.clang.o
#include <asyncc.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

// CHECK:      {{^}}ac_frame *accumulate__ac_new(ac_coro *ac__co, __typeof__(long) *ac__res, __typeof__(int) ac_p0, __typeof__(const char *) ac_p1);{{$}}
SUSPEND long accumulate(int count, const char *label);

// The frame: the header first, then the parameters in order, the locals
// (the function body suspends), and a temporary for id's result.
// CHECK-LABEL: {{^}}struct accumulate__ac_frame {{[{]}}{{$}}
// CHECK-NEXT:  {{^}}    ac_frame hdr;{{$}}
// CHECK-NEXT:  {{^}}    __typeof__(int) [[COUNT:count_[0-9]+]];{{$}}
// CHECK-NEXT:  {{^}}    __typeof__(const char *) [[LABEL:label_[0-9]+]];{{$}}
// CHECK-NEXT:  {{^}}    long [[TOTAL:total_[0-9]+]] ;{{$}}
// CHECK-NEXT:  {{^}}    int [[I:i_[0-9]+]] ;{{$}}
// CHECK-NEXT:  {{^}}    __typeof__(int) [[T:ac_t[0-9]+]];{{$}}
// CHECK-NEXT:  {{^}}};{{$}}
//
// The constructor (not static: the function is not) stores the arguments.
// CHECK:      {{^}}ac_frame *accumulate__ac_new(ac_coro *ac__co, __typeof__(long) *ac__res, __typeof__(int) ac_p0, __typeof__(const char *) ac_p1) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    struct accumulate__ac_frame *ac__fr = ac__frame_push(ac__co, sizeof *ac__fr, _Alignof(struct accumulate__ac_frame), accumulate__ac_resume, ac__res);{{$}}
// CHECK:      {{^}}    ac__fr->[[COUNT]] = ac_p0;{{$}}
// CHECK-NEXT: {{^}}    ac__fr->[[LABEL]] = ac_p1;{{$}}
// CHECK-NEXT: {{^}}    return &ac__fr->hdr;{{$}}
// CHECK-NEXT: {{^}}}{{$}}
//
// The resume function: state 0 starts, states 1 and 2 continue after the two
// suspension points (the call of id in the loop, the ac_yield).  The names of
// the current function name the user's function inside it.
// CHECK-NEXT: {{^}}#define __func__ "accumulate"{{$}}
// CHECK-NEXT: {{^}}#define __FUNCTION__ "accumulate"{{$}}
// CHECK-NEXT: {{^}}#define __PRETTY_FUNCTION__ "accumulate"{{$}}
// CHECK-NEXT: {{^}}static ac_status accumulate__ac_resume(ac_frame *ac__f) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    struct accumulate__ac_frame *ac__fr = (struct accumulate__ac_frame *)ac__f;{{$}}
// CHECK-NEXT: {{^}}    switch (ac__fr->hdr.state) {{[{]}}{{$}}
// CHECK-NEXT: {{^}}    case 0: break;{{$}}
// CHECK-NEXT: {{^}}    case 1: goto ac_L1;{{$}}
// CHECK-NEXT: {{^}}    case 2: goto ac_L2;{{$}}
// CHECK-NEXT: {{^}}    default: return ac__bad_state(ac__f);{{$}}
// CHECK-NEXT: {{^}}    }{{$}}
SUSPEND long accumulate(int count, const char *label) {
    // Locals and parameters are used through the frame.
    // CHECK: {{^}}ac__fr->[[TOTAL]] = 0;{{$}}
    long total = 0;
    int i;
    // CHECK: {{^}}for (; ac__fr->[[I]] < ac__fr->[[COUNT]]; ac__fr->[[I]]++) {{[{]}}{{$}}
    for (i = 0; i < count; i++)
        // CHECK:      {{^}}{ ac_frame *ac__cf = id__ac_new(ac__fr->hdr.coro, &ac__fr->[[T]], ac__fr->[[I]]);{{$}}
        // CHECK:      {{^}}  ac__fr->hdr.state = 1; ac__fr->hdr.line = [[@LINE+4]];{{$}}
        // CHECK:      {{^}}ac_L1:;{{$}}
        // CHECK-NEXT: {{^}}#line [[@LINE+2]] "{{.*}}frame-struct.c"{{$}}
        // CHECK-NEXT: {{^}}ac__fr->[[TOTAL]] += ac__fr->[[T]];{{$}}
        total += id(i);
    // CHECK:      {{^}}{ ac_frame *ac__cf = ac_yield__ac_new(ac__fr->hdr.coro, 0);{{$}}
    // CHECK:      {{^}}  ac__fr->hdr.state = 2; ac__fr->hdr.line = [[@LINE+2]];{{$}}
    // CHECK:      {{^}}ac_L2:;{{$}}
    ac_yield();
    // CHECK:      {{^}}*(__typeof__(long) *)ac__fr->hdr.result = ac__fr->[[TOTAL]] + (ac__fr->[[LABEL]] != 0);{{$}}
    // CHECK-NEXT: {{^}}return AC_DONE;{{$}}
    return total + (label != 0);
}
// CHECK-NOT:  {{^}}ac_L3:
// CHECK:      {{^}}    return AC_DONE;{{$}}
// CHECK-NEXT: {{^}}}{{$}}
// CHECK-NEXT: {{^}}#undef __func__{{$}}
// CHECK-NEXT: {{^}}#undef __FUNCTION__{{$}}
// CHECK-NEXT: {{^}}#undef __PRETTY_FUNCTION__{{$}}
