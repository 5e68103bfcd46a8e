// A static suspend function the user marked unused and never calls: the
// constructor that replaces it carries the attribute, so the output still
// compiles without warnings (an unmarked one would warn, as the original
// function would).
// RUN: %asyncc %s -o %t.c
// RUN: FileCheck %s < %t.c
// RUN: %gcc -c %t.c -o %t.gcc.o 2>&1 | count 0
// RUN: %clang -c %t.c -o %t.clang.o 2>&1 | count 0
#include <asyncc.h>

// CHECK: {{^}}__attribute__((unused)) static ac_frame *spare__ac_new(ac_coro *ac__co, __typeof__(int) *ac__res) {{[{]}}{{$}}
__attribute__((unused)) SUSPEND static int spare(void) {
    ac_yield();
    return 1;
}

// CHECK: {{^}}static ac_frame *used__ac_new(ac_coro *ac__co, __typeof__(int) *ac__res) {{[{]}}{{$}}
SUSPEND static int used(void) {
    ac_yield();
    return 2;
}

int main(void) {
    int v = 0;
    return ac_run_blocking(used(), &v) != 0 || v != 2;
}
