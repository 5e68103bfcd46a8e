// The file name in the #line directives and in the frames' source position
// is the input path as given, written as a C string literal: a path with a
// double quote, a backslash and a space is escaped, so that the output
// compiles and __FILE__ after a suspension is the path itself.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: cp %s '%t.dir/we"ird\name x.c'
// RUN: %asyncc '%t.dir/we"ird\name x.c' -o %t.c
// RUN: FileCheck -DESC='%t.dir/we\"ird\\name x.c' %s < %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck --check-prefix=OUT -DRAW='%t.dir/we"ird\name x.c' %s
#include <asyncc.h>
#include <stdio.h>

// CHECK: {{^}}static const ac_frame_site where__ac_site = {"[[ESC]]", "where"};{{$}}
// CHECK: {{^}}#line [[@LINE+1]] "[[ESC]]"{{$}}
SUSPEND static int where(void) {
    ac_yield();
    printf("file=%s\n", __FILE__);
    // OUT: file=[[RAW]]{{$}}
    return __LINE__;
}

int main(void) {
    int line = 0;
    ac_error *err = ac_run_blocking(where(), &line);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("line=%d\n", line);
    // OUT-NEXT: line=[[#@LINE-8]]
    return 0;
}
