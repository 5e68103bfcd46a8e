// A 20 MB file of ordinary functions with one suspend function (8 MB in the
// sanitizer trees, slower and bigger; no address-space limit there, since
// TSan reserves more than 4 GiB): translated in bounded time and memory
// (a 4 GiB address-space limit outside sanitizer builds; about 30 s and
// 700 MB), the ordinary code copied byte for byte, and the output compiles
// (-fsyntax-only: code generation for 20 MB is the compiler's time, not
// the translator's).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/gen.py huge %t/huge.c %if sanitizer %{ 8 %} %else %{ 20 %}
// RUN: %if sanitizer %{ %asyncc %t/huge.c -o %t/huge.gen.c %} %else %{ sh -c 'ulimit -v 4194304 && exec "$0" "$@"' %asyncc %t/huge.c -o %t/huge.gen.c %}
// RUN: %python -c "import sys; a = open(sys.argv[1], 'rb').read(); b = open(sys.argv[2], 'rb').read(); o = a[a.index(b'static int ord0'):a.index(b'SUSPEND static int f')]; print('copied', len(o) > 8000000 and o in b)" %t/huge.c %t/huge.gen.c | FileCheck --check-prefix=COPY %s
// COPY: copied True
// RUN: %clang -fsyntax-only %t/huge.gen.c
