// A probe for run-prefix.c: line 2 starts a program without %run.
// RUN: %t.gcc | FileCheck %s
// RUN: %run %t.gcc | FileCheck %s
// RUN: not --crash %run %t.clang
