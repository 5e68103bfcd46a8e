// -Wasyncc-frame-size: a frame larger than the limit (16384 bytes by
// default, --frame-size-limit=BYTES) is reported at the function's name,
// with its largest member.  NOLINT on that line silences it.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/out.c 2>&1 | FileCheck --strict-whitespace --implicit-check-not=warning: --implicit-check-not=error: %s
// RUN: %clang -c %t/out.c -o %t/out.o
// RUN: %asyncc %s -o %t/limit.c --frame-size-limit=40 2>&1 | FileCheck --implicit-check-not=warning: --check-prefix=LIMIT %s
// RUN: %asyncc %s -o %t/no.c -Wno-frame-size 2>&1 | FileCheck --allow-empty --implicit-check-not=warning: --check-prefix=NONE %s
// RUN: not %asyncc %s -o %t/err.c -Werror=frame-size 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: not test -e %t/err.c
// RUN: not %asyncc %s -o %t/bad.c --frame-size-limit=lots 2>&1 | FileCheck --check-prefix=USAGE %s
// NONE-NOT: warning
// ERR: frame-size.c:[[#@LINE+18]]:20: error: the frame of 'big' is {{[0-9]+}} bytes, larger than the limit of 16384 bytes {{.*}} [-Werror,-Wasyncc-frame-size]
// USAGE: asyncc: error: --frame-size-limit= needs a number of bytes
#include <asyncc.h>
#include <string.h>

SUSPEND static int small(int x) {
    ac_yield();
    return x;
}
// LIMIT: frame-size.c:[[#@LINE-4]]:20: warning: the frame of 'small' is {{[0-9]+}} bytes, larger than the limit of 40 bytes
// LIMIT: frame-size.c:[[#@LINE+8]]:20: warning: the frame of 'big' is
// LIMIT: 2 warnings generated.

// CHECK: frame-size.c:[[#@LINE+5]]:20: warning: the frame of 'big' is {{[0-9]+}} bytes, larger than the limit of 16384 bytes (it is allocated in the coroutine's frame arena, and a call chain holds one per call) [-Wasyncc-frame-size]
// CHECK-NEXT:{{^}}SUSPEND static int big(int x) {
// CHECK-NEXT:{{^}}                   ^
// CHECK-NEXT:frame-size.c:[[#@LINE+2]]:20: note: its largest member is 'buf' (20000 bytes): allocate it with malloc, make it static, or raise the limit with --frame-size-limit=BYTES
// CHECK-NEXT:1 warning generated.
SUSPEND static int big(int x) {
    char buf[20000];
    memset(buf, x, sizeof buf);
    ac_yield();
    return buf[x];
}

/* silenced: the function's line */
SUSPEND static int quiet(int x) { // NOLINT(asyncc-frame-size)
    char buf[20000];
    memset(buf, x, sizeof buf);
    ac_yield();
    return buf[x] + small(x);
}

int main(void) {
    int r;
    ac_run_blocking(big(1), &r);
    ac_run_blocking(quiet(1), &r);
    return 0;
}
