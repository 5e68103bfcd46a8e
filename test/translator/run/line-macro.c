// __LINE__ and __FILE__ in suspend functions after suspension points name the user's file and line (the #line directives of the translation): before and after an ac_yield, after a suspend call in an earlier statement, in a macro expanded there, in a loop, an if whose condition suspends, a switch, a block that does not suspend, a statement copied over several lines, the argument of a suspend call, and in ordinary code after the suspend functions.
// RUN: %asyncc %s -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc && %run %t.gcc | FileCheck -DFILE=%s %s
// RUN: %clang %t.c %rt -o %t.clang && %run %t.clang | FileCheck -DFILE=%s %s
// RUN: %seqcc %s %rt -o %t.seq && %t.seq | FileCheck -DFILE=%s %s
#include <asyncc.h>
#include <stdio.h>

#define WHERE(tag) printf("%s line=%d\n", tag, __LINE__)

SUSPEND static int id(int x) { ac_yield(); return x; }

static int callee_line;

SUSPEND static int echo_line(int line) {
    ac_delay(1);
    callee_line = __LINE__;
    return line;
}

SUSPEND static int work(int n) {
    printf("start line=%d\n", __LINE__);
    // CHECK: start line=[[@LINE-1]]
    ac_yield();
    printf("after yield line=%d\n", __LINE__);
    // CHECK-NEXT: after yield line=[[@LINE-1]]
    int a = id(n);
    printf("after call line=%d a=%d\n", __LINE__, a);
    // CHECK-NEXT: after call line=[[@LINE-1]] a=3
    WHERE("macro");
    // CHECK-NEXT: macro line=[[@LINE-1]]
    for (int i = 0; i < 2; i++) {
        ac_delay(1);
        printf("loop %d line=%d\n", i, __LINE__);
        // CHECK-NEXT: loop 0 line=[[@LINE-1]]
        // CHECK-NEXT: loop 1 line=[[@LINE-2]]
    }
    if (id(a) > 0)
        printf("then line=%d\n", __LINE__);
        // CHECK-NEXT: then line=[[@LINE-1]]
    else
        printf("else line=%d\n", __LINE__);
    switch (id(a)) {
    case 3:
        ac_yield();
        printf("case line=%d\n", __LINE__);
        // CHECK-NEXT: case line=[[@LINE-1]]
        break;
    default:
        break;
    }
    {
        int b = a + 1;
        printf("block b=%d line=%d\n", b, __LINE__);
        // CHECK-NEXT: block b=4 line=[[@LINE-1]]
    }
    printf("multi %d",
           a);
    printf(" line=%d\n",
           __LINE__);
    // CHECK-NEXT: multi 3 line=[[@LINE-1]]
    int r = echo_line(__LINE__);
    printf("arg=%d callee=%d\n", r, callee_line);
    // CHECK-NEXT: arg=[[#@LINE-2]] callee=[[#@LINE-47]]
    printf("file=%s\n", __FILE__);
    // CHECK-NEXT: file=[[FILE]]
    return r;
}

int main(void) {
    int v = 0;
    ac_error *err = ac_run_test(work(3), &v);
    if (err) { ac_error_print(err, stderr); ac_error_free(err); return 1; }
    printf("result=%d main line=%d\n", v, __LINE__);
    // CHECK-NEXT: result=[[#@LINE-13]] main line=[[@LINE-1]]
    return 0;
}
