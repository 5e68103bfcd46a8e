// Every RUN line that starts a compiled test program starts it through %run
// (empty normally; valgrind-run.sh in valgrind mode, see lit.cfg.py), so
// scripts/valgrind.sh checks every run test.  A new run test that writes
// `%t.gcc | FileCheck %s` instead of `%run %t.gcc | FileCheck %s` fails here.
//
// RUN: %python %inputs/check_run_prefix.py %srcroot/test
// RUN: not %python %inputs/check_run_prefix.py %inputs/run-prefix-probe | FileCheck %s --check-prefix=PROBE
// PROBE: probe.c:2: starts a test program without %run
// PROBE-NOT: probe.c:
