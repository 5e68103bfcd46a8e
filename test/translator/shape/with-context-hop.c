// ac_with_context may switch dispatcher: its open can ask the frame to suspend
// (status 2), a suspension point of its own with a resume state, after which
// ac__scope_entered says whether the switch happened (a closed dispatcher throws
// into the block's handler).  Other scope kinds never switch and have neither.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %gcc -c %t.c -o %t.o
#include <asyncc.h>

SUSPEND int f(ac_dispatcher *d);
SUSPEND int f(ac_dispatcher *d) {
    int r = 0;
// CHECK:      {{^}}  if (ac__so == 0) goto ac_e[[N:[0-9]+]];{{$}}
// CHECK-NEXT: {{^}}  if (ac__so == 2) { ac__fr->hdr.state = [[K:[0-9]+]]; ac__fr->hdr.line = [[@LINE+4]]; return AC_SUSPENDED; } }{{$}}
// CHECK-NEXT: {{^}}ac_L[[K]]:;{{$}}
// CHECK-NEXT: {{^}}ac__fr->{{ac__ws_[0-9]+}} = ac__fr->ac_s[[N]];{{$}}
// CHECK-NEXT: {{^}}if (ac__scope_entered(ac__fr->ac_s[[N]], &ac__fr->hdr) < 0) goto ac_h[[N]];{{$}}
    ac_with_context(ac_ctx_dispatcher(d)) {
        ac_yield();
        r = 1;
    }
// CHECK-NOT:  {{^}}if (ac__scope_entered
// CHECK:      {{^}}  if (ac__so == 0) goto ac_e{{[0-9]+}}; }{{$}}
// CHECK-NOT:  {{^}}if (ac__scope_entered
    ac_coroutine_scope(s) {
        ac_yield();
    }
    return r;
}
