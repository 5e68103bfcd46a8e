// Deep nesting in a suspend function.  Brackets deeper than clang's limit
// (5000 parentheses, 5000 blocks) are clang's error; chains clang does not
// bound (5000 nested `if`s, an `else if` chain of 5000 branches, 5000 unary
// minus operators) are asyncc's: nesting deeper than 1000 levels is an
// error with a location, never a stack overflow.  900 levels translate,
// compile and run; deep expressions in ordinary functions are copied.
// (gcc compiles the deep ones: clang's own bracket limit of 256 applies to
// the braces of the translation of nested statements.)
// The translator is single-threaded: ThreadSanitizer adds nothing here but
// a slowdown past lit's time limit; the plain and ASan trees run it.
// UNSUPPORTED: tsan
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %python %S/Inputs/gen.py parens parens.c 5000
// RUN: sh %S/../diag/Inputs/expect-status.sh 1 %asyncc parens.c -o parens.gen.c 2>&1 | FileCheck --check-prefix=BRACKET %s
// RUN: %python %S/Inputs/gen.py blocks blocks.c 5000
// RUN: sh %S/../diag/Inputs/expect-status.sh 1 %asyncc blocks.c -o blocks.gen.c 2>&1 | FileCheck --check-prefix=BRACKET %s
// BRACKET: {{parens|blocks}}.c:{{[0-9]+}}:{{[0-9]+}}: error: bracket nesting level exceeded maximum of 256
//
// RUN: %python %S/Inputs/gen.py ifs ifs.c 5000
// RUN: sh %S/../diag/Inputs/expect-status.sh 1 %asyncc ifs.c -o ifs.gen.c 2>&1 | FileCheck --check-prefix=DEEP -DF=ifs.c -DL=10 %s
// RUN: %python %S/Inputs/gen.py elseifs elseifs.c 5000
// RUN: sh %S/../diag/Inputs/expect-status.sh 1 %asyncc elseifs.c -o elseifs.gen.c 2>&1 | FileCheck --check-prefix=DEEP -DF=elseifs.c -DL=1004 %s
// RUN: %python %S/Inputs/gen.py negs negs.c 5000
// RUN: sh %S/../diag/Inputs/expect-status.sh 1 %asyncc negs.c -o negs.gen.c 2>&1 | FileCheck --check-prefix=DEEP -DF=negs.c -DL=10 %s
// DEEP: {{^}}[[F]]:[[L]]:{{[0-9]+}}: error: statements and expressions nested more than 1000 levels deep cannot be translated; split the function or the expression{{$}}
// DEEP-NEXT: {{^ .*$}}
// DEEP-NEXT: {{^ *\^$}}
// DEEP-NEXT: {{^}}1 error generated.{{$}}
// RUN: not test -e ifs.gen.c
//
// RUN: %python %S/Inputs/gen.py ifs ifs900.c 900
// RUN: %asyncc ifs900.c -o ifs900.gen.c
// RUN: %gcc ifs900.gen.c %rt -o ifs900 && %run ./ifs900 | FileCheck --check-prefix=ONE %s
// RUN: %python %S/Inputs/gen.py negs negs900.c 900
// RUN: %asyncc negs900.c -o negs900.gen.c
// RUN: %clang negs900.gen.c %rt -o negs900 && %run ./negs900 | FileCheck --check-prefix=ONE %s
// ONE: result 1
// In ordinary code nothing is limited but clang's parser (which runs on the
// translator's large stack): the text is copied as written.
// RUN: %python %S/Inputs/gen.py ord-negs ordnegs.c 50000
// RUN: %asyncc ordnegs.c -o ordnegs.gen.c
// RUN: %python %S/Inputs/gen.py ord-adds ordadds.c 100000
// RUN: %asyncc ordadds.c -o ordadds.gen.c
// RUN: %python -c "import sys; print('copied', all(open(f).read().split('static int h')[1].split('}')[0] in open(f[:-2] + '.gen.c').read() for f in sys.argv[1:]))" ordnegs.c ordadds.c | FileCheck --check-prefix=ORD %s
// ORD: copied True
// RUN: %python %S/Inputs/gen.py elseifs elseifs900.c 900
// RUN: %asyncc elseifs900.c -o elseifs900.gen.c
// RUN: %gcc elseifs900.gen.c %rt -o elseifs900 && %run ./elseifs900 | FileCheck --check-prefix=TWO %s
// TWO: result 2
