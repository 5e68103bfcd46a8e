// asyncc-cc's own --help and --version (the latter with the translator's
// version); with no compiler it is a usage error (status 2); a compiler's
// --version with no source passes through to the compiler.
// RUN: %asyncc-cc --help | FileCheck --check-prefix=HELP %s
// RUN: %asyncc-cc --version | FileCheck --check-prefix=VERSION %s
// RUN: sh %S/../diag/Inputs/expect-status.sh 2 %asyncc-cc 2>&1 | FileCheck --check-prefix=USAGE %s
// RUN: %asyncc-cc %gcc --version | FileCheck --check-prefix=GCC %s
// HELP: usage: asyncc-cc COMPILER [compiler arguments]
// HELP: make CC="asyncc-cc gcc"
// VERSION: {{^}}asyncc-cc {{[0-9]+\.[0-9]+\.[0-9]+$}}
// VERSION-NEXT: {{^}}translator {{.*}}/asyncc: asyncc {{[0-9]+\.[0-9]+\.[0-9]+$}}
// USAGE: asyncc-cc: error: no compiler given
// GCC: Free Software Foundation
