// 10000 suspension points in one suspend function translate in bounded
// time, and the state machine (10000 resume states) compiles and computes
// what the sequential program does: 1 + sum of k % 7 for k < N.  Under the
// sanitizers, compiling 10000 states takes minutes: the run there uses
// 2000.  The frame-size warning is expected (a temporary per call).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/gen.py suspends %t/many.c 10000
// RUN: %asyncc %t/many.c -o %t/many.gen.c 2>&1 | FileCheck --check-prefix=WARN %s
// WARN: warning: the frame of 'f' is {{[0-9]+}} bytes
// RUN: %python -c "import sys; print('states', open(sys.argv[1]).read().count('goto ac_L'))" %t/many.gen.c | FileCheck --check-prefix=STATES %s
// STATES: states {{1000[0-9]}}
// RUN: %if sanitizer %{ true %} %else %{ %clang -O0 %t/many.gen.c %rt -o %t/many && %run %t/many | FileCheck --check-prefix=N10000 %s %}
// N10000: result 29995
// RUN: %if sanitizer %{ %python %S/Inputs/gen.py suspends %t/few.c 2000 && %asyncc %t/few.c -o %t/few.gen.c 2>/dev/null && %clang -O0 %t/few.gen.c %rt -o %t/few && %run %t/few | FileCheck --check-prefix=N2000 %s %} %else %{ true %}
// N2000: result 5996
