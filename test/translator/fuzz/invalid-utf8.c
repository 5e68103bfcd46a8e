// Bytes that are not UTF-8 (ff fe, a truncated sequence, an invalid
// continuation) in string and character literals and comments, inside and
// outside a suspend function: the file translates, the bytes are copied
// unchanged, and the output compiles and runs.  In an identifier they are
// clang's error, reported with status 1.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/gen.py utf8 %t/utf8.c
// RUN: cd %t && %asyncc utf8.c -o utf8.gen.c
// RUN: %python -c "import sys; d = open(sys.argv[1], 'rb').read(); print('bytes', d.count(b'\xff\xfe\xc3\x28\xe2\x82'))" %t/utf8.gen.c | FileCheck --check-prefix=BYTES %s
// BYTES: bytes 5
// RUN: %clang -Wno-invalid-source-encoding %t/utf8.gen.c %rt -o %t/utf8 && %run %t/utf8 | FileCheck --check-prefix=OUT %s
// OUT-NOT: error
// OUT: result 10
// RUN: %python %S/Inputs/gen.py utf8-ident %t/ident.c
// RUN: cd %t && sh %S/../diag/Inputs/expect-status.sh 1 %asyncc ident.c -o ident.gen.c 2>&1 | FileCheck --check-prefix=IDENT %s
// IDENT: ident.c:{{[0-9]+}}:{{[0-9]+}}: error:
// IDENT: error{{s?}} generated.
