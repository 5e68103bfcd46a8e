// sizeof of a variable-length array type evaluates the array size; when the
// size is a suspend call that evaluation cannot be kept apart from the
// unevaluated sizeof forms (sizeof(f(x)) only names f's type), so it is an
// error at the sizeof.  sizeof(f(x)) and sizeof(char[n]) with n a local are
// accepted.  Exit status 1, no output file.
// RUN: rm -f %t.c
// RUN: sh %inputs/expect-status.sh 1 %asyncc %s -o %t.c 2>&1 \
// RUN:   | FileCheck --strict-whitespace --implicit-check-not=error: -DFILE=%s %s
// RUN: not test -e %t.c
#include <asyncc.h>
#include <stddef.h>

SUSPEND static int id(int x) { ac_yield(); return x; }

SUSPEND static size_t f(int n) {
    size_t a = sizeof(id(n)) + sizeof(char[n]);
// CHECK:      {{^}}[[FILE]]:[[@LINE+3]]:16: error: a suspend call in the size of an array type inside sizeof: C evaluates it (a variable-length array type); compute the size into a variable first{{$}}
// CHECK-NEXT: {{^}}    return a + sizeof(int[id(3)]);{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}
    return a + sizeof(int[id(3)]);
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

int main(void) {
    size_t v = 0;
    return ac_run_blocking(f(4), &v) != 0;
}
