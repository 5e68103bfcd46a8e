// #line directives map the generated code back to the user's file and lines:
// one opens the function body, one precedes every statement of the body
// (including a statement that follows a suspension point and a multi-line
// statement copied as text), and one after the function resumes the user's
// numbering, so that the rest of the file keeps its own line numbers.  The
// file named is the input path as given on the command line (absolute here,
// relative in the second translation), and the frame records the same name.
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck -DFILE=%s %s < %t.c
// RUN: %gcc -c %t.c -o %t.o
// RUN: cd %S && %asyncc line-directives.c -o %t.rel.c
// RUN: FileCheck -DFILE=line-directives.c %s < %t.rel.c
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

static int before(int v)
{
    return v + 1;
}

// CHECK:      {{^}}static const ac_frame_site work__ac_site = {"[[FILE]]", "work"};{{$}}
// CHECK:      {{^}}static ac_status work__ac_resume(ac_frame *ac__f) {{[{]}}{{$}}
// CHECK:      {{^}}#line [[@LINE+3]] "[[FILE]]"{{$}}
// CHECK-NEXT: {{^}}{{[{]}}{{$}}
SUSPEND static int work(int n)
{
    // CHECK:      {{^}}#line [[@LINE+2]] "[[FILE]]"{{$}}
    // CHECK-NEXT: {{^}}printf("start %d\n", ac__fr->{{n_[0-9]+}});{{$}}
    printf("start %d\n", n);
    // CHECK:      {{^}}#line [[@LINE+3]] "[[FILE]]"{{$}}
    // CHECK-NEXT: {{^}}{ ac_frame *ac__cf = ac_yield__ac_new(ac__fr->hdr.coro, 0);{{$}}
    // CHECK:      {{^}}ac_L1:;{{$}}
    ac_yield();
    // after the suspension point: the next statement has its own directive
    // CHECK:      {{^}}#line [[@LINE+2]] "[[FILE]]"{{$}}
    // CHECK-NEXT: {{^}}printf("resumed %d\n", ac__fr->{{n_[0-9]+}});{{$}}
    printf("resumed %d\n", n);
    int a = id(n);
    // a statement over several lines, copied as text after its directive
    // CHECK:      {{^}}#line [[@LINE+4]] "[[FILE]]"{{$}}
    // CHECK-NEXT: {{^}}if (ac__fr->[[A:a_[0-9]+]] > 2) {{[{]}}{{$}}
    // CHECK-NEXT: {{^}}        printf("big %d\n",{{$}}
    // CHECK-NEXT: {{^}}               ac__fr->[[A]]);{{$}}
    if (a > 2) {
        printf("big %d\n",
               a);
    }
    // CHECK:      {{^}}#line [[@LINE+2]] "[[FILE]]"{{$}}
    // CHECK-NEXT: {{^}}*(__typeof__(int) *)ac__fr->hdr.result = ac__fr->[[A]];{{$}}
    return a;
    // After the function: the directive names the line of its closing brace,
    // the rest of that line follows at its column, then the file as written.
    // CHECK:      {{^}}#line [[@LINE+5]] "[[FILE]]"{{$}}
    // CHECK-NEXT: {{^}}    /* end of work */{{$}}
    // CHECK-EMPTY:
    // CHECK-NEXT: {{^}}static int after(int v){{$}}
    // CHECK-NEXT: {{^}}{{[{]}}{{$}}
}   /* end of work */

static int after(int v)
{
    return v - 1;
}

// Nothing else in the file is rewritten, so no other directive.
// CHECK-NOT: {{^}}#line
int main(void)
{
    int v = 0;
    ac_error *err = ac_run_blocking(work(before(after(3))), &v);
    return err != 0;
}
