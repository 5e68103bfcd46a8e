// asyncc-cc compiles and links a program with suspend functions in one
// command, with gcc and with clang: the translation is compiled in the
// source's place, the runtime linked as usual.  With -c and no -o the
// object is named after the source (run.o in the current directory), and
// links separately.  The temporary directory is gone afterwards.
// RUN: rm -rf %t && mkdir -p %t/tmp %t/obj
// RUN: env TMPDIR=%t/tmp %asyncc-cc %gcc %s %rt -o %t/prog.gcc
// RUN: %run %t/prog.gcc | FileCheck %s
// RUN: env TMPDIR=%t/tmp %asyncc-cc %clang %s %rt -o %t/prog.clang
// RUN: %run %t/prog.clang | FileCheck %s
// RUN: cd %t/obj && env TMPDIR=%t/tmp %asyncc-cc %gcc -c %s
// RUN: %gcc %t/obj/run.o %rt -o %t/prog.sep && %run %t/prog.sep | FileCheck %s
// The object's debug info names this file, not the temporary translation
// (-ffile-prefix-map), with gcc and with clang:
// RUN: llvm-dwarfdump --debug-info %t/obj/run.o | FileCheck --check-prefix=DWARF %s
// RUN: llvm-dwarfdump --debug-info %t/obj/run.o | not grep asyncc-cc[.]
// RUN: cd %t/obj && env TMPDIR=%t/tmp %asyncc-cc %clang -c %s -o clang-run.o
// RUN: llvm-dwarfdump --debug-info %t/obj/clang-run.o | FileCheck --check-prefix=DWARF %s
// RUN: llvm-dwarfdump --debug-info %t/obj/clang-run.o | not grep asyncc-cc[.]
// DWARF: DW_TAG_compile_unit
// DWARF: DW_AT_name ("{{.*}}translator/cc/run.c")
// RUN: env TMPDIR=%t/tmp %asyncc-cc %clang -c %s -o %t/obj/other.o
// RUN: env TMPDIR=%t/tmp %asyncc-cc %clang %t/obj/other.o %rt -o %t/prog.link
// RUN: %run %t/prog.link | FileCheck %s
// RUN: ls -A %t/tmp | count 0
#include <asyncc.h>
#include <stdio.h>

SUSPEND static int fetch(int id, int ms) {
    ac_delay(ms);
    printf("fetched %d\n", id);
    return id * 10;
}

SUSPEND static int total(void) {
    int sum = 0;
    ac_coroutine_scope(s) {
        ac_deferred *a = ac_async(s, fetch(1, 30));
        ac_deferred *b = ac_async(s, fetch(2, 1));
        sum = AC_AWAIT(int, a) + AC_AWAIT(int, b);
    }
    return sum;
}

int main(void) {
    int result = 0;
    ac_error *err = ac_run_blocking(total(), &result);
    if (err) {
        ac_error_print(err, stderr);
        ac_error_free(err);
        return 1;
    }
    printf("total %d\n", result);
    return 0;
}
// CHECK: fetched 2
// CHECK-NEXT: fetched 1
// CHECK-NEXT: total 30
