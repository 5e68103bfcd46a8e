// asyncc -MD / -MF / -MT writes a Make dependency file listing the input and
// every header it reads, in inclusion order (so a changed header re-translates
// the file), with Make's escape for a space; -MD alone names it after the -o
// file; -MD with -o - needs -MF; nothing is written when the input has errors.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %asyncc %s -o %t/out.gen.c -MF %t/deps.d -MT gen/out.gen.c -- "-I%S/Inputs/dir with space"
// RUN: FileCheck --check-prefix=DEP -DSRC=%s %s < %t/deps.d
// RUN: %asyncc %s -o %t/second.gen.c -MD -- "-I%S/Inputs/dir with space"
// RUN: FileCheck --check-prefix=DEFAULT %s < %t/second.gen.d
// RUN: not %asyncc %s -o - -MD 2>&1 | FileCheck --check-prefix=USAGE %s
// RUN: not %asyncc %s -o %t/bad.gen.c -MF %t/bad.d -- -DBROKEN "-I%S/Inputs/dir with space" 2>&1 | FileCheck --check-prefix=BROKEN %s
// RUN: not test -e %t/bad.d
#include <asyncc.h>
#include "helper.h"

SUSPEND static int twice(void) {
    ac_yield();
    return 2 * helper();
}

int helper(void) { return 21; }

#ifdef BROKEN
this is not C
#endif

// DEP: gen/out.gen.c: [[SRC]] \
// DEP-NEXT: {{.*}}/asyncc.h \
// DEP: {{.*}}/Inputs/dir\ with\ space/helper.h{{$}}
// DEFAULT: {{.*}}second.gen.c: {{.*}}depfile.c \
// USAGE: -MD with -o - needs -MF
// BROKEN: error:
