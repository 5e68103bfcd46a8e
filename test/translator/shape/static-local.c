// Static (and extern) locals of a suspend function are not moved into the
// frame: each declaration stays where it is in the resume function, as
// written, and uses of them are not rewritten; only the parameter and the
// automatic local that lives across a suspension are frame fields.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %gcc -c %t.c -o %t.gcc.o
// RUN: %clang -c %t.c -o %t.clang.o
#include <asyncc.h>
#include <stdio.h>

int shared_total;

// CHECK-LABEL: {{^}}struct counter__ac_frame {{[{]}}{{$}}
// CHECK-NEXT:  {{^}}    ac_frame hdr;{{$}}
// CHECK-NEXT:  {{^}}    __typeof__(int) [[ADD:add_[0-9]+]];{{$}}
// CHECK-NEXT:  {{^}}    int [[BEFORE:before_[0-9]+]] ;{{$}}
// CHECK-NEXT:  {{^}}};{{$}}
// CHECK-LABEL: {{^}}static ac_status counter__ac_resume(ac_frame *ac__f) {{[{]}}{{$}}
SUSPEND int counter(int add)
{
    // CHECK:      {{^}}static int calls;{{$}}
    // CHECK:      {{^}}static int count = 10;{{$}}
    // CHECK:      {{^}}static const char *last = "none";{{$}}
    // CHECK:      {{^}}extern int shared_total;{{$}}
    static int calls;
    static int count = 10;
    static const char *last = "none";
    extern int shared_total;
    // CHECK:      {{^}}ac__fr->[[BEFORE]] = count;{{$}}
    // CHECK:      {{^}}calls++;{{$}}
    int before = count;
    calls++;
    ac_yield();
    // CHECK:      {{^}}count += ac__fr->[[ADD]];{{$}}
    // CHECK:      {{^}}shared_total += ac__fr->[[ADD]];{{$}}
    count += add;
    shared_total += add;
    {
        // in a nested block that suspends, too
        // CHECK:      {{^}}static int inner = 100;{{$}}
        // CHECK:      {{^}}inner += ac__fr->[[BEFORE]];{{$}}
        static int inner = 100;
        inner += before;
        ac_yield();
        // CHECK:      {{^}}printf("%d %s\n", inner, last);{{$}}
        printf("%d %s\n", inner, last);
    }
    // CHECK:      {{^}}last = "some";{{$}}
    // CHECK:      {{^}}*(__typeof__(int) *)ac__fr->hdr.result = count + calls;{{$}}
    last = "some";
    return count + calls;
}
// CHECK-NOT: {{^}}struct counter__ac_frame
