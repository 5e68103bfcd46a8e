// Replays the fuzzing regression corpus (fuzz/regressions/: inputs that
// crashed or hung the translator once, and odd inputs kept as seeds): each
// is translated or rejected with a diagnostic -- status 0 or 1 -- within
// 60 s, never a crash.  Under ASan+UBSan this checks for memory errors too.
// RUN: rm -rf %t && mkdir -p %t && cp %srcroot/fuzz/regressions/*.c %t/
// RUN: %python %S/Inputs/run-each.py --timeout 60 %t -- %asyncc | FileCheck %s
// CHECK: run-each: {{[1-9][0-9]*}} inputs, 0 bad
