// tools/asyncc-gdb.py on a core file: the program of asyncc-gdb.c stops
// with SIGTRAP, a first gdb writes a core (gcore) and kills it, and a
// second gdb prints the tree and a backtrace from the core alone.  Not under
// the sanitizers: their shadow memory makes a core of tens of gigabytes.
// REQUIRES: gdb
// UNSUPPORTED: sanitizer
// RUN: %asyncc %S/asyncc-gdb.c -o %t.c
// RUN: %gcc %t.c %rt -o %t.gcc
// RUN: rm -f %t.core
// RUN: gdb -batch -nx -ex run -ex 'gcore %t.core' %t.gcc > /dev/null 2>&1
// RUN: gdb -batch -nx -ex 'source %S/../../tools/asyncc-gdb.py' -ex 'asyncc coroutines' -ex 'asyncc bt 2' %t.gcc %t.core 2>&1 | FileCheck -DFILE=%S/asyncc-gdb.c %S/asyncc-gdb.c
// RUN: rm -f %t.core
