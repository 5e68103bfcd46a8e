// A compiler error in a translated file names the original source and line
// (through the translator's #line directives and asyncc-cc's leading
// #line 1), with gcc and with clang, never the temporary copy; the
// compiler's exit status is returned and no object is left.
// RUN: rm -rf %t && mkdir -p %t/tmp
// RUN: not env TMPDIR=%t/tmp %asyncc-cc %gcc -c %inputs/compile-error.c -o %t/gcc.o 2>&1 \
// RUN:   | FileCheck --implicit-check-not=asyncc-cc. -DFILE=%inputs/compile-error.c %s
// RUN: not env TMPDIR=%t/tmp %asyncc-cc %clang -c %inputs/compile-error.c -o %t/clang.o 2>&1 \
// RUN:   | FileCheck --implicit-check-not=asyncc-cc. -DFILE=%inputs/compile-error.c %s
// RUN: not test -e %t/gcc.o
// RUN: not test -e %t/clang.o
// RUN: ls -A %t/tmp | count 0
// CHECK: [[FILE]]:8:{{[0-9]+}}: error: comparison of integer
// CHECK: [[FILE]]:16:16: error: {{.*}}only_the_compiler_sees_this
