// The structure of a lowered try statement.  The finally block is emitted
// once; every way into it sets the pending action ac_pN first (0 normal
// end, 1 a throw, whose error waits in ac_eN, k+2 the statement's jump k)
// and after the block an if-chain (not a switch: a break must still reach
// the user's loop) carries the action out: a rethrow, or the jump lowered
// again at the try statement's position.  The catch block takes the error
// with ac__catch and releases it on each way out.  Labels nothing jumps to
// are left out; the output compiles warning-free.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %gcc -c %t.c -o %t.gcc.o
// RUN: %clang -c %t.c -o %t.clang.o
#include <asyncc.h>
#include <stdio.h>

SUSPEND int step(int x);

// CHECK:      {{^}}    int ac_p[[N:[0-9]+]];{{$}}
// CHECK-NEXT: {{^}}    ac_error *ac_e[[N]];{{$}}
SUSPEND int f(int n) {
    int i;
    for (i = 0; i < n; i++) {
        // CHECK:      {{^}}ac__fr->ac_p[[N]] = 0;{{$}}
        ac_try {
            // CHECK:      {{^}}ac__fr->ac_p[[N]] = 2; goto ac_f[[N]];{{$}}
            if (step(i) == 1)
                break;
            // CHECK:      {{^}}*(__typeof__(int) *)ac__fr->hdr.result = ac__fr->i_{{[0-9]+}};{{$}}
            // CHECK-NEXT: {{^}}ac__fr->ac_p[[N]] = 3; goto ac_f[[N]];{{$}}
            if (i == 5)
                return i;
        // CHECK:      {{^}}goto ac_f[[N]];{{$}}
        // CHECK-NEXT: {{^}}ac_h[[N]]:;{{$}}
        // CHECK-NEXT: {{^}}ac__fr->[[E:e_[0-9]+]] = ac__catch(&ac__fr->hdr);{{$}}
        } ac_catch (e) {
            // a continue out of the catch block releases the error first
            // CHECK:      {{^}}ac_error_release(ac__fr->[[E]]);{{$}}
            // CHECK-NEXT: {{^}}ac__fr->ac_p[[N]] = 4; goto ac_f[[N]];{{$}}
            if (ac_error_is(e, &AC_ARITHMETIC))
                continue;
            // the same jump again: the same pending action
            // CHECK:      {{^}}ac__fr->ac_p[[N]] = 4; goto ac_f[[N]];{{$}}
            if (ac_error_is(e, &AC_IO_ERROR))
                continue;
            step(0);
        // CHECK:      {{^}}ac_error_release(ac__fr->[[E]]);{{$}}
        // CHECK-NEXT: {{^}}goto ac_f[[N]];{{$}}
        // CHECK-NEXT: {{^}}ac_k[[N]]:;{{$}}
        // CHECK-NEXT: {{^}}ac_error_release(ac__fr->[[E]]);{{$}}
        // CHECK-NEXT: {{^}}ac__fr->ac_e[[N]] = ac__catch(&ac__fr->hdr); ac__fr->ac_p[[N]] = 1;{{$}}
        // CHECK-NEXT: {{^}}#line [[@LINE+2]] "{{.*}}try-finally.c"{{$}}
        // CHECK-NEXT: {{^}}ac_f[[N]]:;{{$}}
        } ac_finally {
            step(-1);
        // CHECK:      {{^}}if (ac__fr->ac_p[[N]] == 1) return ac__throw(&ac__fr->hdr, ac__fr->ac_e[[N]], ac__fr->hdr.site->file, [[@LINE-2]]);{{$}}
        // CHECK-NEXT: {{^}}if (ac__fr->ac_p[[N]] == 2) {{[{]}}{{$}}
        // CHECK-NEXT: {{^}}break;{{$}}
        // CHECK-NEXT: {{^}}}{{$}}
        // CHECK-NEXT: {{^}}if (ac__fr->ac_p[[N]] == 3) {{[{]}}{{$}}
        // CHECK-NEXT: {{^}}return AC_DONE;{{$}}
        // CHECK-NEXT: {{^}}}{{$}}
        // CHECK-NEXT: {{^}}if (ac__fr->ac_p[[N]] == 4) {{[{]}}{{$}}
        // CHECK-NEXT: {{^}}continue;{{$}}
        // CHECK-NEXT: {{^}}}{{$}}
        // a throw in the finally block drops the pending error
        // CHECK-NEXT: {{^}}goto ac_d[[N]];{{$}}
        // CHECK-NEXT: {{^}}ac_g[[N]]:;{{$}}
        // CHECK-NEXT: {{^}}if (ac__fr->ac_p[[N]] == 1) ac_error_release(ac__fr->ac_e[[N]]);{{$}}
        // CHECK-NEXT: {{^}}return AC_THROW;{{$}}
        // CHECK-NEXT: {{^}}ac_d[[N]]:;{{$}}
        }
    }
    return -1;
}

// Without a catch block, a throw in the try block takes the error into
// ac_eN and runs the finally block; a try block that cannot throw has no
// handler, and a return out of the finally block releases a pending error.
// CHECK-LABEL: {{^}}static ac_status g__ac_resume(ac_frame *ac__f) {{[{]}}{{$}}
SUSPEND int g(int n) {
    // CHECK:      {{^}}ac__fr->ac_p[[M:[0-9]+]] = 0;{{$}}
    ac_try {
        n = step(n);
    // CHECK:      {{^}}goto ac_f[[M]];{{$}}
    // CHECK-NEXT: {{^}}ac_h[[M]]:;{{$}}
    // CHECK-NEXT: {{^}}ac__fr->ac_e[[M]] = ac__catch(&ac__fr->hdr); ac__fr->ac_p[[M]] = 1;{{$}}
    // CHECK-NEXT: {{^}}#line [[@LINE+2]] "{{.*}}try-finally.c"{{$}}
    // CHECK-NEXT: {{^}}ac_f[[M]]:;{{$}}
    } ac_finally {
        // CHECK:      {{^}}if (ac__fr->ac_p[[M]] == 1) ac_error_release(ac__fr->ac_e[[M]]);{{$}}
        // CHECK-NEXT: {{^}}return AC_DONE;{{$}}
        if (n > 3)
            return n;
    }
    // CHECK:      {{^}}ac__fr->ac_p[[K:[0-9]+]] = 0;{{$}}
    // CHECK-NOT:  {{^}}ac_h[[K]]:;{{$}}
    // CHECK-NOT:  {{^}}ac_f[[K]]:;{{$}}
    // CHECK-NOT:  {{^}}if (ac__fr->ac_p[[K]] == 1){{$}}
    // CHECK:      {{^ *}}printf("cleanup\n");{{$}}
    ac_try {
        n++;
    } ac_finally {
        printf("cleanup\n");
    }
    return n;
}
