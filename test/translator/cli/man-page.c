// The man page, docs/asyncc.1 (installed as asyncc(1)), documents every
// option `asyncc --help` lists: adding an option to one and not the other
// fails here.  It also renders without roff warnings when groff is there.
// RUN: %asyncc --help > %t.help
// RUN: %python %S/Inputs/man-covers-help.py %t.help %srcroot/docs/asyncc.1 | FileCheck %s
// CHECK-DAG: -o
// CHECK-DAG: -MD
// CHECK-DAG: -p
// CHECK-DAG: -Werror
// CHECK-DAG: --frame-sizes
// CHECK-DAG: --frame-size-limit=BYTES
// CHECK: all {{[0-9]+}} options documented
