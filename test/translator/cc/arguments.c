// Which arguments asyncc-cc translates, seen through `echo` as the compiler:
// a source with a suspend function is replaced by its translation (a file
// of the same base name in a temporary directory, with -iquote <its dir>
// first); a source the translator leaves unchanged is passed as it is; a
// command with only unchanged sources runs exactly as given; -x c makes any
// file a C source and -x none ends that; option values (-include, -o, -MF)
// are never sources; no source at all (linking, --version) passes through.
// RUN: rm -rf %t && mkdir -p %t/tmp
// RUN: env TMPDIR=%t/tmp %asyncc-cc echo -c %s %S/Inputs/plain.c -DX=1 -o x.o \
// RUN:   | FileCheck --check-prefix=MIXED -DDIR=%S -DTMP=%t/tmp %s
// RUN: env TMPDIR=%t/tmp %asyncc-cc echo -c %S/Inputs/plain.c -o plain.o \
// RUN:   | FileCheck --check-prefix=PLAIN -DDIR=%S %s
// RUN: env TMPDIR=%t/tmp %asyncc-cc echo -include %S/Inputs/plain.c -c -x c %S/Inputs/coro.inc -x none %s -MF %t/fake.c \
// RUN:   | FileCheck --check-prefix=LANG -DDIR=%S -DTMP=%t/tmp %s
// RUN: env TMPDIR=%t/tmp %asyncc-cc echo a.o b.o -o prog | FileCheck --check-prefix=LINK %s
// RUN: ls -A %t/tmp | count 0
#include <asyncc.h>

SUSPEND int arguments_answer(void) {
    ac_yield();
    return 42;
}

// MIXED: {{^}}-iquote [[DIR]] -c [[TMP]]/asyncc-cc.{{[^/]+}}/0/arguments.c [[DIR]]/Inputs/plain.c -DX=1 -o x.o{{$}}
// PLAIN: {{^}}-c [[DIR]]/Inputs/plain.c -o plain.o{{$}}
// LANG: {{^}}-iquote [[DIR]]/Inputs -iquote [[DIR]] -include [[DIR]]/Inputs/plain.c -c -x c [[TMP]]/asyncc-cc.{{[^/]+}}/0/coro.inc -x none [[TMP]]/asyncc-cc.{{[^/]+}}/1/arguments.c -MF {{.*}}/fake.c{{$}}
// LINK: {{^}}a.o b.o -o prog{{$}}
