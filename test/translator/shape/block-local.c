// A local declared in a block that contains no suspension point (a nested
// block, a for loop that does not suspend, the branch of an if that does
// not) stays an ordinary C local of the resume function: declared as
// written, no frame field.  Locals of blocks that do suspend (the body, the
// else branch) are frame fields.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %gcc -c %t.c -o %t.gcc.o
// RUN: %clang -c %t.c -o %t.clang.o
#include <asyncc.h>
#include <stdio.h>

// CHECK-LABEL: {{^}}struct work__ac_frame {{[{]}}{{$}}
// CHECK-NEXT:  {{^}}    ac_frame hdr;{{$}}
// CHECK-NEXT:  {{^}}    __typeof__(int) [[N:n_[0-9]+]];{{$}}
// CHECK-NEXT:  {{^}}    int [[SUM:sum_[0-9]+]] ;{{$}}
// CHECK-NEXT:  {{^}}    int [[U:u_[0-9]+]] ;{{$}}
// CHECK-NEXT:  {{^}}};{{$}}
// CHECK-LABEL: {{^}}static ac_status work__ac_resume(ac_frame *ac__f) {{[{]}}{{$}}
SUSPEND int work(int n)
{
    int sum = 0;
    // CHECK:      {{^}}        int plain = ac__fr->[[N]] * 2;{{$}}
    // CHECK-NEXT: {{^}}        printf("plain=%d\n", plain);{{$}}
    {
        int plain = n * 2;
        printf("plain=%d\n", plain);
    }
    // CHECK:      {{^}}for (int k = 0; k < ac__fr->[[N]]; k++){{$}}
    // CHECK-NEXT: {{^}}        ac__fr->[[SUM]] += k;{{$}}
    for (int k = 0; k < n; k++)
        sum += k;
    // CHECK:      {{^}}        int t = ac__fr->[[N]] - 1;{{$}}
    // CHECK-NEXT: {{^}}        ac__fr->[[SUM]] += t;{{$}}
    // CHECK:      {{^}}ac__fr->[[U]] = 5;{{$}}
    if (n > 1) {
        int t = n - 1;
        sum += t;
    } else {
        int u = 5;
        ac_yield();
        sum += u;
    }
    ac_yield();
    return sum;
}
// CHECK-NOT: ac__fr->{{(plain|k|t)_[0-9]+}}
