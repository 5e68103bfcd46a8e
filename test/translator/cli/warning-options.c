// Warning options: -Wno-NAME and -Wasyncc-NAME spellings, -w, -Werror and
// -Werror=NAME (errors: exit 1, nothing written), -Wno-error=NAME, and an
// unknown warning name (a usage error, 2).  Warnings are counted in the
// final line, with the errors when there are both.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/out.c 2>&1 | FileCheck --check-prefix=BOTH %s
// RUN: %asyncc %s -o %t/w.c -w 2>&1 | count 0
// RUN: %asyncc %s -o %t/one.c -Wno-asyncc-global-scope 2>&1 | FileCheck --check-prefix=ONE %s
// RUN: %asyncc %s -o %t/one2.c -w -Wblocking-call 2>&1 | FileCheck --check-prefix=ONE %s
// RUN: not %asyncc %s -o %t/err.c -Werror=global-scope 2>&1 | FileCheck --check-prefix=MIXED %s
// RUN: not test -e %t/err.c
// RUN: %asyncc %s -o %t/noerr.c -Werror -Wno-error=global-scope -Wno-blocking-call 2>&1 | FileCheck --check-prefix=NOERR %s
// RUN: test -e %t/noerr.c
// RUN: sh %S/../diag/Inputs/expect-status.sh 2 %asyncc %s -o %t/bad.c -Wno-such-thing 2>&1 | FileCheck --check-prefix=UNKNOWN %s
// RUN: not test -e %t/bad.c
// BOTH: warning: {{.*}} [-Wasyncc-blocking-call]
// BOTH: warning: {{.*}} [-Wasyncc-global-scope]
// BOTH: 2 warnings generated.
// ONE: warning: {{.*}} [-Wasyncc-blocking-call]
// ONE-NOT: global-scope
// ONE: 1 warning generated.
// MIXED: warning: {{.*}} [-Wasyncc-blocking-call]
// MIXED: error: {{.*}} [-Werror,-Wasyncc-global-scope]
// MIXED: 1 warning and 1 error generated.
// NOERR: warning: {{.*}} [-Wasyncc-global-scope]
// NOERR: 1 warning generated.
// UNKNOWN: asyncc: error: unknown warning option '-Wno-such-thing'
#include <asyncc.h>
#include <unistd.h>

SUSPEND static int nap(void) {
    sleep(1);
    return 0;
}

int main(void) {
    ac_launch(ac_global_scope(), nap());
    return 0;
}
