// -Wasyncc-frame-size on a frame made big by many temporaries (the value
// of each suspend call kept across the next suspension point), not by one
// big local: the note counts them instead of naming a 4-byte member as the
// largest (it used to say "its largest member is 'a' (4 bytes)").
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/out.c --frame-size-limit=100 2>&1 | FileCheck --implicit-check-not=warning: %s
// RUN: %clang -c %t/out.c -o %t/out.o
#include <asyncc.h>

SUSPEND static int one(int x) {
    ac_yield();
    return x;
}

// CHECK: frame-size-temporaries.c:[[#@LINE+3]]:20: warning: the frame of 'sum' is {{[0-9]+}} bytes, larger than the limit of 100 bytes
// CHECK: frame-size-temporaries.c:[[#@LINE+2]]:20: note: {{[0-9]+}} temporaries (values the function keeps across its suspension points) take {{[0-9]+}} bytes of it: split the function, or raise the limit with --frame-size-limit=BYTES
// CHECK: 1 warning generated.
SUSPEND static int sum(int a) {
    return one(a) + one(a) + one(a) + one(a) + one(a) + one(a) + one(a) + one(a) +
           one(a) + one(a) + one(a) + one(a) + one(a) + one(a) + one(a) + one(a) +
           one(a) + one(a) + one(a) + one(a) + one(a) + one(a) + one(a) + one(a) +
           one(a) + one(a) + one(a) + one(a) + one(a) + one(a) + one(a) + one(a);
}

int main(void) {
    int r = 0;
    ac_run_blocking(sum(1), &r);
    return r == 32 ? 0 : 1;
}
