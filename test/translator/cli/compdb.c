// asyncc -p builddir takes the input's flags from builddir/compile_commands.json:
// a relative -I (against the command's directory) and a -D the file needs to
// parse, while the compiler, -c, -o, the dependency flags and the source itself
// are dropped; flags after -- come after them; a file with no entry, or a
// directory with no database, is an error.
// RUN: rm -rf %t && mkdir -p %t/build
// RUN: printf '[{"directory": "%S/Inputs", "file": "%s", "command": "cc -I \\"compdb include\\" -DWHERE=\\"\\\\\\"the database\\\\\\"\\" -MD -MF x.d -c %s -o x.o"}]\n' > %t/build/compile_commands.json
// RUN: %asyncc -p %t/build %s -o %t/out.c
// RUN: %gcc "-I%S/Inputs/compdb include" '-DWHERE="the database"' %t/out.c %rt -o %t/prog && %run %t/prog | FileCheck %s
// RUN: not %asyncc %s -o %t/out2.c 2>&1 | FileCheck --check-prefix=NODB %s
// RUN: not %asyncc -p %t/build %S/depfile.c -o %t/out3.c 2>&1 | FileCheck --check-prefix=NOENTRY %s
// RUN: not %asyncc -p %t/nothing %s -o %t/out4.c 2>&1 | FileCheck --check-prefix=NOFILE %s
#include <asyncc.h>
#include <stdio.h>
#include "greeting.h"

SUSPEND static const char *greet(void) {
    ac_yield();
    return GREETING;
}

int main(void) {
    const char *g = NULL;
    ac_error *e = ac_run_blocking(greet(), &g);
    puts(e ? "error" : g);
    return 0;
}
// CHECK: hello from the database
// NODB: error: 'greeting.h' file not found
// NOENTRY: compile_commands.json has no command for
// NOFILE: error: cannot read {{.*}}nothing/compile_commands.json
