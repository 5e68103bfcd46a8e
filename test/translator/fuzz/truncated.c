// A valid file cut short at 50 offsets spread over its length (mid-token,
// mid-comment, mid-string, inside a suspend function, an inline body, a
// try statement): every prefix is translated or rejected with a diagnostic
// (status 0 or 1), never a crash or a hang.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/run-each.py --timeout 60 \
// RUN:   --cut %S/../run/body-nested.c:25:%t/a --cut %S/../run/try-finally-jumps.c:25:%t/b \
// RUN:   -- %asyncc | FileCheck %s
// CHECK: run-each: 50 inputs, 0 bad
